// The vault backend table and the config JSON it produces: what each backend's
// form sends, which fields are required, and that editing never shows a
// sensitive value back nor loses it.
#include "ApiTestEnvironment.h"
#include "SandboxSeed.h"
#include "Validation.h"
#include "VaultBackends.h"
#include "VaultConfig.h"

#include <QJsonDocument>
#include <QSet>

namespace {

// JSON written with single quotes, to keep the expectations readable.
QString quoted(const char *text)
{
    return QString::fromUtf8(text).replace(QLatin1Char('\''), QLatin1Char('"'));
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(quoted(text).toUtf8()).object();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QStringList fields(const QList<InvalidParameter> &errors)
{
    QStringList result;
    for (const InvalidParameter &error : errors)
        result.append(error.field);
    return result;
}

} // namespace

using VaultBackends::FieldType;

class TestVaultBackends : public QObject
{
    Q_OBJECT

private slots:
    void tableCoversEveryBackend()
    {
        QCOMPARE(VaultBackends::names(), Validation::vaultBackends());
        for (const auto &backend : VaultBackends::all()) {
            QVERIFY(!backend.displayName.isEmpty());
            QVERIFY(!backend.iconName.isEmpty());
            QSet<QString> keys;
            for (const auto &field : backend.fields) {
                QVERIFY2(!keys.contains(field.key),
                         qPrintable(backend.name + QLatin1Char('.') + field.key));
                keys.insert(field.key);
                QVERIFY(!field.label.isEmpty());
                QVERIFY2(!field.tooltip.isEmpty(), qPrintable(field.key));
                if (field.type == FieldType::Choice)
                    QVERIFY(!field.choices.isEmpty());
            }
            const bool hasTtl = keys.contains(QStringLiteral("ttl"));
            QCOMPARE(hasTtl, backend.name != QLatin1String("env") &&
                                 backend.name != QLatin1String("konnect"));
            if (hasTtl) {
                for (const char *key : {"ttl", "neg_ttl", "resurrect_ttl"}) {
                    const auto *ttl = backend.field(QString::fromLatin1(key));
                    QVERIFY(ttl && ttl->advanced && ttl->type == FieldType::Seconds);
                }
            }
        }
        QCOMPARE(VaultBackends::find(QStringLiteral("hcv")).selectorValues(),
                 (QStringList{QStringLiteral("token"), QStringLiteral("kubernetes"),
                              QStringLiteral("approle"), QStringLiteral("cert"),
                              QStringLiteral("jwt")}));
        QVERIFY(!VaultBackends::find(QStringLiteral("nope")).isValid());
    }

    void secretsAreSensitive()
    {
        QStringList sensitive;
        for (const auto &backend : VaultBackends::all()) {
            for (const auto &field : backend.fields) {
                if (field.sensitive)
                    sensitive.append(backend.name + QLatin1Char('.') + field.key);
            }
        }
        QCOMPARE(sensitive,
                 (QStringList{QStringLiteral("hcv.token"), QStringLiteral("hcv.approle_secret_id"),
                              QStringLiteral("hcv.cert_auth_cert_key"),
                              QStringLiteral("hcv.oauth2_client_secret"),
                              QStringLiteral("conjur.api_key")}));
    }

    void configJson_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QVariantMap>("changes");
        QTest::addColumn<QString>("expected");

