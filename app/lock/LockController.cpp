#include "LockController.h"

#include "AppSettings.h"
#include "AuthLogging.h"
#include "ScreenLockWatcher.h"
#include "SessionController.h"

#include <QCoreApplication>
#include <QEvent>

LockController::LockController(SessionController *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] { lockNow("no input"); });
    connect(session, &SessionController::sessionStarted, this, &LockController::updateIdleTimer);
    connect(session, &SessionController::sessionEnded, this, &LockController::updateIdleTimer);
    connect(session, &SessionController::lockedChanged, this, &LockController::updateIdleTimer);
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

LockController::~LockController()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void LockController::setSettings(AppSettings *settings)
{
    if (m_settings)
        disconnect(m_settings, nullptr, this, nullptr);
    m_settings = settings;
    if (!settings)
        return;
    auto apply = [this] { setIdleMinutes(m_settings->lockAfterIdleMinutes()); };
    connect(settings, &AppSettings::changed, this, apply);
    apply();
}

void LockController::setIdleMinutes(int minutes)
{
    m_idleMinutes = qMax(0, minutes);
    updateIdleTimer();
}

void LockController::setMinuteLength(std::chrono::milliseconds length)
{
    m_minute = length;
    updateIdleTimer();
}

void LockController::watchScreenLock(ScreenLockWatcher *watcher)
{
    connect(watcher, &ScreenLockWatcher::screenLocked, this, [this] { lockNow("screen locked"); });
}

// The countdown runs only while there is something to lock, and starts again
// in full with every change of the setting.
void LockController::updateIdleTimer()
{
    if (m_idleMinutes == 0 || !m_session->isSignedIn() || m_session->isLocked()) {
        m_idle.stop();
        return;
    }
    m_idle.start(m_minute * m_idleMinutes);
}

void LockController::lockNow(const char *why)
{
    if (!m_session->isSignedIn())
        return;
    qCInfo(lcAuth, "locking: %s", why);
    m_idle.stop();
    m_session->lock();
}

bool LockController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        if (m_idle.isActive())
            m_idle.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
