#include "AppInfo.h"

namespace AppInfo {

QString appId()
{
    return QStringLiteral(KVM_APP_ID);
}

QString version()
{
    return QStringLiteral(KVM_VERSION);
}

QString executable()
{
    return QStringLiteral("konnect-vault-manager");
}

QString displayName()
{
    return QStringLiteral("Konnect Vault Manager");
}

QString userAgent()
{
    return executable() + QLatin1Char('/') + version();
}

QString qtKeychainVersion()
{
    return QStringLiteral(KVM_QTKEYCHAIN_VERSION);
}

} // namespace AppInfo
