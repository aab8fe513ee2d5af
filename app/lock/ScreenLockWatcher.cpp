#include "ScreenLockWatcher.h"

#include "AuthLogging.h"

#include <QCoreApplication>

#ifdef KVM_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace {

#ifdef KVM_HAVE_DBUS
const QString ScreenSaverService = QStringLiteral("org.freedesktop.ScreenSaver");
const QString LogindService = QStringLiteral("org.freedesktop.login1");
#endif

} // namespace

ScreenLockWatcher::ScreenLockWatcher(QObject *parent)
    : QObject(parent)
{
}

void ScreenLockWatcher::start()
{
#ifdef KVM_HAVE_DBUS
    start(QDBusConnection::sessionBus().name(), QDBusConnection::systemBus().name());
#endif
}

void ScreenLockWatcher::start(const QString &sessionConnection, const QString &systemConnection)
{
#ifdef KVM_HAVE_DBUS
    // QtDBus connects signals by name only (no function-pointer form).
    QDBusConnection session(sessionConnection);
    if (session.isConnected()) {
        // KDE emits on both paths, GNOME's compatibility service on the second.
        for (const QString &path :
             {QStringLiteral("/ScreenSaver"), QStringLiteral("/org/freedesktop/ScreenSaver")}) {
            m_screenSaver |= session.connect(ScreenSaverService, path, ScreenSaverService,
                                             QStringLiteral("ActiveChanged"), this,
                                             SLOT(onScreenSaverActiveChanged(bool)));
        }
    } else {
        qCInfo(lcAuth, "no session bus: the screen saver is not watched");
    }
    watchLogind(systemConnection);
#else
    Q_UNUSED(sessionConnection)
    Q_UNUSED(systemConnection)
#endif
}

void ScreenLockWatcher::watchLogind(const QString &systemConnection)
{
#ifdef KVM_HAVE_DBUS
    QDBusConnection system(systemConnection);
    if (!system.isConnected()) {
        qCInfo(lcAuth, "no system bus: logind is not watched");
        return;
    }
    // The session's own object path ("/org/freedesktop/login1/session/auto"
    // names it in calls only; signals come from the real path).
    QDBusMessage call = QDBusMessage::createMethodCall(
        LogindService, QStringLiteral("/org/freedesktop/login1"),
        QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("GetSessionByPID"));
    call << quint32(QCoreApplication::applicationPid());
    auto *watcher = new QDBusPendingCallWatcher(system.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, systemConnection](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<QDBusObjectPath> reply = *finished;
                if (reply.isError()) {
                    qCInfo(lcAuth, "no logind session to watch: %s",
                           qUtf8Printable(reply.error().name()));
                    return;
                }
                const QString path = reply.value().path();
                QDBusConnection system(systemConnection);
                if (!system.connect(LogindService, path,
                                    QStringLiteral("org.freedesktop.login1.Session"),
                                    QStringLiteral("Lock"), this, SLOT(onLogindLock())))
                    return;
                m_logindSession = path;
                emit logindSessionFound(path);
            });
#else
    Q_UNUSED(systemConnection)
#endif
}

void ScreenLockWatcher::onScreenSaverActiveChanged(bool active)
{
    if (!active)
        return; // the screen unlocking unlocks nothing here
    qCInfo(lcAuth, "the screen saver is active");
    emit screenLocked();
}

void ScreenLockWatcher::onLogindLock()
{
    qCInfo(lcAuth, "logind locks the session");
    emit screenLocked();
}
