// The app locks when the desktop's screen locks. A fake screen saver and a
// fake logind, on a connection of their own to the private session bus that
// run-with-session-bus starts, emit the signals a desktop emits:
//   org.freedesktop.ScreenSaver ActiveChanged(bool) at /org/freedesktop/ScreenSaver
//   (and /ScreenSaver), as KeePassXC listens for them
//   (keepassxreboot/keepassxc, src/gui/osutils/nixutils/ScreenLockListenerDBus.cpp);
//   org.freedesktop.login1.Session Lock on the object path that
//   org.freedesktop.login1.Manager.GetSessionByPID returns (systemd's
//   org.freedesktop.login1(5) man page, session objects: logind sends Lock
//   when the session is to be screen-locked, e.g. by loginctl lock-session).
#include "ConfigStoreModel.h"
#include "LockTestRig.h"
#include "ScreenLockWatcher.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QPushButton>
#include <QSignalSpy>

using namespace std::chrono_literals;

namespace {

const QString FakeDesktop = QStringLiteral("kvm-fake-desktop");
const QString SessionPath = QStringLiteral("/org/freedesktop/login1/session/_31");

// logind's manager, as far as the app asks it: the session of a process.
class FakeLogindManager : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")

public:
    int asked = 0;

public slots:
    QDBusObjectPath GetSessionByPID(uint pid)
    {
        Q_UNUSED(pid)
        ++asked;
        return QDBusObjectPath(SessionPath);
    }
};

bool emitSignal(const QString &path, const QString &interface, const QString &name,
                const QVariantList &arguments = {})
{
    QDBusMessage message = QDBusMessage::createSignal(path, interface, name);
    message.setArguments(arguments);
    return QDBusConnection(FakeDesktop).send(message);
}

} // namespace

class TestScreenLock : public QObject
{
    Q_OBJECT

    LockTestRig rig;
    FakeLogindManager m_logind;
    std::unique_ptr<ScreenLockWatcher> m_watcher;

    void startSignedIn()
    {
        QVERIFY(rig.build(1min)); // no idle lock during the test
        m_watcher = std::make_unique<ScreenLockWatcher>();
        rig.locking->watchScreenLock(m_watcher.get());
        // The private session bus stands in for the system bus too (logind).
        const QString bus = QDBusConnection::sessionBus().name();
        QSignalSpy logindFound(m_watcher.get(), &ScreenLockWatcher::logindSessionFound);
        m_watcher->start(bus, bus);
        QVERIFY(m_watcher->isWatchingScreenSaver());
        QVERIFY(logindFound.wait(10000));
        QCOMPARE(m_watcher->logindSession(), SessionPath);
        QVERIFY(rig.signIn(QStringLiteral("Desk"), SessionController::TokenPersistence::Keychain));
        QVERIFY(!rig.window->isLocked());
    }

private slots:
    void initTestCase()
    {
        if (!qEnvironmentVariableIsSet("KVM_PRIVATE_SESSION_BUS"))
            QSKIP("needs the private session bus of tests/lock/run-with-session-bus");
        QCoreApplication::setOrganizationName(QStringLiteral("konnectvault-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_screenlock"));
        QVERIFY(rig.env.start());

        QDBusConnection desktop =
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, FakeDesktop);
        QVERIFY(desktop.isConnected());
        QVERIFY(desktop.registerService(QStringLiteral("org.freedesktop.ScreenSaver")));
        QVERIFY(desktop.registerService(QStringLiteral("org.freedesktop.login1")));
        QVERIFY(desktop.registerObject(QStringLiteral("/org/freedesktop/login1"), &m_logind,
                                       QDBusConnection::ExportAllSlots));
    }

    void cleanup()
    {
        m_watcher.reset();
        rig.teardown();
    }

    void cleanupTestCase() { QDBusConnection::disconnectFromBus(FakeDesktop); }

    void screenSaverActiveLocks()
    {
        startSignedIn();
        if (QTest::currentTestFailed())
            return;
        MainWindow *window = rig.window.get();
        QSignalSpy locked(rig.session.get(), &SessionController::lockedChanged);

        // The screen saver going away unlocks nothing (and locks nothing).
        QVERIFY(emitSignal(QStringLiteral("/org/freedesktop/ScreenSaver"),
                           QStringLiteral("org.freedesktop.ScreenSaver"),
                           QStringLiteral("ActiveChanged"), {false}));
        QVERIFY(!locked.wait(500));
        QVERIFY(rig.session->isSignedIn());

        QVERIFY(emitSignal(QStringLiteral("/org/freedesktop/ScreenSaver"),
                           QStringLiteral("org.freedesktop.ScreenSaver"),
                           QStringLiteral("ActiveChanged"), {true}));
        QVERIFY(locked.wait(10000));
        QVERIFY(window->isLocked());
        QVERIFY(!rig.env.client.hasToken());
        QCOMPARE(window->storeModel()->rowCount(), 0);
        QVERIFY(rig.lockedProfileText().contains(QLatin1String("Desk")));
    }

    void kdePathLocksToo()
    {
        startSignedIn();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(emitSignal(QStringLiteral("/ScreenSaver"),
                           QStringLiteral("org.freedesktop.ScreenSaver"),
                           QStringLiteral("ActiveChanged"), {true}));
        QTRY_VERIFY_WITH_TIMEOUT(rig.window->isLocked(), 10000);
    }

    void logindLockLocks()
    {
        startSignedIn();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_logind.asked > 0);
        QVERIFY(emitSignal(SessionPath, QStringLiteral("org.freedesktop.login1.Session"),
                           QStringLiteral("Lock")));
        QTRY_VERIFY_WITH_TIMEOUT(rig.window->isLocked(), 10000);
        QVERIFY(!rig.session->isSignedIn());

        // And unlocking works as after an idle lock.
        QTest::mouseClick(rig.window->lockScreen()->unlockButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!rig.window->isLocked(), 10000);
        QVERIFY(rig.env.client.hasToken());
    }

    void missingBusIsNoError()
    {
        ScreenLockWatcher watcher;
        QSignalSpy found(&watcher, &ScreenLockWatcher::logindSessionFound);
        watcher.start(QStringLiteral("no-such-connection"), QStringLiteral("no-such-connection"));
        QVERIFY(!watcher.isWatchingScreenSaver());
        QVERIFY(!found.wait(200));
        QVERIFY(watcher.logindSession().isEmpty());
    }
};

QTEST_MAIN(TestScreenLock)
#include "tst_screenlock.moc"
