#pragma once

// JSON fixtures of tst_referencescanner (raw strings: kept out of the file moc reads).

inline constexpr char PluginWithReferences[] = R"({
            "name": "openid-connect",
            "config": {
                "client_secret": "{vault://payments/oidc-secret}",
                "headers": ["a:1", "b:2", "{vault://env/HEADER_VALUE}"],
                "redis": {"nodes": [{"password": "{vault://payments/redis%2Fpassword}"}]}
            },
            "enabled": true, "port": 443, "tags": null
        })";

inline constexpr char NoReferences[] = R"({"name": "cors", "config": {"origins": ["*"],
            "note": "vault://payments/x without braces", "n": 3}})";
