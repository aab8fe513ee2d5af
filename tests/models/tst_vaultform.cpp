// The generated vault form: what a user types into each backend's fields
// becomes the vault JSON the spec expects; a bad prefix is explained under
// the field as it is typed; the server's 400 lands on the field it names.
#include "ApiTestEnvironment.h"
#include "SandboxSeed.h"
#include "VaultBackends.h"
#include "VaultForm.h"
#include "VaultFormDialog.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSpinBox>

namespace {

QString quoted(const char *text)
{
    return QString::fromUtf8(text).replace(QLatin1Char('\''), QLatin1Char('"'));
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Sets a field the way a user would: typing, picking or ticking.
void fill(VaultForm &form, const QString &field, const QVariant &value)
{
    QWidget *widget = form.fieldWidget(field);
    QVERIFY2(widget, qPrintable(field));
    if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        edit->clear();
        QTest::keyClicks(edit, value.toString());
    } else if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
        spin->setValue(value.toInt());
    } else if (auto *check = qobject_cast<QCheckBox *>(widget)) {
        if (check->isChecked() != value.toBool())
            check->click();
    } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        const int index = combo->findData(value.toString());
        QVERIFY2(index >= 0, qPrintable(field + QLatin1Char('=') + value.toString()));
        combo->setCurrentIndex(index);
        emit combo->activated(index);
    } else {
        QFAIL(qPrintable(QStringLiteral("no way to fill ") + field));
    }
}

ConfigStore store(const char *id, const char *name)
{
    ConfigStore s;
    s.id = QString::fromLatin1(id);
    s.name = QString::fromLatin1(name);
    return s;
}

} // namespace

