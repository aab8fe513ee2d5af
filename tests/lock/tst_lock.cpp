// The app locks after the idle time set in Settings: the session ends (calls
// in flight cancelled, token out of memory), the views, the search index and
// the app's own clipboard value are cleared, and the window shows only the
// lock page. Unlocking reads the token from the keychain again; a token kept
// for the session only must be typed again.
//
// The rules follow KeePassXC's "lock after idle" (keepassxreboot/keepassxc,
// src/gui/MainWindow.cpp: the inactivity timer restarted by any input event)
// and its "lock databases when session is locked" (src/gui/osutils/nixutils/
// ScreenLockListenerDBus.cpp); the screen-lock half is tst_screenlock.
#include "ConfigStoreModel.h"
#include "CrossSearch.h"
#include "CrossSearchBox.h"
#include "LockTestRig.h"
#include "SandboxSeed.h"
#include "SearchResultModel.h"
#include "SecretBrowser.h"
#include "SecretClipboard.h"
#include "SecretModel.h"
#include "SignInDialog.h"
#include "VaultModel.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMenuBar>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>

#include <algorithm>

using namespace std::chrono_literals;

namespace {

// One minute of the idle setting lasts this long here.
constexpr auto Minute = 1000ms;

// Whether a call of the client still waits for its answer.
bool callInFlight(KonnectClient *client)
{
    const auto calls = client->findChildren<ApiCall *>(QString(), Qt::FindDirectChildrenOnly);
    return std::any_of(calls.begin(), calls.end(), [](ApiCall *call) { return call->isRunning(); });
}

} // namespace

class TestLock : public QObject
{
    Q_OBJECT

    LockTestRig rig;

