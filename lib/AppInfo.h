#pragma once

#include <QString>

// Identity of the application, shared by the executable, the API client's
// User-Agent, the keychain service name and the desktop integration files.
namespace AppInfo {

QString appId();             // io.github.konnectvault.Manager
QString version();           // e.g. 0.1.0
QString executable();        // konnect-vault-manager
QString displayName();       // Konnect Vault Manager
QString userAgent();         // konnect-vault-manager/<version>
QString qtKeychainVersion(); // the QtKeychain the app was built with, e.g. 0.13.2

} // namespace AppInfo
