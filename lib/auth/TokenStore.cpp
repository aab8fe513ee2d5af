#include "TokenStore.h"

#include <QCoreApplication>

namespace {

} // namespace

TokenStoreError TokenStoreError::make(Kind kind, const QString &detail, int timeoutMs)
{
    TokenStoreError error;
    error.kind = kind;
    error.detail = detail;
    error.message = messageFor(kind, detail, timeoutMs);
    return error;
}

QString TokenStoreError::messageFor(Kind kind, const QString &detail, int timeoutMs)
{
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::NoBackend:
        return QCoreApplication::translate(
            "TokenStore",
            "No Secret Service is running: install and start gnome-keyring or KWallet, or "
            "use this token for this session only.");
    case Kind::Locked:
        return QCoreApplication::translate(
            "TokenStore",
            "The keyring is locked and could not be unlocked here: unlock it (for example "
            "with your desktop's Passwords and Keys app) and try again, or use this token "
            "for this session only.");
    case Kind::AccessDenied:
        return QCoreApplication::translate(
            "TokenStore",
            "The keyring refused access: allow Konnect Vault Manager to use it and try "
            "again, or use this token for this session only.");
    case Kind::Timeout:
        return QCoreApplication::translate(
                   "TokenStore",
                   "The keyring did not answer within %1 seconds; it may be waiting for an unlock "
                   "prompt. Unlock it and try again, or use this token for this session only.")
            .arg(timeoutMs / 1000.0);
    case Kind::Other:
        break;
    }
    return QCoreApplication::translate(
               "TokenStore",
               "The keyring reported an error (%1). Try again, or use this token for this session "
               "only.")
        .arg(detail.isEmpty() ? QCoreApplication::translate("TokenStore", "no details") : detail);
}

QString TokenStoreError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::NoBackend:
        return QStringLiteral("NoBackend");
    case Kind::Locked:
        return QStringLiteral("Locked");
    case Kind::AccessDenied:
        return QStringLiteral("AccessDenied");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::Other:
        break;
    }
    return QStringLiteral("Other");
}