        QTest::newRow("konnect") << "konnect"
                                 << QVariantMap{{"config_store_id",
                                                 "91d4b6e8-2c7a-4f3e-8b50-6a1c9e7d3f83"}}
                                 << "{'config_store_id':'91d4b6e8-2c7a-4f3e-8b50-6a1c9e7d3f83'}";
        QTest::newRow("env") << "env" << QVariantMap{{"prefix", " KONG_SECRET_ "}}
                             << "{'prefix':'KONG_SECRET_'}";
        QTest::newRow("env base64")
            << "env" << QVariantMap{{"prefix", "P_"}, {"base64_decode", true}}
            << "{'base64_decode':true,'prefix':'P_'}";
        QTest::newRow("aws") << "aws" << QVariantMap{{"region", "eu-west-1"}}
                             << "{'region':'eu-west-1','role_session_name':'KongVault'}";
        QTest::newRow("aws full")
            << "aws"
            << QVariantMap{{"region", "us-east-1"},
                           {"endpoint_url", "https://vpce.example.com"},
                           {"assume_role_arn", "arn:aws:iam::123456789012:role/kong"},
                           {"role_session_name", ""},
                           {"ttl", 300},
                           {"neg_ttl", "60"},
                           {"resurrect_ttl", QVariant()}}
            << "{'assume_role_arn':'arn:aws:iam::123456789012:role/kong',"
               "'endpoint_url':'https://vpce.example.com','neg_ttl':60,'region':'us-east-1',"
               "'ttl':300}";
        QTest::newRow("gcp") << "gcp"
                             << QVariantMap{{"project_id", "shop-4821"}, {"resurrect_ttl", 0}}
                             << "{'project_id':'shop-4821','resurrect_ttl':0}";
        QTest::newRow("hcv token")
            << "hcv" << QVariantMap{{"token", "s.abc"}, {"kube_role", "ignored"}}
            << "{'auth_method':'token','host':'127.0.0.1','kv':'v1','mount':'secret',"
               "'port':8200,'protocol':'http','token':'s.abc'}";
        QTest::newRow("hcv kubernetes")
            << "hcv"
            << QVariantMap{{"protocol", "https"},
                           {"host", "vault.internal"},
                           {"port", 443},
                           {"kv", "v2"},
                           {"namespace", "team-a"},
                           {"auth_method", "kubernetes"},
                           {"token", "dropped: not the selected method"},
                           {"kube_role", "kong"}}
            << "{'auth_method':'kubernetes','host':'vault.internal','kube_role':'kong',"
               "'kv':'v2','mount':'secret','namespace':'team-a','port':443,'protocol':'https'}";
        QTest::newRow("hcv approle")
            << "hcv"
            << QVariantMap{{"auth_method", "approle"},
                           {"approle_role_id", "role-1"},
                           {"approle_secret_id", "sid"},
                           {"approle_response_wrapping", true}}
            << "{'approle_response_wrapping':true,'approle_role_id':'role-1',"
               "'approle_secret_id':'sid','auth_method':'approle','host':'127.0.0.1',"
               "'kv':'v1','mount':'secret','port':8200,'protocol':'http'}";
        QTest::newRow("hcv cert") << "hcv"
                                  << QVariantMap{{"auth_method", "cert"},
                                                 {"cert_auth_cert", "CERT"},
                                                 {"cert_auth_cert_key", "KEY"},
                                                 {"mount", ""}}
                                  << "{'auth_method':'cert','cert_auth_cert':'CERT',"
                                     "'cert_auth_cert_key':'KEY','host':'127.0.0.1',"
                                     "'kv':'v1','port':8200,'protocol':'http'}";
        QTest::newRow("hcv jwt") << "hcv"
                                 << QVariantMap{{"auth_method", "jwt"},
                                                {"oauth2_client_id", "cid"},
                                                {"oauth2_client_secret", "cs"},
                                                {"jwt_role", "kong"},
                                                {"oauth2_token_endpoint", "https://idp/token"},
                                                {"oauth2_audiences", "vault"}}
                                 << "{'auth_method':'jwt','host':'127.0.0.1','jwt_role':'kong',"
                                    "'kv':'v1','mount':'secret','oauth2_audiences':'vault',"
                                    "'oauth2_client_id':'cid','oauth2_client_secret':'cs',"
                                    "'oauth2_token_endpoint':'https://idp/token','port':8200,"
                                    "'protocol':'http'}";
        QTest::newRow("azure") << "azure"
                               << QVariantMap{{"location", "westeurope"},
                                              {"vault_uri", "https://kv.vault.azure.net"},
                                              {"client_id", "c"},
                                              {"tenant_id", "t"}}
                               << "{'client_id':'c','credentials_prefix':'AZURE',"
                                  "'location':'westeurope','tenant_id':'t','type':'secrets',"
                                  "'vault_uri':'https://kv.vault.azure.net'}";
        QTest::newRow("conjur") << "conjur"
                                << QVariantMap{{"endpoint_url", "https://conjur.example.com"},
                                               {"login", "host/kong"},
                                               {"account", "acme"},
                                               {"api_key", "k3y"}}
                                << "{'account':'acme','api_key':'k3y',"
                                   "'endpoint_url':'https://conjur.example.com',"
                                   "'login':'host/kong'}";
    }

