// SignInDialog driven like a person would (offscreen), against the sandbox,
// with the in-memory token store; and the profile menu.
#include "ProfileMenu.h"
#include "SignInTestRig.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>

class TestSignInDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SignInTestRig m_rig;

    MemoryTokenStore *tokens() const { return m_rig.memoryTokens(); }
    static QLabel *result(QWidget *d) { return SignInTestRig::child<QLabel>(d, "resultLabel"); }
    static QPushButton *button(QWidget *d, const char *name)
    {
        return SignInTestRig::child<QPushButton>(d, name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_rig.startSandbox());
    }

    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("kvm.ini")));
        m_rig.build(std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("kvm.ini")),
                                                QSettings::IniFormat),
                    std::make_unique<MemoryTokenStore>());
        m_rig.sandbox.clearRequests();
        m_rig.sandbox.setLatency(0);
    }

    void signInAgainstTheSandbox()
    {
        auto dialog = m_rig.dialog();
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QSignalSpy signedIn(dialog.get(), &SignInDialog::signedIn);
        m_rig.sandbox.setLatency(200); // long enough to see it busy
        SignInTestRig::fill(dialog.get(), QStringLiteral("Sandbox"), m_rig.sandbox.baseUrl(),
                            m_rig.sandbox.token());
        QTest::mouseClick(button(dialog.get(), "checkButton"), Qt::LeftButton);

        QVERIFY(dialog->isChecking());
        QVERIFY(SignInTestRig::child<QProgressBar>(dialog.get(), "busyIndicator")->isVisible());
        QVERIFY(!button(dialog.get(), "checkButton")->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(result(dialog.get())->text(),
                                  QStringLiteral("Signed in as Ada Lovelace (Example Org)"), 15000);
        QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(!dialog->isVisible());
        QCOMPARE(signedIn.count(), 1);
        const Profile saved = signedIn.constFirst().constFirst().value<Profile>();
        QCOMPARE(saved.name, QStringLiteral("Sandbox"));
        QCOMPARE(saved.customUrl, m_rig.sandbox.baseUrl());
        QCOMPARE(tokens()->token(saved.id), m_rig.sandbox.token());
        QVERIFY(m_rig.session->isSignedIn());
        QCOMPARE(m_rig.session->currentProfile().id, saved.id);
        QVERIFY(SignInTestRig::child<QLineEdit>(dialog.get(), "tokenEdit")->text().isEmpty());
    }

    void rejectedToken()
    {
        auto dialog = m_rig.dialog();
        dialog->show();
        SignInTestRig::fill(dialog.get(), QStringLiteral("Sandbox"), m_rig.sandbox.baseUrl(),
                            Sandbox::SandboxServer::randomToken());
        QTest::mouseClick(button(dialog.get(), "checkButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            result(dialog.get())->text().startsWith(QLatin1String("The token was rejected")),
            15000);
        QVERIFY(dialog->isVisible()); // still open, to try another token
        QVERIFY(button(dialog.get(), "checkButton")->isEnabled());
        QVERIFY(!SignInTestRig::child<QProgressBar>(dialog.get(), "busyIndicator")->isVisible());
        QCOMPARE(tokens()->size(), 0);
        QVERIFY(m_rig.profiles->isEmpty());
        QVERIFY(!m_rig.session->isSignedIn());
    }

    void malformedTokenIsExplainedBeforeAnyRequest()
    {
        auto dialog = m_rig.dialog();
        dialog->show();
        SignInTestRig::fill(dialog.get(), QStringLiteral("Sandbox"), m_rig.sandbox.baseUrl(),
                            QStringLiteral("kpat_tooshort"));
        QTest::mouseClick(button(dialog.get(), "checkButton"), Qt::LeftButton);
        QVERIFY2(result(dialog.get())->text().contains(QLatin1String("too short")),
                 qPrintable(result(dialog.get())->text()));
        QCOMPARE(m_rig.sandbox.requests().size(), 0);
    }

    void enterInTheTokenFieldSignsIn()
    {
        auto dialog = m_rig.dialog();
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        SignInTestRig::fill(dialog.get(), QStringLiteral("Sandbox"), m_rig.sandbox.baseUrl(),
                            QStringLiteral("  ") + m_rig.sandbox.token() + QStringLiteral(" "));
        QTest::keyClick(SignInTestRig::child<QLineEdit>(dialog.get(), "tokenEdit"), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(result(dialog.get())->text(),
                                  QStringLiteral("Signed in as Ada Lovelace (Example Org)"), 15000);
        QTRY_VERIFY(m_rig.session->isSignedIn());
    }

    void insecureUrlIsRefused()
    {
        auto dialog = m_rig.dialog();
        dialog->show();
        SignInTestRig::fill(dialog.get(), QStringLiteral("Remote"),
                            QUrl(QStringLiteral("http://konnect.example.com")),
                            m_rig.sandbox.token());
        QTest::mouseClick(button(dialog.get(), "checkButton"), Qt::LeftButton);
        QVERIFY(!dialog->isChecking());
        QVERIFY(result(dialog.get())->isVisible());
        QVERIFY(!result(dialog.get())->text().isEmpty());
        QVERIFY(!result(dialog.get())->text().startsWith(QLatin1String("Signed in")));
    }

    void tokenIsMaskedWithARevealToggle()
    {
        auto dialog = m_rig.dialog();
        dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        auto *tokenEdit = SignInTestRig::child<QLineEdit>(dialog.get(), "tokenEdit");
        QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
        QCOMPARE(tokenEdit->accessibleName(), QStringLiteral("Access token"));
        QAction *reveal = nullptr;
        const auto actions = tokenEdit->actions();
        for (QAction *action : actions) {
            if (action->isCheckable())
                reveal = action;
        }
        QVERIFY(reveal);
        QVERIFY(!reveal->icon().isNull()); // something to click on
        reveal->trigger();
        QCOMPARE(tokenEdit->echoMode(), QLineEdit::Normal);
        QTest::keyClick(tokenEdit, Qt::Key_R, Qt::ControlModifier); // keyboard too
        QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
    }

    // Shown or hidden, the token is never copied out of its field: not by
    // Ctrl+C or Ctrl+X, and the context menu offers neither.
    void theTokenIsNeverCopyable()
    {
        auto dialog = m_rig.dialog();
        dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        auto *tokenEdit = SignInTestRig::child<QLineEdit>(dialog.get(), "tokenEdit");
        const QString token = QStringLiteral("kpat_") + QString(49, QLatin1Char('m'));
        tokenEdit->setText(token);
        tokenEdit->setFocus();
        QTest::keyClick(tokenEdit, Qt::Key_R, Qt::ControlModifier); // shown
        QCOMPARE(tokenEdit->echoMode(), QLineEdit::Normal);
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        tokenEdit->selectAll();
        QTest::keyClick(tokenEdit, Qt::Key_C, Qt::ControlModifier);
        QTest::keyClick(tokenEdit, Qt::Key_Insert, Qt::ControlModifier);
        QTest::keyClick(tokenEdit, Qt::Key_X, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("before"));
        QCOMPARE(tokenEdit->text(), token); // Cut did not cut either

        QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(4, 4),
                                  tokenEdit->mapToGlobal(QPoint(4, 4)));
        QApplication::sendEvent(tokenEdit, &menuKey);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = tokenEdit->findChild<QMenu *>(QStringLiteral("tokenMenu"))));
        bool canPaste = false;
        const auto actions = menu->actions();
        for (QAction *action : actions) {
            QVERIFY2(action->objectName() != QLatin1String("edit-copy") &&
                         action->objectName() != QLatin1String("edit-cut"),
                     qPrintable(action->text()));
            canPaste = canPaste || action->objectName() == QLatin1String("edit-paste");
        }
        QVERIFY(canPaste); // pasting a token in stays possible
        menu->close();
        QVERIFY(!tokenEdit->dragEnabled());
    }

    void keychainFailureOffersSessionOnly()
    {
        tokens()->setFailure(TokenStoreError::Kind::NoBackend);
        auto dialog = m_rig.dialog();
        dialog->show();
        QSignalSpy signedIn(dialog.get(), &SignInDialog::signedIn);
        auto *sessionOnly = button(dialog.get(), "sessionOnlyButton");
        QVERIFY(!sessionOnly->isVisible());
        SignInTestRig::fill(dialog.get(), QStringLiteral("Sandbox"), m_rig.sandbox.baseUrl(),
                            m_rig.sandbox.token());
        QTest::mouseClick(button(dialog.get(), "checkButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(sessionOnly->isVisible(), 15000);
        const QString text = result(dialog.get())->text();
        QVERIFY2(text.startsWith(QLatin1String("Signed in as Ada Lovelace (Example Org), but the "
                                               "token could not be saved")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("No Secret Service is running")), qPrintable(text));
        QVERIFY(dialog->isVisible());
        QVERIFY(!m_rig.session->isSignedIn());
        QVERIFY(m_rig.profiles->isEmpty());

        QTest::mouseClick(sessionOnly, Qt::LeftButton);
        QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(signedIn.count(), 1);
        QVERIFY(m_rig.session->isSignedIn());
        QVERIFY(m_rig.session->isSessionOnly());
        QCOMPARE(tokens()->size(), 0);
        QVERIFY(result(dialog.get())->text().contains(QLatin1String("this session only")));
    }

    void cancelStopsTheCheck()
    {
        m_rig.sandbox.setLatency(500);
        auto dialog = m_rig.dialog();
        dialog->show();
        SignInTestRig::fill(dialog.get(), QStringLiteral("Sandbox"), m_rig.sandbox.baseUrl(),
                            m_rig.sandbox.token());
        QTest::mouseClick(button(dialog.get(), "checkButton"), Qt::LeftButton);
        QVERIFY(dialog->isChecking());
        dialog->reject();
        QVERIFY(!dialog->isChecking());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        // What the sandbox answers later changes nothing.
        QSignalSpy finished(dialog->check(), &SignInCheck::succeeded);
        QVERIFY(!finished.wait(1500));
        QVERIFY(m_rig.profiles->isEmpty());
        QVERIFY(!m_rig.session->isSignedIn());
    }

    void existingProfileIsPrefilled()
    {
        Profile eu;
        eu.name = QStringLiteral("Europe");
        eu.region = QStringLiteral("eu");
        eu = m_rig.profiles->save(eu);
        auto dialog = m_rig.dialog();
        dialog->setProfile(eu);
        dialog->show();
        QCOMPARE(SignInTestRig::child<QLineEdit>(dialog.get(), "nameEdit")->text(),
                 QStringLiteral("Europe"));
        QCOMPARE(SignInTestRig::child<QComboBox>(dialog.get(), "regionCombo")->currentData(),
                 QVariant(QStringLiteral("eu")));
        QVERIFY(!SignInTestRig::child<QLineEdit>(dialog.get(), "urlEdit")->isVisible());
        QVERIFY(dialog->windowTitle().contains(QLatin1String("Europe")));
    }

    void profileMenuSwitchesAndSignsOut()
    {
        // Two profiles with their tokens: the sandbox, and a Konnect region.
        MemoryTokenStore *store = tokens();
        Profile local;
        local.name = QStringLiteral("Local");
        local.customUrl = m_rig.sandbox.baseUrl();
        local = m_rig.profiles->save(local);
        Profile sg;
        sg.name = QStringLiteral("Singapore");
        sg.region = QStringLiteral("sg");
        sg = m_rig.profiles->save(sg);
        bool written = false;
        store->write(local.id, m_rig.sandbox.token(), this,
                     [&written](const TokenStoreError &) { written = true; });
        store->write(sg.id, QStringLiteral("spat_") + QString(49, QLatin1Char('s')), this,
                     [&written](const TokenStoreError &) { written = true; });
        QTRY_COMPARE(store->size(), 2);

        ProfileMenu menu(m_rig.session.get());
        QSignalSpy started(m_rig.session.get(), &SessionController::sessionStarted);
        auto entry = [&menu](const QString &label) -> QAction * {
            const auto actions = menu.actions();
            for (QAction *action : actions) {
                if (action->text() == label)
                    return action;
            }
            return nullptr;
        };
        QAction *toSg = entry(QStringLiteral("Singapore (sg)"));
        QAction *toLocal = entry(local.displayLabel());
        QVERIFY(toSg && toLocal);

        toSg->trigger();
        QVERIFY(started.wait(5000));
        QCOMPARE(m_rig.client->endpoint().region(), QStringLiteral("sg"));
        QVERIFY(m_rig.client->hasToken());

        toLocal = entry(local.displayLabel()); // the menu rebuilt itself
        QVERIFY(toLocal);
        toLocal->trigger();
        QVERIFY(started.wait(5000));
        QCOMPARE(m_rig.client->endpoint().customUrl(), m_rig.sandbox.baseUrl());
        QVERIFY(entry(local.displayLabel())->isChecked());
        QVERIFY(!entry(QStringLiteral("Singapore (sg)"))->isChecked());
        // The sandbox accepts only its own token: this proves the token switched too.
        std::optional<ApiResult<User>> me;
        m_rig.client->getUsersMe(this, [&me](const ApiResult<User> &r) { me = r; });
        QTRY_VERIFY_WITH_TIMEOUT(me.has_value(), 15000);
        QVERIFY2(me->ok(), qPrintable(me->error().message()));
        QCOMPARE(me->value().fullName, QStringLiteral("Ada Lovelace"));

        QVERIFY(menu.signOutAction()->isEnabled());
        menu.signOutAction()->trigger();
        QVERIFY(!m_rig.client->hasToken());
        QTRY_VERIFY(!store->contains(local.id));
        QVERIFY(store->contains(sg.id));
        QVERIFY(!menu.signOutAction()->isEnabled());
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
