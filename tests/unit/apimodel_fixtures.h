#pragma once

// JSON fixtures kept out of the test class file: moc cannot parse multi-line raw strings.

constexpr const char *ControlPlaneSpecExample = R"({
            "id": "7f9fd312-a987-4628-b4c5-bb4f4fddd5f7", "name": "Test Control Plane",
            "description": "A test control plane for exploration.", "labels": {"env": "test"},
            "config": {"control_plane_endpoint": "https://acfe5f253f.cp.konghq.com",
                       "telemetry_endpoint": "https://acfe5f253f.tp0.konghq.com",
                       "cluster_type": "CLUSTER_TYPE_CONTROL_PLANE", "auth_type": "pinned_client_certs",
                       "cloud_gateway": false, "proxy_urls": [], "future_field": 1},
            "created_at": "2022-11-04T20:10:06.927Z", "updated_at": "2022-11-04T20:10:06.927Z",
            "something_new": {"ignored": true}})";

constexpr const char *VaultWithNulls = R"({"id": null, "name": "env", "prefix": "my-env",
                "description": null, "tags": null, "config": null, "created_at": null,
                "updated_at": 1700000000})";