    void configJson()
    {
        QFETCH(QString, backend);
        QFETCH(QVariantMap, changes);
        QFETCH(QString, expected);
        QVariantMap values = VaultConfig::defaults(backend);
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
            values.insert(it.key(), it.value());
        QCOMPARE(fields(VaultConfig::validate(backend, values)), QStringList());
        const QJsonObject config = VaultConfig::toConfig(backend, values);
        QCOMPARE(compact(config), quoted(qPrintable(expected)));
        // Numbers are JSON numbers and booleans JSON booleans, never strings.
        for (auto it = config.constBegin(); it != config.constEnd(); ++it) {
            const auto *field = VaultBackends::find(backend).field(it.key());
            QVERIFY(field);
            if (field->type == FieldType::Integer || field->type == FieldType::Seconds)
                QVERIFY2(it.value().isDouble(), qPrintable(it.key()));
            else if (field->type == FieldType::Boolean)
                QVERIFY2(it.value().isBool(), qPrintable(it.key()));
            else
                QVERIFY2(it.value().isString(), qPrintable(it.key()));
        }
    }

    void requiredFieldsAreNamed_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QVariantMap>("changes");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("konnect") << "konnect" << QVariantMap()
                                 << QStringList{"config.config_store_id"};
        QTest::newRow("env") << "env" << QVariantMap{{"prefix", "   "}}
                             << QStringList{"config.prefix"};
        QTest::newRow("aws") << "aws" << QVariantMap() << QStringList{"config.region"};
        QTest::newRow("gcp") << "gcp" << QVariantMap() << QStringList{"config.project_id"};
        QTest::newRow("hcv token") << "hcv" << QVariantMap() << QStringList{"config.token"};
        QTest::newRow("hcv kubernetes") << "hcv" << QVariantMap{{"auth_method", "kubernetes"}}
                                        << QStringList{"config.kube_role"};
        QTest::newRow("hcv cert") << "hcv" << QVariantMap{{"auth_method", "cert"}}
                                  << QStringList{"config.cert_auth_cert",
                                                 "config.cert_auth_cert_key"};
        QTest::newRow("hcv bad port")
            << "hcv" << QVariantMap{{"token", "t"}, {"port", 70000}} << QStringList{"config.port"};
        QTest::newRow("hcv port text") << "hcv" << QVariantMap{{"token", "t"}, {"port", "eighty"}}
                                       << QStringList{"config.port"};
        QTest::newRow("azure") << "azure" << QVariantMap()
                               << QStringList{"config.location", "config.vault_uri"};
        QTest::newRow("conjur") << "conjur" << QVariantMap()
                                << QStringList{"config.endpoint_url", "config.login",
                                               "config.account", "config.api_key"};
        QTest::newRow("negative ttl")
            << "gcp" << QVariantMap{{"project_id", "p"}, {"ttl", -5}} << QStringList{"config.ttl"};
        QTest::newRow("unknown backend") << "vaultx" << QVariantMap() << QStringList{"name"};
    }

    void requiredFieldsAreNamed()
    {
        QFETCH(QString, backend);
        QFETCH(QVariantMap, changes);
        QFETCH(QStringList, expected);
        QVariantMap values = VaultConfig::defaults(backend);
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
            values.insert(it.key(), it.value());
        const auto errors = VaultConfig::validate(backend, values);
        QCOMPARE(fields(errors), expected);
        // The message a person reads names the field by its label.
        const auto *field = VaultBackends::find(backend).field(expected.constFirst().mid(7));
        if (field)
            QVERIFY(VaultConfig::describe(errors.constFirst(), backend).startsWith(field->label));
    }

    void editingKeepsSensitiveValuesWithoutShowingThem()
    {
        Vault vault;
        vault.name = QStringLiteral("hcv");
        vault.prefix = QStringLiteral("hashicorp");
        vault.config =
            json("{'protocol':'https','host':'vault.example.com','port':8200,             "
                 "'mount':'kv','kv':'v2','auth_method':'approle','approle_role_id':'r1',           "
                 "  'approle_secret_id':'super-secret','approle_response_wrapping':true,           "
                 "  'ttl':120,'future_option':'kept'}");
        const VaultConfig::FormValues form = VaultConfig::fromVault(vault);
        QCOMPARE(form.backend, QStringLiteral("hcv"));
        QCOMPARE(form.unchanged, QStringList{QStringLiteral("approle_secret_id")});
        QVERIFY(form.values.value(QStringLiteral("approle_secret_id")).toString().isEmpty());
        QCOMPARE(form.values.value(QStringLiteral("host")).toString(),
                 QStringLiteral("vault.example.com"));
        QCOMPARE(form.values.value(QStringLiteral("port")).toInt(), 8200);
        QCOMPARE(form.values.value(QStringLiteral("ttl")).toInt(), 120);
        QCOMPARE(form.values.value(QStringLiteral("approle_response_wrapping")).toBool(), true);
        QCOMPARE(form.values.value(QStringLiteral("auth_method")).toString(),
                 QStringLiteral("approle"));
        // A field the config leaves out shows its default.
        QCOMPARE(form.values.value(QStringLiteral("approle_auth_path")).toString(), QString());
        // Saved untouched: the same config, secret included.
        QCOMPARE(VaultConfig::validate(vault.name, form.values, vault.config).size(), 0);
        QCOMPARE(VaultConfig::toConfig(vault.name, form.values, vault.config), vault.config);
        // A new value replaces it.
        QVariantMap changed = form.values;
        changed.insert(QStringLiteral("approle_secret_id"), QStringLiteral("rotated"));
        QCOMPARE(VaultConfig::toConfig(vault.name, changed, vault.config)
                     .value(QStringLiteral("approle_secret_id"))
                     .toString(),
                 QStringLiteral("rotated"));
        // Without the stored config (another backend, a new vault) blank is blank.
        QVERIFY(!VaultConfig::toConfig(vault.name, form.values)
                     .contains(QStringLiteral("approle_secret_id")));
        // Switching auth method drops the old method's secret.
        changed.insert(QStringLiteral("auth_method"), QStringLiteral("token"));
        changed.insert(QStringLiteral("token"), QStringLiteral("t"));
        const QJsonObject switched = VaultConfig::toConfig(vault.name, changed, vault.config);
        QVERIFY(!switched.contains(QStringLiteral("approle_secret_id")));
        QVERIFY(!switched.contains(QStringLiteral("approle_role_id")));
        QCOMPARE(switched.value(QStringLiteral("future_option")).toString(),
                 QStringLiteral("kept"));
    }

    void requiredSensitiveFieldMayStayUnchanged()
    {
        Vault vault;
        vault.name = QStringLiteral("conjur");
        vault.config = json("{'endpoint_url':'https://c','login':'l','account':'a',                "
                            "                'api_key':'stored'}");
        const auto form = VaultConfig::fromVault(vault);
        QCOMPARE(VaultConfig::validate(vault.name, form.values, vault.config).size(), 0);
        QCOMPARE(fields(VaultConfig::validate(vault.name, form.values)),
                 QStringList{QStringLiteral("config.api_key")});
    }

    // Every backend's JSON as the sandbox (which follows the spec) accepts it,
    // and what it stores reads back into the same form values.
    void sandboxAcceptsEveryBackend()
    {
        ApiTestEnvironment env;
        QVERIFY(env.start(QStringLiteral("demo")));
        const QString cp = QString::fromLatin1(Sandbox::SeedIds::PaymentsControlPlane);
        const QMap<QString, QVariantMap> filled{
            {"konnect", {{"config_store_id", Sandbox::SeedIds::PaymentsStore}}},
            {"env", {{"prefix", "KVM_"}}},
            {"aws", {{"region", "eu-west-1"}, {"ttl", 60}}},
            {"gcp", {{"project_id", "p-1"}}},
            {"hcv", {{"token", "s.t"}, {"kv", "v2"}}},
            {"azure", {{"location", "westeurope"}, {"vault_uri", "https://kv.vault.azure.net"}}},
            {"conjur",
             {{"endpoint_url", "https://c"}, {"login", "l"}, {"account", "a"}, {"api_key", "k"}}},
        };
        for (const QString &backend : VaultBackends::names()) {
            QVariantMap values = VaultConfig::defaults(backend);
            const QVariantMap changes = filled.value(backend);
            for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
                values.insert(it.key(), it.value());
            Vault vault;
            vault.name = backend;
            vault.prefix = QStringLiteral("test-") + backend;
            vault.config = VaultConfig::toConfig(backend, values);
            Awaited<Vault> created;
            env.client.createVault(cp, vault, this, created.callback());
            AWAIT_OK(created);
            QCOMPARE(created.value().config, vault.config);
            const auto form = VaultConfig::fromVault(created.value());
            QCOMPARE(VaultConfig::toConfig(backend, form.values, created.value().config),
                     vault.config);
        }
    }
};

QTEST_GUILESS_MAIN(TestVaultBackends)
#include "tst_vaultbackends.moc"
