// The sandbox answers as Konnect does, where Konnect differs from what a client would
// guess. Each rule names its source: the official specs (../shared/konnect-api/) or
// Kong's own code that talks to Konnect (Kong/gateway-operator, whose tests mock
// Konnect's real answers).
#include "SandboxSeed.h"
#include "SandboxServer.h"
#include "SandboxTestClient.h"

#include <QtTest>

using namespace Sandbox;

namespace {
const QString Token = QStringLiteral("kpat_fidelitytests0123456789");
const QString ErrorDetailType =
    QStringLiteral("type.googleapis.com/kong.admin.model.v1.ErrorDetail");

QString vaultsPath(const char *cp)
{
    return QStringLiteral("/v2/control-planes/%1/core-entities/vaults").arg(QLatin1String(cp));
}
QString storesPath(const char *cp)
{
    return QStringLiteral("/v2/control-planes/%1/config-stores").arg(QLatin1String(cp));
}
QJsonObject envVault(const QString &prefix)
{
    return {{QStringLiteral("name"), QStringLiteral("env")}, {QStringLiteral("prefix"), prefix}};
}
} // namespace

class TestSandboxFidelity : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void duplicatePrefixIsADataConstraintError();
    void schemaFailureNamesEachField();
    void ingressControllerVaultsAreReadOnly();
    void deleteVaultAnswers204ForAnAbsentVault();
    void deleteSecretAnswers404ForAnAbsentKey();
    void configStoreNeedsNoName();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxFidelity::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->seed(QStringLiteral("demo")));
    m_server->setToken(Token);
    QVERIFY(m_server->listen());
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl(), Token);
}

void TestSandboxFidelity::cleanup()
{
    m_client.reset();
    m_server.reset();
}

// Rule: the endpoints Konnect shares with Kong's Admin API (/core-entities/, vaults
// included) answer a unique violation with 400 {"code": 3, "message": "data constraint
// error", "details": [{"@type": ...ErrorDetail, "type": "ERROR_TYPE_REFERENCE", "field":
// ..., "messages": ["<field> (type: unique) constraint failed"]}]}, not problem+json and
// not 409. Sources: Kong/gateway-operator controller/konnect/ops/ops_errors.go
// (ParseSDKErrorBody, ErrorIsCreateConflict: "APIs that are shared with Kong Admin API
// return 400 for conflicts"), test/envtest/konnect_entities_kongconsumergroup_test.go.
void TestSandboxFidelity::duplicatePrefixIsADataConstraintError()
{
    const TestReply reply = m_client->post(vaultsPath(SeedIds::PaymentsControlPlane),
                                           envVault(QStringLiteral("payments")));
    QCOMPARE(reply.status, 400);
    QVERIFY(!reply.header("content-type").contains("problem"));
    QCOMPARE(reply.value("code").toInt(), 3);
    QCOMPARE(reply.value("message").toString(), QStringLiteral("data constraint error"));
    QCOMPARE(reply.value("details").toArray().size(), 1);
    QCOMPARE(reply.value("details.0.@type").toString(), ErrorDetailType);
    QCOMPARE(reply.value("details.0.type").toString(), QStringLiteral("ERROR_TYPE_REFERENCE"));
    QCOMPARE(reply.value("details.0.field").toString(), QStringLiteral("prefix"));
    QCOMPARE(reply.value("details.0.messages.0").toString(),
             QStringLiteral("prefix (type: unique) constraint failed"));
    QVERIFY(reply.value("invalid_parameters").isUndefined());
}