    // The window shows nothing but the lock page.
    void verifyOnlyLockPageShows()
    {
        MainWindow *window = rig.window.get();
        QVERIFY(window->isLocked());
        QVERIFY(window->lockScreen()->isVisible());
        QVERIFY(window->menuBar()->isHidden());
        QVERIFY(window->findChild<QToolBar *>()->isHidden());
        QVERIFY(window->statusBar()->isHidden());
        QVERIFY(!window->secretBrowser()->isVisible());
        QVERIFY(!window->storeView()->isVisible());
        QVERIFY(!window->vaultView()->isVisible());
        QCOMPARE(window->windowTitle(), QStringLiteral("Konnect Vault Manager"));
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("konnectvault-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_lock"));
        QVERIFY(rig.env.start());
    }

    void cleanup() { rig.teardown(); }

    void idleLockEndsEverythingOfTheSession()
    {
        QVERIFY(rig.build(Minute));
        QVERIFY(rig.signIn(QStringLiteral("Work"), SessionController::TokenPersistence::Keychain));
        MainWindow *window = rig.window.get();

        // A store's secrets and the search index are loaded.
        QTRY_VERIFY(window->selectStore(QLatin1String(Sandbox::SeedIds::PaymentsStore)));
        SecretBrowser *browser = window->secretBrowser();
        QTRY_VERIFY_WITH_TIMEOUT(!browser->isLoading() && browser->model()->rowCount() > 0, 20000);
        CrossSearch *search = window->searchBox()->search();
        search->search(QStringLiteral("a"));
        QTRY_VERIFY_WITH_TIMEOUT(!search->isIndexing() && search->indexSize() > 0, 20000);
        // A secret value this app copied, and a request held in flight.
        window->clipboard()->copySecret(QStringLiteral("not-for-a-locked-app"));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("not-for-a-locked-app"));
        // Requests held in flight: a store's secrets (read on SecretStream's
        // thread), the control planes (F5) and a call no view owns (as a
        // dialog's or a bulk import's are).
        for (const char *path : {"/secrets$", "^/v2/control-planes$", "/config-stores$"}) {
            Sandbox::Fault slow = fault("GET", path, Sandbox::FaultKind::Delay);
            slow.delayMs = 60000;
            rig.env.sandbox.addFault(slow);
        }
        QVERIFY(window->selectStore(QLatin1String(Sandbox::SeedIds::PaymentsLegacyStore)));
        QTRY_VERIFY(browser->isLoading());
        const QString cp = window->currentControlPlaneId();
        window->refresh();
        Awaited<Page<ConfigStore>> unowned;
        rig.env.client.listConfigStores(cp, {}, this, unowned.callback());
        QTRY_VERIFY(callInFlight(&rig.env.client));

        // One "minute" without input from here: the lock comes.
        rig.settings->setLockAfterIdleMinutes(1);
        QSignalSpy locked(rig.session.get(), &SessionController::lockedChanged);
        QVERIFY(locked.wait(20000));
        QCOMPARE(locked.constFirst().constFirst().toBool(), true);

        verifyOnlyLockPageShows();
        QVERIFY(rig.lockedProfileText().contains(QLatin1String("Work")));
        QVERIFY(!callInFlight(&rig.env.client)); // cancelled
        QVERIFY(unowned.result.has_value());     // ended at once, long before the sandbox answers
        QCOMPARE(unowned.error().message(), ApiError::sessionEnded().message());
        QVERIFY(!browser->isLoading());
        QVERIFY(!rig.env.client.hasToken());
        QVERIFY(!rig.session->isSignedIn());
        QCOMPARE(browser->model()->rowCount(), 0);
        QCOMPARE(window->storeModel()->rowCount(), 0);
        QCOMPARE(window->vaultModel()->rowCount(), 0);
        QCOMPARE(search->indexSize(), 0);
        QCOMPARE(window->searchBox()->model()->rowCount(), 0);
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QVERIFY(!window->clipboard()->holdsSecret());

        // While locked, not even the window's shortcuts send a request.
        const int before = int(rig.env.sandbox.requests().size());
        QTest::keyClick(window, Qt::Key_F5);
        QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
        QTest::qWait(300); // what a refresh would have sent by now
        QCOMPARE(int(rig.env.sandbox.requests().size()), before);
        QVERIFY(!callInFlight(&rig.env.client));
    }

    void inputKeepsTheAppUnlocked()
    {
        QVERIFY(rig.build(Minute));
        QVERIFY(rig.signIn(QStringLiteral("Work"), SessionController::TokenPersistence::Keychain));
        rig.settings->setLockAfterIdleMinutes(1);
        MainWindow *window = rig.window.get();

        // Input every 50 ms for four times the idle time, mouse moves and key
        // presses in turn: no lock.
        QElapsedTimer typing;
        typing.start();
        int inputs = 0;
        QWidget *viewport = window->storeView()->viewport();
        while (typing.elapsed() < 4 * Minute.count()) {
            if (++inputs % 2 == 0) {
                const QPointF at(10 + inputs % 20, 10);
                QMouseEvent move(QEvent::MouseMove, at, viewport->mapToGlobal(at), Qt::NoButton,
                                 Qt::NoButton, Qt::NoModifier);
                QApplication::sendEvent(viewport, &move);
            } else {
                QTest::keyClick(window->storeView(), Qt::Key_Shift);
            }
            QTest::qWait(50);
            QVERIFY2(
                !window->isLocked(),
                qPrintable(QStringLiteral("locked after %1 ms of input").arg(typing.elapsed())));
        }
        QVERIFY(rig.session->isSignedIn());
        // Then silence locks it.
        QTest::keyClick(window->storeView(), Qt::Key_Down);
        QTRY_VERIFY_WITH_TIMEOUT(window->isLocked(), 20000);
    }

    void zeroMinutesNeverLocks()
    {
        QVERIFY(rig.build(Minute));
        QVERIFY(rig.signIn(QStringLiteral("Work"), SessionController::TokenPersistence::Keychain));
        rig.settings->setLockAfterIdleMinutes(0);
        QVERIFY(!rig.locking->isIdleTimerRunning());
        QTest::qWait(3 * int(Minute.count())); // three "minutes" with no input
        QVERIFY(!rig.window->isLocked());
        QVERIFY(rig.session->isSignedIn());

        // Setting a time again starts the count.
        rig.settings->setLockAfterIdleMinutes(1);
        QVERIFY(rig.locking->isIdleTimerRunning());
        QTRY_VERIFY_WITH_TIMEOUT(rig.window->isLocked(), 20000);
    }

    void unlockReadsTheKeychainTokenAgain()
    {
        QVERIFY(rig.build(Minute));
        QVERIFY(rig.signIn(QStringLiteral("Work"), SessionController::TokenPersistence::Keychain));
        rig.settings->setLockAfterIdleMinutes(1);
        MainWindow *window = rig.window.get();
        QTRY_VERIFY_WITH_TIMEOUT(window->isLocked(), 20000);
        rig.settings->setLockAfterIdleMinutes(0); // no second lock while it loads again
        rig.env.sandbox.clearRequests();

        QSignalSpy started(rig.session.get(), &SessionController::sessionStarted);
        QTest::mouseClick(window->lockScreen()->unlockButton(), Qt::LeftButton);
        QVERIFY(started.wait(10000));
        QTRY_VERIFY(!window->isLocked());
        QVERIFY(!window->findChild<SignInDialog *>()); // the keychain had it
        QVERIFY(window->menuBar()->isVisible());
        QVERIFY(rig.env.client.hasToken());
        // Loaded again, with the token read back.
        QTRY_VERIFY_WITH_TIMEOUT(window->storeModel()->rowCount() > 0, 20000);
        const auto requests = rig.env.sandbox.requests();
        QVERIFY(!requests.isEmpty());
        const QByteArray expected = "Bearer " + rig.env.sandbox.token().toUtf8();
        QVERIFY(requests.constFirst().headers.value("authorization") ==
                expected); // no token printed
    }

    void idleTimeCountsAgainAfterUnlocking()
    {
        QVERIFY(rig.build(Minute));
        QVERIFY(rig.signIn(QStringLiteral("Work"), SessionController::TokenPersistence::Keychain));
        rig.settings->setLockAfterIdleMinutes(1);
        MainWindow *window = rig.window.get();
        QTRY_VERIFY_WITH_TIMEOUT(window->isLocked(), 20000);

        QSignalSpy locked(rig.session.get(), &SessionController::lockedChanged);
        QTest::mouseClick(window->lockScreen()->unlockButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(locked.size(), 1, 10000); // unlocked
        QCOMPARE(locked.constFirst().constFirst().toBool(), false);
        QVERIFY(rig.locking->isIdleTimerRunning());
        QTRY_COMPARE_WITH_TIMEOUT(locked.size(), 2, 20000); // and locked again, idle
        QCOMPARE(locked.constLast().constFirst().toBool(), true);
        QVERIFY(window->isLocked());
    }

    void sessionOnlyTokenMustBeTypedAgain()
    {
        QVERIFY(rig.build(Minute));
        QVERIFY(
            rig.signIn(QStringLiteral("Laptop"), SessionController::TokenPersistence::SessionOnly));
        rig.settings->setLockAfterIdleMinutes(1);
        MainWindow *window = rig.window.get();
        QVERIFY(rig.session->isSessionOnly());
        QTRY_VERIFY_WITH_TIMEOUT(window->isLocked(), 20000);
        rig.settings->setLockAfterIdleMinutes(0); // no second lock while it loads again

        QTest::mouseClick(window->lockScreen()->unlockButton(), Qt::LeftButton);
        SignInDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<SignInDialog *>()) && dialog->isVisible());
        QVERIFY(window->isLocked()); // until the token is typed again
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(),
                 QStringLiteral("Laptop"));
        auto *tokenEdit = dialog->findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
        QVERIFY(tokenEdit->text().isEmpty());
        QTest::keyClicks(tokenEdit, rig.env.sandbox.token());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("checkButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window->isLocked(), 20000);
        QCOMPARE(rig.session->currentProfile().name, QStringLiteral("Laptop"));
        QTRY_VERIFY_WITH_TIMEOUT(window->storeModel()->rowCount() > 0, 20000);
    }

    void keyboardUnlocks()
    {
        QVERIFY(rig.build(Minute));
        QVERIFY(rig.signIn(QStringLiteral("Work"), SessionController::TokenPersistence::Keychain));
        rig.settings->setLockAfterIdleMinutes(1);
        MainWindow *window = rig.window.get();
        QApplication::setActiveWindow(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTRY_VERIFY_WITH_TIMEOUT(window->isLocked(), 20000);
        rig.settings->setLockAfterIdleMinutes(0); // no second lock while it loads again
        QTRY_VERIFY(window->lockScreen()->unlockButton()->hasFocus());

        QSignalSpy started(rig.session.get(), &SessionController::sessionStarted);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(started.wait(10000));
        QVERIFY(!window->isLocked());
        QTRY_VERIFY_WITH_TIMEOUT(window->storeModel()->rowCount() > 0, 20000);
    }
};

QTEST_MAIN(TestLock)
#include "tst_lock.moc"