class TestVaultForm : public QObject
{
    Q_OBJECT

private slots:
    void eachBackendProducesTheSpecJson_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QVariantMap>("typed");
        QTest::addColumn<QString>("expectedConfig");
        QTest::newRow("konnect") << "konnect" << QVariantMap{{"config.config_store_id", "store-2"}}
                                 << "{'config_store_id':'store-2'}";
        QTest::newRow("env") << "env"
                             << QVariantMap{{"config.prefix", "KONG_"},
                                            {"config.base64_decode", true}}
                             << "{'base64_decode':true,'prefix':'KONG_'}";
        QTest::newRow("aws") << "aws"
                             << QVariantMap{{"config.region", "eu-central-1"},
                                            {"config.assume_role_arn", "arn:aws:iam::1:role/k"},
                                            {"config.ttl", 300},
                                            {"config.neg_ttl", 0}}
                             << "{'assume_role_arn':'arn:aws:iam::1:role/k','neg_ttl':0,"
                                "'region':'eu-central-1','role_session_name':'KongVault',"
                                "'ttl':300}";
        QTest::newRow("gcp") << "gcp" << QVariantMap{{"config.project_id", "shop-1"}}
                             << "{'project_id':'shop-1'}";
        QTest::newRow("hcv kubernetes")
            << "hcv" << QVariantMap{{"config.protocol", "https"},
                                    {"config.host", "vault.internal"},
                                    {"config.port", 8201},
                                    {"config.kv", "v2"},
                                    {"config.auth_method", "kubernetes"},
                                    {"config.kube_role", "kong"}}
            << "{'auth_method':'kubernetes','host':'vault.internal','kube_role':'kong',"
               "'kv':'v2','mount':'secret','port':8201,'protocol':'https'}";
        QTest::newRow("hcv token") << "hcv" << QVariantMap{{"config.token", "s.123"}}
                                   << "{'auth_method':'token','host':'127.0.0.1','kv':'v1',"
                                      "'mount':'secret','port':8200,'protocol':'http',"
                                      "'token':'s.123'}";
        QTest::newRow("azure") << "azure"
                               << QVariantMap{{"config.location", "westeurope"},
                                              {"config.vault_uri", "https://kv.vault.azure.net"},
                                              {"config.credentials_prefix", ""}}
                               << "{'location':'westeurope','type':'secrets',"
                                  "'vault_uri':'https://kv.vault.azure.net'}";
        QTest::newRow("conjur") << "conjur"
                                << QVariantMap{{"config.endpoint_url", "https://conjur"},
                                               {"config.login", "host/kong"},
                                               {"config.account", "acme"},
                                               {"config.api_key", "k"}}
                                << "{'account':'acme','api_key':'k',"
                                   "'endpoint_url':'https://conjur','login':'host/kong'}";
    }

    void eachBackendProducesTheSpecJson()
    {
        QFETCH(QString, backend);
        QFETCH(QVariantMap, typed);
        QFETCH(QString, expectedConfig);
        VaultForm form;
        form.setConfigStores({store("store-1", "payments"), store("store-2", "legacy")});
        fill(form, QStringLiteral("name"), backend);
        QCOMPARE(form.backend(), backend);
        fill(form, QStringLiteral("prefix"), QStringLiteral("my-vault"));
        fill(form, QStringLiteral("description"), QStringLiteral("  Made in a test "));
        fill(form, QStringLiteral("tags"), QStringLiteral("prod, payments,,prod "));
        for (auto it = typed.constBegin(); it != typed.constEnd(); ++it)
            fill(form, it.key(), it.value());
        QVERIFY(form.validate());
        QVERIFY(form.generalMessage().isEmpty());

        const QJsonObject body = form.vault().toJson();
        QCOMPARE(body.value(QStringLiteral("name")).toString(), backend);
        QCOMPARE(body.value(QStringLiteral("prefix")).toString(), QStringLiteral("my-vault"));
        QCOMPARE(body.value(QStringLiteral("description")).toString(),
                 QStringLiteral("Made in a test"));
        QCOMPARE(body.value(QStringLiteral("tags")).toArray(),
                 QJsonArray({QStringLiteral("prod"), QStringLiteral("payments")}));
        QCOMPARE(compact(body.value(QStringLiteral("config")).toObject()),
                 quoted(qPrintable(expectedConfig)));
        QVERIFY(!body.contains(QStringLiteral("id")));
    }

    void hcvAuthMethodSwitchesTheVisibleFields()
    {
        VaultForm form;
        form.setBackend(QStringLiteral("hcv"));
        form.show();
        QVERIFY(form.fieldWidget(QStringLiteral("config.token"))->isVisible());
        QVERIFY(!form.fieldWidget(QStringLiteral("config.approle_role_id"))->isVisible());
        fill(form, QStringLiteral("config.auth_method"), QStringLiteral("approle"));
        QVERIFY(!form.fieldWidget(QStringLiteral("config.token"))->isVisible());
        QVERIFY(form.fieldWidget(QStringLiteral("config.approle_role_id"))->isVisible());
        QVERIFY(form.fieldWidget(QStringLiteral("config.approle_secret_id"))->isVisible());
        // The advanced group starts folded.
        QVERIFY(!form.fieldWidget(QStringLiteral("config.ttl"))->isVisible());
        form.setAdvancedExpanded(true);
        QVERIFY(form.fieldWidget(QStringLiteral("config.ttl"))->isVisible());
    }

    void sensitiveFieldsAreMaskedWithAReveal()
    {
        VaultForm form;
        form.setBackend(QStringLiteral("conjur"));
        auto *key = qobject_cast<QLineEdit *>(form.fieldWidget(QStringLiteral("config.api_key")));
        QVERIFY(key);
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        auto *login = qobject_cast<QLineEdit *>(form.fieldWidget(QStringLiteral("config.login")));
        QCOMPARE(login->echoMode(), QLineEdit::Normal);
        QAction *reveal = nullptr;
        for (QAction *action : key->actions()) {
            if (action->isCheckable())
                reveal = action;
        }
        QVERIFY(reveal);
        reveal->trigger();
        QCOMPARE(key->echoMode(), QLineEdit::Normal);
        reveal->trigger();
        QCOMPARE(key->echoMode(), QLineEdit::Password);
    }

    void everyInputHasAnAccessibleName()
    {
        VaultForm form;
        const QList<QWidget *> inputs = form.findChildren<QWidget *>();
        int checked = 0;
        for (QWidget *widget : inputs) {
            const bool input =
                qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractSpinBox *>(widget) ||
                qobject_cast<QComboBox *>(widget) || qobject_cast<QCheckBox *>(widget);
            if (!input || qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) ||
                qobject_cast<QComboBox *>(widget->parentWidget()))
                continue; // the line edit inside a spin box belongs to it
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            ++checked;
        }
        QVERIFY(checked > 40);
    }

    void badPrefixIsExplainedWhileTyping()
    {
        VaultForm form;
        auto *prefix = qobject_cast<QLineEdit *>(form.fieldWidget(QStringLiteral("prefix")));
        QTest::keyClicks(prefix, QStringLiteral("My_Vault"));
        QVERIFY2(form.fieldMessage(QStringLiteral("prefix")).contains(QLatin1String("lowercase")),
                 qPrintable(form.fieldMessage(QStringLiteral("prefix"))));
        prefix->clear();
        QTest::keyClicks(prefix, QStringLiteral("aws"));
        QVERIFY(form.fieldMessage(QStringLiteral("prefix")).contains(QLatin1String("backend")));
        QTest::keyClicks(prefix, QStringLiteral("-prod"));
        QCOMPARE(form.fieldMessage(QStringLiteral("prefix")), QString());
        prefix->clear();
        QTest::keyClick(prefix, Qt::Key_A);
        QTest::keyClick(prefix, Qt::Key_Backspace);
        QVERIFY(form.fieldMessage(QStringLiteral("prefix")).contains(QLatin1String("required")));
    }

    void validateStopsOnTheFirstBadField()
    {
        VaultForm form;
        form.show();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        fill(form, QStringLiteral("prefix"), QStringLiteral("aws-prod"));
        fill(form, QStringLiteral("name"), QStringLiteral("aws"));
        QVERIFY(!form.validate());
        QCOMPARE(form.fieldMessage(QStringLiteral("config.region")),
                 QStringLiteral("Region is required"));
        QTRY_VERIFY(form.fieldWidget(QStringLiteral("config.region"))->hasFocus());
        // Fixing it clears the message on the next check.
        fill(form, QStringLiteral("config.region"), QStringLiteral("us-west-2"));
        QVERIFY(form.validate());
        QCOMPARE(form.fieldMessage(QStringLiteral("config.region")), QString());

        fill(form, QStringLiteral("prefix"), QStringLiteral("Bad Prefix"));
        QVERIFY(!form.validate());
        QTRY_VERIFY(form.fieldWidget(QStringLiteral("prefix"))->hasFocus());
    }

    // A real 400 from the sandbox, its invalid_parameters placed on the fields.
    void serverErrorsLandOnTheirFields()
    {
        ApiTestEnvironment env;
        QVERIFY(env.start(QStringLiteral("demo")));
        const QString cp = QString::fromLatin1(Sandbox::SeedIds::PaymentsControlPlane);

        VaultForm form;
        form.show();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        form.setConfigStores({store(Sandbox::SeedIds::PaymentsStore, "payments-secrets")});
        fill(form, QStringLiteral("prefix"), QStringLiteral("payments")); // taken in the demo
        fill(form, QStringLiteral("config.config_store_id"),
             QString::fromLatin1(Sandbox::SeedIds::PaymentsStore));
        QVERIFY(form.validate());
        Awaited<Vault> created;
        env.client.createVault(cp, form.vault(), this, created.callback());
        AWAIT(created);
        QVERIFY(!created.result->ok());
        QCOMPARE(created.error().httpStatus(), 400);
        form.showServerErrors(created.error().invalidParameters());
        QVERIFY2(form.fieldMessage(QStringLiteral("prefix")).contains(QLatin1String("unique")),
                 qPrintable(form.fieldMessage(QStringLiteral("prefix"))));
        QTRY_VERIFY(form.fieldWidget(QStringLiteral("prefix"))->hasFocus());

        // A store of another control plane: the error names config.config_store_id.
        VaultForm other;
        other.show();
        fill(other, QStringLiteral("prefix"), QStringLiteral("elsewhere"));
        other.selectConfigStore(QString::fromLatin1(Sandbox::SeedIds::StorefrontStore));
        Awaited<Vault> wrongStore;
        env.client.createVault(cp, other.vault(), this, wrongStore.callback());
        AWAIT(wrongStore);
        QCOMPARE(wrongStore.error().httpStatus(), 400);
        other.showServerErrors(wrongStore.error().invalidParameters());
        QVERIFY2(!other.fieldMessage(QStringLiteral("config.config_store_id")).isEmpty(),
                 qPrintable(wrongStore.error().fullDescription()));
        QVERIFY(other.fieldMessage(QStringLiteral("prefix")).isEmpty());

        // Fields the form does not have, and advanced ones folded away.
        VaultForm third;
        third.setBackend(QStringLiteral("gcp"));
        third.showServerErrors({{QStringLiteral("config.ttl"), QStringLiteral("between"),
                                 QStringLiteral("must be at least 0")},
                                {QStringLiteral("config.unknown_option"), QString(),
                                 QStringLiteral("unknown field")}});
        QVERIFY(third.isAdvancedExpanded());
        QCOMPARE(third.fieldMessage(QStringLiteral("config.ttl")),
                 QStringLiteral("Time to live must be at least 0"));
        QVERIFY(third.generalMessage().contains(QLatin1String("config.unknown_option")));
    }

    void editingKeepsPrefixAndHidesSecrets()
    {
        Vault vault;
        vault.id = QStringLiteral("5e7a9c1b-3d4f-4e68-a0c8-2b4d6f8a0c75");
        vault.name = QStringLiteral("hcv");
        vault.prefix = QStringLiteral("hashicorp");
        vault.tags = {QStringLiteral("production")};
        vault.config = QJsonDocument::fromJson(quoted("{'protocol':'https','host':'v.example',"
                                                      "'port':8200,'mount':'secret','kv':'v2',"
                                                      "'auth_method':'token','token':'s.secret',"
                                                      "'resurrect_ttl':600}")
                                                   .toUtf8())
                           .object();
        VaultForm form;
        form.setVault(vault);
        QVERIFY(form.isEditing());
        auto *prefix = qobject_cast<QLineEdit *>(form.fieldWidget(QStringLiteral("prefix")));
        QCOMPARE(prefix->text(), QStringLiteral("hashicorp"));
        QVERIFY(prefix->isReadOnly());
        auto *token = qobject_cast<QLineEdit *>(form.fieldWidget(QStringLiteral("config.token")));
        QVERIFY(token->text().isEmpty()); // never shown back
        QVERIFY(token->placeholderText().contains(QLatin1String("Unchanged")));
        QVERIFY(form.isAdvancedExpanded()); // it holds a value
        QCOMPARE(qobject_cast<QSpinBox *>(form.fieldWidget(QStringLiteral("config.resurrect_ttl")))
                     ->value(),
                 600);

        // Saved untouched: same vault, token included.
        QVERIFY(form.validate());
        Vault saved = form.vault();
        QCOMPARE(saved.id, vault.id);
        QCOMPARE(saved.config, vault.config);
        QCOMPARE(saved.tags, vault.tags);
        // A new token replaces the stored one.
        fill(form, QStringLiteral("config.token"), QStringLiteral("s.rotated"));
        QCOMPARE(form.vault().config.value(QStringLiteral("token")).toString(),
                 QStringLiteral("s.rotated"));
    }

    void createStoreEntryOnlyAsks()
    {
        VaultForm form;
        QSignalSpy asked(&form, &VaultForm::createConfigStoreRequested);
        form.setConfigStores({store("store-1", "payments")});
        fill(form, QStringLiteral("config.config_store_id"), QStringLiteral("store-1"));
        auto *combo =
            qobject_cast<QComboBox *>(form.fieldWidget(QStringLiteral("config.config_store_id")));
        const int createIndex = combo->count() - 1;
        QVERIFY(
            combo->itemText(createIndex).startsWith(QLatin1String("Create a new config store")));
        combo->setCurrentIndex(createIndex);
        emit combo->activated(createIndex);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("store-1")); // still chosen
        // The caller created one: it appears and is picked.
        form.setConfigStores({store("store-1", "payments"), store("store-new", "fresh")});
        form.selectConfigStore(QStringLiteral("store-new"));
        QCOMPARE(form.vault().config.value(QStringLiteral("config_store_id")).toString(),
                 QStringLiteral("store-new"));
    }

    void dialogValidatesBeforeSubmitting()
    {
        VaultFormDialog dialog;
        QSignalSpy submitted(&dialog, &VaultFormDialog::submitted);
        dialog.setClosesOnSubmit(false);
        dialog.show();
        dialog.accept(); // empty prefix, no store
        QCOMPARE(submitted.size(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.form()->fieldMessage(QStringLiteral("prefix")).isEmpty());

        dialog.form()->setBackend(QStringLiteral("env"));
        fill(*dialog.form(), QStringLiteral("prefix"), QStringLiteral("env-vars2"));
        fill(*dialog.form(), QStringLiteral("config.prefix"), QStringLiteral("KONG_"));
        dialog.accept();
        QCOMPARE(submitted.size(), 1);
        QCOMPARE(submitted.at(0).at(0).value<Vault>().prefix, QStringLiteral("env-vars2"));
        QVERIFY(dialog.isVisible()); // waits for the server
        QVERIFY(!dialog.form()->isEnabled());
        dialog.form()->showServerErrors({{QStringLiteral("prefix"), QString(), "taken"}});
        dialog.setBusy(false);
        QVERIFY(dialog.form()->isEnabled());
        dialog.finishSubmit();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestVaultForm)
#include "tst_vaultform.moc"
