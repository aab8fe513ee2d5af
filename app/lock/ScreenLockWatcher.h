#pragma once

#include <QObject>
#include <QString>

// Reports when the desktop session's screen locks, where the desktop tells:
// the screen saver's ActiveChanged(true) on the session bus
// (org.freedesktop.ScreenSaver, at /ScreenSaver and /org/freedesktop/ScreenSaver)
// and logind's Lock signal on the system bus for this process's session.
// A missing bus or service is no error: nothing is reported then. Without
// QtDBus (other platforms) it never reports.
class ScreenLockWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ScreenLockWatcher(QObject *parent = nullptr);

    // Watches the session bus and the system bus.
    void start();
    // Watches the open QDBusConnections named so (a private bus in tests may
    // stand in for either).
    void start(const QString &sessionConnection, const QString &systemConnection);
    // Whether a screen-saver watch is set up on a connected bus.
    bool isWatchingScreenSaver() const { return m_screenSaver; }
    // The logind session object whose Lock signal is watched; empty until found.
    QString logindSession() const { return m_logindSession; }

signals:
    void screenLocked();
    void logindSessionFound(const QString &path);

private slots:
    void onScreenSaverActiveChanged(bool active);
    void onLogindLock();

private:
    void watchLogind(const QString &systemConnection);

    bool m_screenSaver = false;
    QString m_logindSession;
};
