// The user's draft survives a failed save: the real dialogs against the
// sandbox, with a 5xx, malformed JSON or a dropped connection injected on the
// create/update request. The dialog stays open with everything typed, shows
// the error, and saving again succeeds and leaves exactly one entity.
#include "ApiTestEnvironment.h"
#include "ConfigStoreModel.h"
#include "SandboxSeed.h"
#include "SecretEditorDialog.h"
#include "StoreDialogs.h"
#include "VaultActions.h"
#include "VaultForm.h"
#include "VaultFormDialog.h"
#include "VaultModel.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

namespace {

Sandbox::Fault fault(const QString &method, const QString &path, int kind, int status)
{
    Sandbox::Fault f;
    f.method = method;
    f.path = QRegularExpression(path);
    f.kind = Sandbox::FaultKind(kind);
    f.status = status;
    f.times = 1;
    return f;
}

void addFaultRows()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::newRow("500") << int(Sandbox::FaultKind::ServerError) << 500;
    QTest::newRow("503") << int(Sandbox::FaultKind::ServerError) << 503;
    QTest::newRow("malformed JSON") << int(Sandbox::FaultKind::MalformedJson) << 0;
    QTest::newRow("HTML error page") << int(Sandbox::FaultKind::HtmlErrorPage) << 502;
}

} // namespace

class TestDraftSurvives : public QObject
{
    Q_OBJECT

    ApiTestEnvironment env;
    const QString cp = QString::fromLatin1(Sandbox::SeedIds::PaymentsControlPlane);
    const QString store = QString::fromLatin1(Sandbox::SeedIds::PaymentsStore);

    int countRequests(const QString &method, const QRegularExpression &path) const
    {
        int count = 0;
        const auto requests = env.sandbox.requests();
        for (const auto &request : requests)
            count += request.method == method && path.match(request.path).hasMatch();
        return count;
    }

    int storesNamed(const QString &name) { return ::storesNamed(env, cp, name); }