// Rule: a schema failure is {"code": 3, "message": "validation error", "details": [one
// ERROR_TYPE_FIELD entry per field, "field" a dotted path such as
// "config.config_store_id"]}. Source: Kong/gateway-operator
// controller/konnect/ops/ops_errors.go (ErrorIsSDKErrorTypeField and its example body).
void TestSandboxFidelity::schemaFailureNamesEachField()
{
    const TestReply reply = m_client->post(
        vaultsPath(SeedIds::PaymentsControlPlane),
        {{QStringLiteral("name"), QStringLiteral("konnect")},
         {QStringLiteral("prefix"), QStringLiteral("Bad_Prefix")},
         {QStringLiteral("config"), QJsonObject{{QStringLiteral("config_store_id"), 42}}}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.value("code").toInt(), 3);
    QVERIFY(reply.value("message").toString().startsWith(QStringLiteral("validation error")));
    QStringList fields;
    const QJsonArray details = reply.value("details").toArray();
    for (const QJsonValue &detail : details) {
        QCOMPARE(detail[QStringLiteral("type")].toString(), QStringLiteral("ERROR_TYPE_FIELD"));
        QCOMPARE(detail[QStringLiteral("@type")].toString(), ErrorDetailType);
        QVERIFY(!detail[QStringLiteral("messages")].toArray().isEmpty());
        fields.append(detail[QStringLiteral("field")].toString());
    }
    fields.sort();
    QCOMPARE(fields,
             (QStringList{QStringLiteral("config.config_store_id"), QStringLiteral("prefix")}));
}

// Rule: a core-entity write on a Kong Ingress Controller's control plane
// (CLUSTER_TYPE_K8S_INGRESS_CONTROLLER) is refused with 403 {"code": 7, "message":
// "usage constraint error", "details": [{"@type": ...ErrorDetail, "messages":
// ["operation not permitted on KIC cluster"]}]}; reads work. Source: Kong/gateway-operator
// controller/konnect/ops/ops_errors.go (ErrorIsSDKError403 and its example body).
void TestSandboxFidelity::ingressControllerVaultsAreReadOnly()
{
    const QString base = vaultsPath(SeedIds::StorefrontControlPlane);
    const TestReply listed = m_client->get(base);
    QCOMPARE(listed.status, 200);
    QVERIFY(!listed.data().isEmpty());
    const QString prefix = listed.value("data.0.prefix").toString();

    const QList<TestReply> writes = {
        m_client->post(base, envVault(QStringLiteral("fresh"))),
        m_client->put(base + QLatin1Char('/') + prefix, envVault(prefix)),
        m_client->del(base + QLatin1Char('/') + prefix),
    };
    for (const TestReply &reply : writes) {
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.value("code").toInt(), 7);
        QCOMPARE(reply.value("message").toString(), QStringLiteral("usage constraint error"));
        QCOMPARE(reply.value("details.0.@type").toString(), ErrorDetailType);
        QCOMPARE(reply.value("details.0.messages.0").toString(),
                 QStringLiteral("operation not permitted on KIC cluster"));
        QVERIFY(reply.value("details.0.field").isUndefined());
    }
    QCOMPARE(m_client->get(base).data(), listed.data()); // nothing changed
    QCOMPARE(m_client->get(base + QLatin1Char('/') + prefix).status, 200);
}

// Rule: delete-vault answers 204 "Successfully deleted Vault or the resource didn't
// exist" (control-planes-config-v2.yaml, delete-vault, responses 204).
void TestSandboxFidelity::deleteVaultAnswers204ForAnAbsentVault()
{
    const QString base = vaultsPath(SeedIds::PaymentsControlPlane);
    QCOMPARE(m_client->del(base + QStringLiteral("/never-existed")).status, 204);
}

// Rule: delete-config-store-secret declares 404 ConfigStoreSecretNotFound and no
// 204-for-absent (control-planes-config-v2.yaml, delete-config-store-secret), so the
// client cannot read a 404 as "deleted".
void TestSandboxFidelity::deleteSecretAnswers404ForAnAbsentKey()
{
    const QString path = storesPath(SeedIds::PaymentsControlPlane) + QLatin1Char('/') +
                         QLatin1String(SeedIds::PaymentsStore) + QStringLiteral("/secrets/absent");
    const TestReply reply = m_client->del(path);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.header("content-type"), QByteArray("application/problem+json"));
}

// Rule: CreateConfigStore has no required member (control-planes-config-v2.yaml,
// components.schemas.CreateConfigStore: only an optional name of 1 to 100 characters),
// so a store created from an empty body exists and is listed with an empty name.
void TestSandboxFidelity::configStoreNeedsNoName()
{
    const QString base = storesPath(SeedIds::PartnerControlPlane);
    const TestReply created = m_client->post(base, QJsonObject());
    QCOMPARE(created.status, 201);
    const QString id = created.value("id").toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(created.value("name").toString(), QString());

    bool listed = false;
    const QJsonArray stores = m_client->get(base).data();
    for (const QJsonValue &store : stores)
        listed = listed || store[QStringLiteral("id")].toString() == id;
    QVERIFY(listed);
    // A name that is sent still follows the schema.
    QCOMPARE(m_client->post(base, {{QStringLiteral("name"), QString()}}).status, 400);
}

QTEST_GUILESS_MAIN(TestSandboxFidelity)
#include "tst_sandbox_fidelity.moc"
