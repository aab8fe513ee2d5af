#pragma once

#include <QString>

namespace Sandbox {

class SandboxStore;

// Fixed ids of the seeded data, so tests and screenshots are stable.
namespace SeedIds {
inline constexpr char PaymentsControlPlane[] = "2f8c6a4e-51d3-4b7a-9e10-3c5d7f9a1b20";
inline constexpr char StorefrontControlPlane[] = "7b1e9d3c-0a6f-4c28-b5e4-8d2f6a0c3e41";
inline constexpr char PartnerControlPlane[] = "c4a0e7f2-9b35-4d61-a8c7-5e3b1d9f0a62";
inline constexpr char PaymentsStore[] = "91d4b6e8-2c7a-4f3e-8b50-6a1c9e7d3f83";
inline constexpr char PaymentsLegacyStore[] = "a37f2c91-6e4b-4d8a-9c15-0b8e3d6f2a94";
inline constexpr char StorefrontStore[] = "e58b3d7a-1f9c-4a62-b7e0-4c2a8f6d1b05";
inline constexpr char ScaleControlPlane[] = "5c0a8e3f-7d21-4b96-a4e8-2f6c9b1d7e16";
inline constexpr char ScaleStore[] = "d9e2f4a6-8b1c-4e37-9a50-7c3e1f5b8d27";
} // namespace SeedIds

struct ControlPlaneData;
// The demo's services, routes, plugins, certificates, ... (SandboxSeedCore.cpp).
void seedDemoCoreEntities(ControlPlaneData &payments, ControlPlaneData &storefront);

// "empty", "demo" or "scale:N" (0 <= N <= 100000). Replaces everything in store.
bool applySeed(SandboxStore &store, const QString &spec, QString *error);

} // namespace Sandbox