    static QPushButton *saveButton(QDialog *dialog)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(env.start());
        RetryPolicy policy = ApiTestEnvironment::fastRetries();
        env.client.setRetryPolicy(policy);
    }

    void init()
    {
        QVERIFY(env.reset());
        env.client.setRetryPolicy(ApiTestEnvironment::fastRetries()); // a test may change it
    }

    void secretEditorCreate_data() { addFaultRows(); }
    void secretEditorCreate()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        const QString secretsPath =
            QStringLiteral("/config-stores/") + store + QStringLiteral("/secrets$");
        env.sandbox.addFault(fault(QStringLiteral("POST"), secretsPath, kind, status));
        SecretEditorDialog dialog(&env.client, cp, store, SecretEditorDialog::Mode::Create);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("keyEdit")),
                         QStringLiteral("draft-key"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                         QStringLiteral("made-up draft value"));
        QSignalSpy saved(&dialog, &SecretEditorDialog::saved);
        saveButton(&dialog)->click();
        QTRY_VERIFY(saveButton(&dialog)->isEnabled()); // the answer is in
        QVERIFY(saved.isEmpty());
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.key(), QStringLiteral("draft-key"));
        QCOMPARE(dialog.value(), QStringLiteral("made-up draft value"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text(),
                 QStringLiteral("made-up draft value"));
        QVERIFY2(dialog.errorText().contains(QLatin1String("try again"), Qt::CaseInsensitive),
                 qPrintable(dialog.errorText()));
        QCOMPARE(env.sandbox.secretValue(cp, store, QStringLiteral("draft-key")), std::nullopt);

        saveButton(&dialog)->click(); // try again
        QVERIFY(saved.wait(10000));
        QCOMPARE(env.sandbox.secretValue(cp, store, QStringLiteral("draft-key")),
                 std::optional<QString>(QStringLiteral("made-up draft value")));
        QCOMPARE(countRequests(QStringLiteral("POST"), QRegularExpression(secretsPath)), 2);
    }

    void secretEditorRotate_data() { addFaultRows(); }
    void secretEditorRotate()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        const QString key = QStringLiteral("redis/password");
        const QString keyPath = QStringLiteral("/secrets/redis/password$");
        const std::optional<QString> before = env.sandbox.secretValue(cp, store, key);
        QVERIFY(before.has_value());
        // A 503 on a PUT is retried by the client: make it persist to reach the dialog.
        Sandbox::Fault f = fault(QStringLiteral("PUT"), keyPath, kind, status);
        f.times = kind == int(Sandbox::FaultKind::MalformedJson) ? 1 : 5;
        env.sandbox.addFault(f);
        SecretEditorDialog dialog(&env.client, cp, store, SecretEditorDialog::Mode::Rotate, key);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                         QStringLiteral("made-up rotated value"));
        QSignalSpy saved(&dialog, &SecretEditorDialog::saved);
        saveButton(&dialog)->click();
        QTRY_VERIFY_WITH_TIMEOUT(saveButton(&dialog)->isEnabled(), 10000);
        QVERIFY(saved.isEmpty());
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.key(), key);
        QCOMPARE(dialog.value(), QStringLiteral("made-up rotated value"));
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(dialog.errorText() != QStringLiteral("Saving…"));
        QCOMPARE(env.sandbox.secretValue(cp, store, key), before);

        env.sandbox.clearFaults();
        saveButton(&dialog)->click();
        QVERIFY(saved.wait(10000));
        QCOMPARE(env.sandbox.secretValue(cp, store, key),
                 std::optional<QString>(QStringLiteral("made-up rotated value")));
    }

    void storeDialogCreate_data() { addFaultRows(); }
    void storeDialogCreate()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        const QString name = QStringLiteral("draft-store");
        const QRegularExpression storesPath(QStringLiteral("/config-stores$"));
        env.sandbox.addFault(fault(QStringLiteral("POST"), storesPath.pattern(), kind, status));
        StoreNameDialog dialog(&env.client, cp, ConfigStore());
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")), name);
        QSignalSpy saved(&dialog, &StoreNameDialog::saved);
        saveButton(&dialog)->click();
        QTRY_VERIFY(!dialog.errorText().isEmpty());
        QVERIFY(saved.isEmpty());
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.name(), name);
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->isEnabled());
        QVERIFY2(dialog.errorText().contains(QLatin1String("try again"), Qt::CaseInsensitive),
                 qPrintable(dialog.errorText()));
        QCOMPARE(storesNamed(name), 0);

        QTRY_VERIFY(saveButton(&dialog)->isEnabled());
        saveButton(&dialog)->click();
        QVERIFY(saved.wait(10000));
        QCOMPARE(storesNamed(name), 1);
        QCOMPARE(countRequests(QStringLiteral("POST"), storesPath), 2);
    }

    void storeDialogRename_data() { addFaultRows(); }
    void storeDialogRename()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        const QString storePath = QStringLiteral("/config-stores/") + store + QLatin1Char('$');
        Sandbox::Fault f = fault(QStringLiteral("PUT"), storePath, kind, status);
        f.times = kind == int(Sandbox::FaultKind::MalformedJson) ? 1 : 5; // PUT 5xx are retried
        env.sandbox.addFault(f);
        ConfigStore existing;
        existing.id = store;
        existing.name = QStringLiteral("payments");
        StoreNameDialog dialog(&env.client, cp, existing);
        dialog.show();
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("draft-renamed"));
        QSignalSpy saved(&dialog, &StoreNameDialog::saved);
        saveButton(&dialog)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 10000);
        QVERIFY(saved.isEmpty());
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.name(), QStringLiteral("draft-renamed"));

        env.sandbox.clearFaults();
        QTRY_VERIFY(saveButton(&dialog)->isEnabled());
        saveButton(&dialog)->click();
        QVERIFY(saved.wait(10000));
        QCOMPARE(storesNamed(QStringLiteral("draft-renamed")), 1);
    }

    void vaultFormCreate_data() { addFaultRows(); }
    void vaultFormCreate()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        const QRegularExpression vaultsPath(QStringLiteral("/core-entities/vaults$"));
        env.sandbox.addFault(fault(QStringLiteral("POST"), vaultsPath.pattern(), kind, status));
        QWidget window;
        VaultModel vaults;
        ConfigStoreModel stores;
        VaultActions actions(&env.client, &vaults, &stores, &window);
        actions.setControlPlane(cp);
        actions.newAction()->trigger();
        VaultFormDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<VaultFormDialog *>()) && dialog->isVisible());
        VaultForm *form = dialog->form();
        form->setBackend(QStringLiteral("env"));
        auto *prefix = qobject_cast<QLineEdit *>(form->fieldWidget(QStringLiteral("prefix")));
        auto *description =
            qobject_cast<QLineEdit *>(form->fieldWidget(QStringLiteral("description")));
        auto *variablePrefix =
            qobject_cast<QLineEdit *>(form->fieldWidget(QStringLiteral("config.prefix")));
        QVERIFY(prefix && description && variablePrefix);
        QTest::keyClicks(prefix, QStringLiteral("draft-env"));
        QTest::keyClicks(variablePrefix, QStringLiteral("DRAFT_"));
        QTest::keyClicks(description, QStringLiteral("typed before the fault"));
        QSignalSpy saved(&actions, &VaultActions::vaultSaved);
        dialog->accept();
        QTRY_VERIFY(!form->generalMessage().isEmpty());
        QTRY_VERIFY(form->isEnabled()); // no longer busy
        QVERIFY(saved.isEmpty());
        QVERIFY(dialog->isVisible());
        QCOMPARE(form->backend(), QStringLiteral("env"));
        QCOMPARE(prefix->text(), QStringLiteral("draft-env"));
        QCOMPARE(description->text(), QStringLiteral("typed before the fault"));
        QCOMPARE(variablePrefix->text(), QStringLiteral("DRAFT_"));
        QVERIFY2(form->generalMessage().contains(QLatin1String("try again"), Qt::CaseInsensitive),
                 qPrintable(form->generalMessage()));

        QPointer<VaultFormDialog> open = dialog;
        dialog->accept();
        QVERIFY(saved.wait(10000));
        QTRY_VERIFY(open.isNull() || !open->isVisible());
        Awaited<Vault> created;
        env.client.getVault(cp, QStringLiteral("draft-env"), this, created.callback());
        AWAIT_OK(created);
        QCOMPARE(created.value().description, QStringLiteral("typed before the fault"));
        QCOMPARE(created.value().configString(QStringLiteral("prefix")), QStringLiteral("DRAFT_"));
        QCOMPARE(countRequests(QStringLiteral("POST"), vaultsPath), 2);
    }

    // A dropped connection on a store create: the server acted, the answer was
    // lost, and store names need not be unique. The dialog finds the store made
    // since the request left and takes it as created (no second save, no
    // second store); an older store of the same name is not taken for it.
    void droppedStoreCreateFindsTheStoreItMade()
    {
        // The seed's store of that name was made long ago: not taken for the new one.
        const QString name = QStringLiteral("payments-secrets");
        QCOMPARE(storesNamed(name), 1);
        env.sandbox.addFault(fault(QStringLiteral("POST"), QStringLiteral("/config-stores$"),
                                   int(Sandbox::FaultKind::DropMidBody), 0));
        StoreNameDialog dialog(&env.client, cp, ConfigStore());
        QSignalSpy saved(&dialog, &StoreNameDialog::saved);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")), name);
        saveButton(&dialog)->click();
        QTRY_COMPARE(saved.size(), 1);
        QVERIFY(!dialog.isVisible());
        const ConfigStore made = saved.at(0).at(0).value<ConfigStore>();
        QCOMPARE(made.name, name);
        QVERIFY(made.id != store); // not the seed's
        QCOMPARE(storesNamed(name), 2);
        QCOMPARE(countRequests(QStringLiteral("POST"),
                               QRegularExpression(QStringLiteral("/config-stores$"))),
                 1); // never sent again
    }

    // No answer in time (a timeout): the server made the store all the same.
    void timedOutStoreCreateFindsTheStoreItMade()
    {
        RetryPolicy impatient = ApiTestEnvironment::fastRetries();
        impatient.transferTimeoutMs = 300;
        env.client.setRetryPolicy(impatient);
        Sandbox::Fault slow = fault(QStringLiteral("POST"), QStringLiteral("/config-stores$"),
                                    int(Sandbox::FaultKind::Delay), 0);
        slow.delayMs = 2000;
        env.sandbox.addFault(slow);
        StoreNameDialog dialog(&env.client, cp, ConfigStore());
        QSignalSpy saved(&dialog, &StoreNameDialog::saved);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                         QStringLiteral("slow-store"));
        saveButton(&dialog)->click();
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(saved.at(0).at(0).value<ConfigStore>().name, QStringLiteral("slow-store"));
        QCOMPARE(storesNamed(QStringLiteral("slow-store")), 1);
    }

    // The connection closed before a byte of answer and the server did not act:
    // the list shows no new store, the dialog says to save again, and that save
    // makes the one store.
    void storeCreateClosedBeforeAnswerSavesAgain()
    {
        env.sandbox.addFault(fault(QStringLiteral("POST"), QStringLiteral("/config-stores$"),
                                   int(Sandbox::FaultKind::ConnectionClosed), 0));
        StoreNameDialog dialog(&env.client, cp, ConfigStore());
        QSignalSpy saved(&dialog, &StoreNameDialog::saved);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                         QStringLiteral("never-made"));
        saveButton(&dialog)->click();
        QTRY_VERIFY(dialog.errorText().contains(QLatin1String("no new store")));
        QVERIFY2(dialog.errorText().contains(QLatin1String("save again")),
                 qPrintable(dialog.errorText()));
        QVERIFY(saved.isEmpty());
        QCOMPARE(storesNamed(QStringLiteral("never-made")), 0);
        QTRY_VERIFY(saveButton(&dialog)->isEnabled());
        saveButton(&dialog)->click();
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(storesNamed(QStringLiteral("never-made")), 1);
    }

    // Two stores of that name made in the last minutes (someone else saved one
    // too): which one is ours cannot be told, and the dialog says so.
    void droppedStoreCreateWithTwoCandidatesAsksToLook()
    {
        Awaited<ConfigStore> other;
        env.client.createConfigStore(cp, QStringLiteral("twice-named"), this, other.callback());
        AWAIT_OK(other);
        env.sandbox.addFault(fault(QStringLiteral("POST"), QStringLiteral("/config-stores$"),
                                   int(Sandbox::FaultKind::DropMidBody), 0));
        StoreNameDialog dialog(&env.client, cp, ConfigStore());
        QSignalSpy saved(&dialog, &StoreNameDialog::saved);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                         QStringLiteral("twice-named"));
        saveButton(&dialog)->click();
        QTRY_VERIFY(dialog.errorText().contains(QLatin1String("cannot be told")));
        QVERIFY(saved.isEmpty());
        QVERIFY(dialog.isVisible());
        QVERIFY(saveButton(&dialog)->isEnabled());
        QCOMPARE(storesNamed(QStringLiteral("twice-named")), 2);
    }

    // The list cannot be read after the lost answer: the dialog cannot tell and
    // asks for a look at the list before saving again.
    void droppedStoreCreateWithoutTheListWarnsBeforeSavingAgain()
    {
        env.sandbox.addFault(fault(QStringLiteral("POST"), QStringLiteral("/config-stores$"),
                                   int(Sandbox::FaultKind::DropMidBody), 0));
        Sandbox::Fault listFails = fault(QStringLiteral("GET"), QStringLiteral("/config-stores$"),
                                         int(Sandbox::FaultKind::ServerError), 503);
        listFails.times = 20; // more than the retries
        env.sandbox.addFault(listFails);
        StoreNameDialog dialog(&env.client, cp, ConfigStore());
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                         QStringLiteral("dropped-store"));
        saveButton(&dialog)->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.errorText().contains(QLatin1String("could not be read")),
                                 15000);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.name(), QStringLiteral("dropped-store"));
        QVERIFY2(dialog.errorText().contains(QLatin1String("may have been created")),
                 qPrintable(dialog.errorText()));
        QVERIFY(saveButton(&dialog)->isEnabled());
        env.sandbox.clearFaults();
        QCOMPARE(storesNamed(QStringLiteral("dropped-store")), 1); // it was
    }

    // A dropped connection on a create: the server acted, the answer was lost.
    // The draft survives and the retry must not leave two entities behind.
    void droppedCreateLeavesOneSecret()
    {
        const QString secretsPath = QStringLiteral("/secrets$");
        env.sandbox.addFault(
            fault(QStringLiteral("POST"), secretsPath, int(Sandbox::FaultKind::DropMidBody), 0));
        SecretEditorDialog dialog(&env.client, cp, store, SecretEditorDialog::Mode::Create);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("keyEdit")),
                         QStringLiteral("dropped-key"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                         QStringLiteral("made-up dropped value"));
        saveButton(&dialog)->click();
        QTRY_VERIFY(saveButton(&dialog)->isEnabled());
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.key(), QStringLiteral("dropped-key"));
        QCOMPARE(dialog.value(), QStringLiteral("made-up dropped value"));
        QVERIFY(!dialog.errorText().isEmpty());
        saveButton(&dialog)->click();
        QTRY_VERIFY(saveButton(&dialog)->isEnabled());
        qInfo("after a dropped create, saving again says: %s", qPrintable(dialog.errorText()));
        // Exactly one secret, with the value typed (secret keys are unique per store).
        QCOMPARE(env.sandbox.secretValue(cp, store, QStringLiteral("dropped-key")),
                 std::optional<QString>(QStringLiteral("made-up dropped value")));
        QCOMPARE(countRequests(QStringLiteral("POST"), QRegularExpression(secretsPath)), 2);
        QVERIFY(dialog.isVisible()); // still with the draft, saying the key exists
        QVERIFY2(dialog.errorText().contains(QLatin1String("already exists")),
                 qPrintable(dialog.errorText()));
    }
};

QTEST_MAIN(TestDraftSurvives)
#include "tst_draftsurvives.moc"
