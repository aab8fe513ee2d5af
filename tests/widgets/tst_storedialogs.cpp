#include "ApiTestEnvironment.h"
#include "StoreDialogs.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

class TestStoreDialogs : public QObject
{
    Q_OBJECT

    ApiTestEnvironment env;
    QString cp;

    ConfigStore storeWithSecrets(int count)
    {
        Awaited<ConfigStore> created;
        env.client.createConfigStore(cp, QStringLiteral("doomed"), this, created.callback());
        [&] { AWAIT_OK(created); }();
        for (int i = 0; i < count; ++i) {
            Awaited<ConfigStoreSecret> secret;
            env.client.createConfigStoreSecret(cp, created.value().id, QStringLiteral("k%1").arg(i),
                                               QStringLiteral("made-up"), this, secret.callback());
            [&] { AWAIT_OK(secret); }();
        }
        return created.value();
    }

private slots:
    void initTestCase() { QVERIFY(env.start()); }

    void init()
    {
        QVERIFY(env.sandbox.seed(QStringLiteral("demo")));
        cp = env.sandbox.controlPlaneIds().constFirst();
    }

    void createAndRename()
    {
        StoreNameDialog create(&env.client, cp, ConfigStore{});
        QVERIFY(!create.canSave());
        create.setName(QString(101, QLatin1Char('n')));
        QVERIFY(!create.canSave());
        create.setName(QStringLiteral("billing"));
        QSignalSpy saved(&create, &StoreNameDialog::saved);
        create.accept();
        QVERIFY(saved.wait(5000));
        const auto store = saved.constFirst().at(0).value<ConfigStore>();
        QCOMPARE(store.name, QStringLiteral("billing"));
        QVERIFY(env.sandbox.configStoreIds(cp).contains(store.id));

        StoreNameDialog rename(&env.client, cp, store);
        QVERIFY(!rename.canSave()); // unchanged name
        rename.setName(QStringLiteral("billing-eu"));
        QSignalSpy renamed(&rename, &StoreNameDialog::saved);
        rename.accept();
        QVERIFY(renamed.wait(5000));
        QCOMPARE(renamed.constFirst().at(0).value<ConfigStore>().name,
                 QStringLiteral("billing-eu"));
    }

    void storeWithSecretsNeedsItsNameTyped()
    {
        const ConfigStore store = storeWithSecrets(3);
        DeleteStoreDialog dialog(&env.client, cp, store, 3, {QStringLiteral("team-vault")});
        dialog.show();
        // "3 secrets" with the English plural forms (the app's resources, not loaded here).
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("messageLabel"))
                    ->text()
                    .contains(QStringLiteral("the 3 secret")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("messageLabel"))
                    ->text()
                    .contains(QStringLiteral("team-vault")));
        auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("deleteButton"));
        QVERIFY(!remove->isEnabled());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("confirmationEdit")),
                         QStringLiteral("doome"));
        QVERIFY(!remove->isEnabled());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("confirmationEdit")),
                         QStringLiteral("d"));
        QVERIFY(remove->isEnabled());
        QVERIFY(!remove->isDefault()); // Enter does not delete
        QSignalSpy deleted(&dialog, &DeleteStoreDialog::deleted);
        remove->click();
        QVERIFY(deleted.wait(5000));
        QVERIFY(!env.sandbox.configStoreIds(cp).contains(store.id));
        // force=true was needed and sent
        QVERIFY(env.sandbox.requests().constLast().query.contains(QStringLiteral("force=true")));
    }

    void unknownCountStillNeedsTheNameAndForce()
    {
        const ConfigStore store = storeWithSecrets(2);
        DeleteStoreDialog dialog(&env.client, cp, store, -1, {});
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("messageLabel"))
                    ->text()
                    .contains(QStringLiteral("every secret")));
        QVERIFY(!dialog.canDelete());
        dialog.setConfirmation(store.name);
        QSignalSpy deleted(&dialog, &DeleteStoreDialog::deleted);
        dialog.accept();
        QVERIFY(deleted.wait(5000));
        QVERIFY(env.sandbox.requests().constLast().query.contains(QStringLiteral("force=true")));
    }

    void emptyStoreNeedsOnlyAConfirmation()
    {
        const ConfigStore store = storeWithSecrets(0);
        DeleteStoreDialog dialog(&env.client, cp, store, 0, {});
        QVERIFY(dialog.canDelete());
        QSignalSpy deleted(&dialog, &DeleteStoreDialog::deleted);
        dialog.accept();
        QVERIFY(deleted.wait(5000));
        QVERIFY(!env.sandbox.requests().constLast().query.contains(QStringLiteral("force")));
    }
};

QTEST_MAIN(TestStoreDialogs)
#include "tst_storedialogs.moc"
