#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class AppSettings;
class ScreenLockWatcher;
class SessionController;

// Locks the session (SessionController::lock) after a time without input and
// when the desktop's screen locks. Input is any key, mouse button, mouse move,
// wheel or touch event anywhere in the application; the idle time counts only
// while a session runs unlocked.
class LockController : public QObject
{
    Q_OBJECT

public:
    // `session` is not owned and must outlive the controller.
    explicit LockController(SessionController *session, QObject *parent = nullptr);
    ~LockController() override;

    // Follows AppSettings::lockAfterIdleMinutes, now and whenever it changes.
    void setSettings(AppSettings *settings);
    // Minutes without input before the lock; 0 = never.
    void setIdleMinutes(int minutes);
    int idleMinutes() const { return m_idleMinutes; }
    // How long one of those minutes lasts (a minute, unless a test shortens it).
    void setMinuteLength(std::chrono::milliseconds length);
    bool isIdleTimerRunning() const { return m_idle.isActive(); }

    // Locks when `watcher` reports the screen locked (not owned).
    void watchScreenLock(ScreenLockWatcher *watcher);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void lockNow(const char *why);
    void updateIdleTimer();

    SessionController *m_session;
    QPointer<AppSettings> m_settings;
    QTimer m_idle;
    int m_idleMinutes = 0;
    std::chrono::milliseconds m_minute = std::chrono::minutes(1);
};
