// Entities, problem+json, validation, endpoints and Retry-After: the parts of
// the API client that need no server.
#include "ApiCall.h"
#include "ApiError.h"
#include "Entities.h"
#include "KonnectEndpoint.h"
#include "Validation.h"
#include "apimodel_fixtures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestApiModel : public QObject
{
    Q_OBJECT

private slots:
    void controlPlaneFromSpecExample()
    {
        ControlPlane cp;
        QString error;
        const QJsonObject json = object(ControlPlaneSpecExample);
        QVERIFY2(ControlPlane::fromJson(json, &cp, &error), qPrintable(error));
        QCOMPARE(cp.name, QStringLiteral("Test Control Plane"));
        QCOMPARE(cp.labels.value(QStringLiteral("env")), QStringLiteral("test"));
        QCOMPARE(cp.clusterType, QStringLiteral("CLUSTER_TYPE_CONTROL_PLANE"));
        QCOMPARE(cp.createdAt, QDateTime(QDate(2022, 11, 4), QTime(20, 10, 6, 927), Qt::UTC));
    }

    void wrongTypesAreClearErrors_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("name number") << R"({"id":"x","name":5})"
                                     << "ControlPlane.name: expected a string, got a number";
        QTest::newRow("missing id") << R"({"name":"x"})"
                                    << "ControlPlane.id: is required but missing";
        QTest::newRow("labels array") << R"({"id":"x","name":"n","labels":[1]})"
                                      << "ControlPlane.labels: expected an object, got an array";
        QTest::newRow("bad date") << R"({"id":"x","name":"n","created_at":"yesterday"})"
                                  << "ControlPlane.created_at: expected an ISO 8601 date-time";
        QTest::newRow("config type")
            << R"({"id":"x","name":"n","config":{"cloud_gateway":"no"}})"
            << "ControlPlane.config.cloud_gateway: expected a boolean, got a string";
    }

    void wrongTypesAreClearErrors()
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        ControlPlane cp;
        QString error;
        QVERIFY(
            !ControlPlane::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), &cp, &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void nullableFieldsAccepted()
    {
        Vault vault;
        QString error;
        const QJsonObject json = object(VaultWithNulls);
        QVERIFY2(Vault::fromJson(json, &vault, &error), qPrintable(error));
        QCOMPARE(vault.prefix, QStringLiteral("my-env"));
        QVERIFY(vault.tags.isEmpty());
        QCOMPARE(vault.updatedAt, 1700000000);
        const QJsonObject fractional = object(R"({"name":"env","prefix":"p","created_at":1.5})");
        QVERIFY(!Vault::fromJson(fractional, &vault, &error));
        QVERIFY(error.contains(QStringLiteral("created_at")));
    }

    void vaultTypedConfigAndBody()
    {
        Vault vault;
        vault.name = QStringLiteral("konnect");
        vault.prefix = QStringLiteral("store");
        vault.config = object(R"({"config_store_id": "abc", "base64_decode": true})");
        QCOMPARE(vault.configStoreId(), QStringLiteral("abc"));
        QVERIFY(vault.configBool(QStringLiteral("base64_decode")));
        vault.id = QStringLiteral("server-side");
        vault.createdAt = 5;
        const QJsonObject body = vault.toJson();
        QVERIFY(!body.contains(QStringLiteral("id")));
        QVERIFY(!body.contains(QStringLiteral("created_at")));
        QCOMPARE(body.value(QStringLiteral("prefix")).toString(), QStringLiteral("store"));
    }

    void secretValueIsNeverRead()
    {
        ConfigStoreSecret secret;
        QString error;
        const QJsonObject json = object(R"({"key":"k","value":"leaked"})");
        QVERIFY(ConfigStoreSecret::fromJson(json, &secret, &error));
        QCOMPARE(secret.key, QStringLiteral("k"));
    }

    void problemJson()
    {
        const QByteArray body =
            R"({"status":400,"title":"Invalid Request","instance":"kong:trace:1",
            "detail":"Invalid Parameters","invalid_parameters":[{"field":"name","rule":"max_length",
            "maximum":100,"reason":"must not have more than 100 characters","source":"body"}]})";
        const ApiError error = ApiError::http(400, body, "application/problem+json");
        QCOMPARE(error.httpStatus(), 400);
        QCOMPARE(error.title(), QStringLiteral("Invalid Request"));
        QCOMPARE(error.instance(), QStringLiteral("kong:trace:1"));
        QCOMPARE(error.invalidParameters().size(), 1);
        QCOMPARE(error.invalidParameters().constFirst().rule, QStringLiteral("max_length"));
        QVERIFY(error.message().contains(QStringLiteral("must not have more than 100")));
        QVERIFY(error.fullDescription().contains(QStringLiteral("kong:trace:1")));
    }

    // Core-entity errors (vaults): Kong's Admin API shape, as Konnect sends it
    // (Kong/gateway-operator controller/konnect/ops/ops_errors.go, ParseSDKErrorBody,
    // ErrorIsSDKErrorTypeField, ErrorIsSDKError403; tests/sandbox/tst_sandbox_fidelity.cpp).
    void coreEntityErrors()
    {
        const ApiError unique =
            ApiError::http(400, R"({"code": 3, "message": "data constraint error",
            "details": [{"@type": "type.googleapis.com/kong.admin.model.v1.ErrorDetail",
            "type": "ERROR_TYPE_REFERENCE", "field": "prefix",
            "messages": ["prefix (type: unique) constraint failed"]}]})",
                           "application/json");
        QCOMPARE(unique.coreEntityCode(), 3);
        QCOMPARE(
            unique.invalidParameters(),
            (QList<InvalidParameter>{{QStringLiteral("prefix"), QStringLiteral("unique"),
                                      QStringLiteral("prefix (type: unique) constraint failed")}}));
        QCOMPARE(unique.message(), QStringLiteral("Konnect rejected the request: prefix (type: "
                                                  "unique) constraint failed."));
        QVERIFY(!unique.isReadOnlyControlPlane());

        // Each field's messages joined; a detail without a field is about the request.
        const ApiError fields = ApiError::http(400, R"({"code": 3, "message": "validation error",
            "details": [{"type": "ERROR_TYPE_FIELD", "field": "config.config_store_id",
            "messages": ["required field missing", "must be a UUID"]},
            {"type": "ERROR_TYPE_ENTITY", "messages": ["at least one of these fields must be non-empty"]}]})",
                                               "application/json");
        QCOMPARE(fields.invalidParameters().size(), 1);
        QCOMPARE(fields.invalidParameters().constFirst().field,
                 QStringLiteral("config.config_store_id"));
        QCOMPARE(fields.invalidParameters().constFirst().rule, QStringLiteral("ERROR_TYPE_FIELD"));
        QCOMPARE(fields.invalidParameters().constFirst().reason,
                 QStringLiteral("required field missing; must be a UUID"));
        QCOMPARE(fields.detail(), QStringLiteral("at least one of these fields must be non-empty"));

        // No details at all: the message is what there is to say.
        const ApiError bare =
            ApiError::http(400, R"({"code": 3, "message": "unexpected EOF"})", "application/json");
        QVERIFY(bare.invalidParameters().isEmpty());
        QCOMPARE(bare.message(), QStringLiteral("Konnect rejected the request: unexpected EOF"));

        const ApiError kic = ApiError::http(403, R"({"code": 7, "message": "usage constraint error",
            "details": [{"@type": "type.googleapis.com/kong.admin.model.v1.ErrorDetail",
            "messages": ["operation not permitted on KIC cluster"]}]})",
                                            "application/json");
        QVERIFY(kic.isReadOnlyControlPlane());
        QVERIFY(kic.message().contains(QStringLiteral("operation not permitted on KIC cluster")));
        QVERIFY(kic.message().contains(QStringLiteral("Kong Ingress Controller")));
        QVERIFY(!kic.message().contains(QStringLiteral("organization admin")));
        // A 403 of Konnect's own APIs still asks for a role.
        QVERIFY(
            ApiError::http(403, R"({"status":403,"title":"Forbidden"})", "application/problem+json")
                .message()
                .contains(QStringLiteral("organization admin")));
    }

    void actionableMessages()
    {
        QCOMPARE(ApiError::http(401, {}, {}).message(),
                 QStringLiteral("The token was rejected: it may be expired or revoked. Sign in "
                                "again with a valid token."));
        QVERIFY(
            ApiError::http(503, "<html>", "text/html").message().contains(QStringLiteral("503")));
        QVERIFY(ApiError::network(QNetworkReply::HostNotFoundError, {})
                    .message()
                    .startsWith(QStringLiteral("Cannot reach the host")));
    }

    void validation()
    {
        QVERIFY(Validation::configStoreName(QStringLiteral("ok")).isEmpty());
        QCOMPARE(Validation::configStoreName(QString()).constFirst().rule,
                 QStringLiteral("min_length"));
        QCOMPARE(Validation::configStoreName(QString(101, QLatin1Char('a'))).constFirst().rule,
                 QStringLiteral("max_length"));
        // 100 emoji are 200 UTF-16 units but 100 characters for the spec.
        QString emoji;
        for (int i = 0; i < 100; ++i)
            emoji += QStringLiteral("😀");
        QVERIFY(Validation::configStoreName(emoji).isEmpty());
        QVERIFY(Validation::secretKey(QString(512, QLatin1Char('k'))).isEmpty());
        QVERIFY(!Validation::secretKey(QString(513, QLatin1Char('k'))).isEmpty());
        QVERIFY(Validation::secretValue(QString(5120, QLatin1Char('v'))).isEmpty());
        QVERIFY(!Validation::secretValue(QString(5121, QLatin1Char('v'))).isEmpty());
        for (const char *bad : {"", "a", "1abc", "abc-", "ab_c", "Abc", "env", "konnect"})
            QVERIFY2(!Validation::vaultPrefix(QString::fromLatin1(bad)).isEmpty(), bad);
        for (const char *good : {"ab", "my-vault", "aws-prod-2"})
            QVERIFY2(Validation::vaultPrefix(QString::fromLatin1(good)).isEmpty(), good);
        Vault vault;
        QCOMPARE(Validation::vault(vault).size(), 2);
    }

    void endpoints()
    {
        const auto eu = KonnectEndpoint::forRegion(QStringLiteral("eu"));
        QCOMPARE(eu.controlPlanesBase(), QUrl(QStringLiteral("https://eu.api.konghq.com/v2")));
        QCOMPARE(eu.configBase(), eu.controlPlanesBase());
        QCOMPARE(eu.identityBase(), QUrl(QStringLiteral("https://global.api.konghq.com/v3")));
        QVERIFY(!KonnectEndpoint::forRegion(QStringLiteral("mars")).isValid());

        QString error;
        QVERIFY(
            KonnectEndpoint::forCustomUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/v2")), &error)
                .identityBase() == QUrl(QStringLiteral("http://127.0.0.1:8080/v3")));
        QVERIFY(KonnectEndpoint::forCustomUrl(QUrl(QStringLiteral("http://[::1]:1")), &error)
                    .isValid());
        QVERIFY(KonnectEndpoint::forCustomUrl(QUrl(QStringLiteral("http://localhost")), &error)
                    .isValid());
        QVERIFY(KonnectEndpoint::forCustomUrl(QUrl(QStringLiteral("https://konnect.example.com")),
                                              &error)
                    .isValid());
        QVERIFY(!KonnectEndpoint::forCustomUrl(QUrl(QStringLiteral("http://konnect.example.com")),
                                               &error)
                     .isValid());
        QVERIFY2(error.contains(QStringLiteral("https://konnect.example.com")), qPrintable(error));
        QVERIFY(
            !KonnectEndpoint::forCustomUrl(QUrl(QStringLiteral("http://127.0.0.1.nip.io")), &error)
                 .isValid());
        QVERIFY(!KonnectEndpoint::forCustomUrl(QUrl(QStringLiteral("ftp://127.0.0.1")), &error)
                     .isValid());
    }

    void retryAfter()
    {
        const QDateTime now(QDate(2026, 11, 25), QTime(12, 0, 0), Qt::UTC);
        QCOMPARE(ApiCall::parseRetryAfter("3", now), 3000);
        QCOMPARE(ApiCall::parseRetryAfter(" 0 ", now), 0);
        QCOMPARE(ApiCall::parseRetryAfter("Wed, 25 Nov 2026 12:00:02 GMT", now), 2000);
        QCOMPARE(ApiCall::parseRetryAfter("Wed, 25 Nov 2026 11:00:00 GMT", now), 0);
        QCOMPARE(ApiCall::parseRetryAfter("", now), -1);
        QCOMPARE(ApiCall::parseRetryAfter("soon", now), -1);
        QCOMPARE(ApiCall::parseRetryAfter("-4", now), -1);
    }

    void backoffGrowsWithJitterAndCap()
    {
        RetryPolicy policy;
        for (int attempt = 1; attempt <= 8; ++attempt) {
            const int full = std::min(500 << (attempt - 1), 30000);
            for (int i = 0; i < 50; ++i) {
                const int delay = ApiCall::backoffDelay(policy, attempt);
                QVERIFY(delay >= full / 2);
                QVERIFY(delay <= full);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestApiModel)
#include "tst_apimodel.moc"
