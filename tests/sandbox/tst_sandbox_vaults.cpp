// Vaults (a Kong core entity): operations by id and by prefix, rules, size/offset
// pagination, tags filtering.
#include "SandboxSeed.h"
#include "SandboxServer.h"
#include "SandboxTestClient.h"

#include <QtTest>

using namespace Sandbox;

namespace {
const QString Token = QStringLiteral("kpat_vaulttests0123456789");
QString cpPath(const char *cp)
{
    return QStringLiteral("/v2/control-planes/%1").arg(QLatin1String(cp));
}
QString vaultsPath(const char *cp)
{
    return cpPath(cp) + QStringLiteral("/core-entities/vaults");
}
QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}
} // namespace

class TestSandboxVaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listVaultsShape();
    void vaultLifecycle();
    void vaultByPrefix();
    void vaultInvalidBodies_data();
    void vaultInvalidBodies();
    void vaultPagination();
    void vaultTagsFilter_data();
    void vaultTagsFilter();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxVaults::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->seed(QStringLiteral("demo")));
    m_server->setToken(Token);
    QVERIFY(m_server->listen());
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl(), Token);
}

void TestSandboxVaults::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSandboxVaults::listVaultsShape()
{
    const TestReply reply = m_client->get(vaultsPath(SeedIds::PaymentsControlPlane));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("content-type").startsWith("application/json"));
    const QJsonArray data = reply.data();
    QCOMPARE(data.size(), 5);
    QVERIFY(!reply.json().contains(QStringLiteral("next")));
    QVERIFY(!reply.json().contains(QStringLiteral("offset")));
    QSet<QString> backends;
    for (const QJsonValue &value : data) {
        const QJsonObject vault = value.toObject();
        QVERIFY(vault.value(QStringLiteral("created_at")).isDouble()); // unix epoch, as Kong
        QVERIFY(vault.value(QStringLiteral("updated_at")).isDouble());
        QVERIFY(vault.value(QStringLiteral("created_at")).toInteger() > 1600000000);
        QVERIFY(vault.value(QStringLiteral("tags")).isArray());
        QVERIFY(vault.value(QStringLiteral("config")).isObject());
        QVERIFY(vault.value(QStringLiteral("description")).isString());
        QVERIFY(!QUuid::fromString(vault.value(QStringLiteral("id")).toString()).isNull());
        backends.insert(vault.value(QStringLiteral("name")).toString());
    }
    QCOMPARE(backends, QSet<QString>({QStringLiteral("konnect"), QStringLiteral("env"),
                                      QStringLiteral("aws"), QStringLiteral("hcv")}));
    QCOMPARE(TestReply::jsonPath(data.at(0), "config.config_store_id").toString(),
             QLatin1String(SeedIds::PaymentsStore));
}

void TestSandboxVaults::vaultLifecycle()
{
    const QString base = vaultsPath(SeedIds::PartnerControlPlane);
    const QJsonObject body{
        {QStringLiteral("name"), QStringLiteral("env")},
        {QStringLiteral("prefix"), QStringLiteral("partner-env")},
        {QStringLiteral("description"), QStringLiteral("Partner variables")},
        {QStringLiteral("config"),
         QJsonObject{{QStringLiteral("prefix"), QStringLiteral("PARTNER_")}}},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("partners"), QStringLiteral("env")}}};
    const TestReply created = m_client->post(base, body);
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(QStringLiteral("id")).toString();
    QVERIFY(!QUuid::fromString(id).isNull());
    QCOMPARE(created.json().value(QStringLiteral("prefix")).toString(),
             QStringLiteral("partner-env"));
    QCOMPARE(created.value("config.prefix").toString(), QStringLiteral("PARTNER_"));
    QVERIFY(created.json().value(QStringLiteral("created_at")).isDouble());

    const TestReply got = m_client->get(base + QLatin1Char('/') + id);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json(), created.json());

    // PUT by id replaces the whole entity (description and tags dropped).
    const TestReply replaced = m_client->put(
        base + QLatin1Char('/') + id, {{QStringLiteral("name"), QStringLiteral("env")},
                                       {QStringLiteral("prefix"), QStringLiteral("partner-vars")}});
    QCOMPARE(replaced.status, 200);
    QCOMPARE(replaced.json().value(QStringLiteral("id")).toString(), id);
    QCOMPARE(replaced.json().value(QStringLiteral("prefix")).toString(),
             QStringLiteral("partner-vars"));
    QVERIFY(!replaced.json().contains(QStringLiteral("description")));
    QCOMPARE(replaced.json().value(QStringLiteral("created_at")),
             created.json().value(QStringLiteral("created_at")));

    // PUT by an unknown id creates it with that id (200: the spec's only success).
    const QString newId = QStringLiteral("11111111-2222-4333-8444-555555555555");
    const TestReply upserted =
        m_client->put(base + QLatin1Char('/') + newId,
                      {{QStringLiteral("name"), QStringLiteral("aws")},
                       {QStringLiteral("prefix"), QStringLiteral("partner-aws")}});
    QCOMPARE(upserted.status, 200);
    QCOMPARE(upserted.json().value(QStringLiteral("id")).toString(), newId);

    QCOMPARE(m_client->del(base + QLatin1Char('/') + id).status, 204);
    QCOMPARE(m_client->get(base + QLatin1Char('/') + id).status, 404);
    QCOMPARE(m_client->del(base + QLatin1Char('/') + id).status, 204); // missing: still 204
    QCOMPARE(m_client->del(base + QStringLiteral("/no-such-prefix")).status, 204);
    QCOMPARE(m_client->get(base).data().size(), 3);
}

void TestSandboxVaults::vaultByPrefix()
{
    const QString base = vaultsPath(SeedIds::PaymentsControlPlane);
    const TestReply got = m_client->get(base + QStringLiteral("/aws-prod"));
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json().value(QStringLiteral("name")).toString(), QStringLiteral("aws"));
    const QString id = got.json().value(QStringLiteral("id")).toString();

    const TestReply updated =
        m_client->put(base + QStringLiteral("/aws-prod"),
                      {{QStringLiteral("name"), QStringLiteral("aws")},
                       {QStringLiteral("config"),
                        QJsonObject{{QStringLiteral("region"), QStringLiteral("eu-west-1")}}}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json().value(QStringLiteral("id")).toString(), id);
    QCOMPARE(updated.json().value(QStringLiteral("prefix")).toString(), QStringLiteral("aws-prod"));
    QCOMPARE(updated.value("config.region").toString(), QStringLiteral("eu-west-1"));

    const TestReply created =
        m_client->put(base + QStringLiteral("/gcp-payments"),
                      {{QStringLiteral("name"), QStringLiteral("gcp")},
                       {QStringLiteral("config"),
                        QJsonObject{{QStringLiteral("project_id"), QStringLiteral("p-1")}}}});
    QCOMPARE(created.status, 200);
    QCOMPARE(created.json().value(QStringLiteral("prefix")).toString(),
             QStringLiteral("gcp-payments"));
    QCOMPARE(m_client->get(base + QStringLiteral("/gcp-payments")).status, 200);

    const TestReply mismatch = m_client->put(base + QStringLiteral("/aws-prod"),
                                             {{QStringLiteral("name"), QStringLiteral("aws")},
                                              {QStringLiteral("prefix"), QStringLiteral("other")}});
    QCOMPARE(mismatch.status, 400);
    QCOMPARE(mismatch.value("details.0.field").toString(), QStringLiteral("prefix"));

    QCOMPARE(m_client->del(base + QStringLiteral("/gcp-payments")).status, 204);
    QCOMPARE(m_client->get(base + QStringLiteral("/gcp-payments")).status, 404);
}

void TestSandboxVaults::vaultInvalidBodies_data()
{
    // Core-entity errors (tests/sandbox/tst_sandbox_fidelity.cpp states the shape and
    // its sources): a schema failure is "validation error" with one ERROR_TYPE_FIELD
    // detail per field, a unique constraint "data constraint error" with an
    // ERROR_TYPE_REFERENCE detail, a body that is not JSON a message alone.
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("type");
    const QString validation = QStringLiteral("validation error");
    const QString fieldType = QStringLiteral("ERROR_TYPE_FIELD");
    QTest::newRow("missing-prefix")
        << QByteArray("{\"name\":\"env\"}") << validation << QStringLiteral("prefix") << fieldType;
    QTest::newRow("bad-prefix") << QByteArray("{\"name\":\"env\",\"prefix\":\"Bad_Prefix\"}")
                                << validation << QStringLiteral("prefix") << fieldType;
    QTest::newRow("prefix-ends-with-dash") << QByteArray("{\"name\":\"env\",\"prefix\":\"abc-\"}")
                                           << validation << QStringLiteral("prefix") << fieldType;
    QTest::newRow("prefix-starts-with-digit")
        << QByteArray("{\"name\":\"env\",\"prefix\":\"1abc\"}") << validation
        << QStringLiteral("prefix") << fieldType;
    QTest::newRow("prefix-is-backend") << QByteArray("{\"name\":\"env\",\"prefix\":\"aws\"}")
                                       << validation << QStringLiteral("prefix") << fieldType;
    QTest::newRow("duplicate-prefix")
        << QByteArray("{\"name\":\"env\",\"prefix\":\"payments\"}")
        << QStringLiteral("data constraint error") << QStringLiteral("prefix")
        << QStringLiteral("ERROR_TYPE_REFERENCE");
    QTest::newRow("missing-name") << QByteArray("{\"prefix\":\"fresh\"}") << validation
                                  << QStringLiteral("name") << fieldType;
    QTest::newRow("unknown-backend")
        << QByteArray("{\"name\":\"vaultwarden\",\"prefix\":\"fresh\"}") << validation
        << QStringLiteral("name") << fieldType;
    QTest::newRow("unknown-property")
        << QByteArray("{\"name\":\"env\",\"prefix\":\"fresh\",\"colour\":1}") << validation
        << QStringLiteral("colour") << fieldType;
    QTest::newRow("tags-not-array")
        << QByteArray("{\"name\":\"env\",\"prefix\":\"fresh\",\"tags\":\"a\"}") << validation
        << QStringLiteral("tags") << fieldType;
    QTest::newRow("konnect-without-store")
        << QByteArray("{\"name\":\"konnect\",\"prefix\":\"fresh\"}") << validation
        << QStringLiteral("config.config_store_id") << fieldType;
    QTest::newRow("konnect-unknown-store")
        << QByteArray("{\"name\":\"konnect\",\"prefix\":\"fresh\",\"config\":{\"config_store_id\":"
                      "\"00000000-0000-4000-8000-000000000000\"}}")
        << validation << QStringLiteral("config.config_store_id") << fieldType;
    QTest::newRow("not-json") << QByteArray("name=env") << QString() << QString() << QString();
}

void TestSandboxVaults::vaultInvalidBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QFETCH(QString, field);
    QFETCH(QString, type);
    const QString base = vaultsPath(SeedIds::PaymentsControlPlane);
    const TestReply reply = m_client->send("POST", base, body);
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.header("content-type").startsWith("application/json"));
    QCOMPARE(reply.value("code").toInt(), 3);
    QVERIFY(!reply.value("message").toString().isEmpty());
    if (!message.isEmpty())
        QCOMPARE(reply.value("message").toString(), message);
    QCOMPARE(reply.value("details.0.field").toString(), field);
    QCOMPARE(reply.value("details.0.type").toString(), type);
    QCOMPARE(m_client->get(base).data().size(), 5); // nothing created
    // PUT applies the same rules.
    const TestReply put =
        m_client->send("PUT", base + QStringLiteral("/22222222-3333-4444-8555-666666666666"), body);
    QCOMPARE(put.status, 400);
    QCOMPARE(put.value("code").toInt(), 3);
}

void TestSandboxVaults::vaultPagination()
{
    const QString base = vaultsPath(SeedIds::PartnerControlPlane);
    QStringList all = {QStringLiteral("azure-kv"), QStringLiteral("conjur-partners")};
    for (int i = 0; i < 103; ++i) {
        const QString prefix = QStringLiteral("bulk-%1").arg(i, 3, 10, QLatin1Char('0'));
        const TestReply reply = m_client->post(
            base, {{QStringLiteral("name"), QStringLiteral("env")},
                   {QStringLiteral("prefix"), prefix},
                   {QStringLiteral("tags"),
                    QJsonArray{i % 2 ? QStringLiteral("odd") : QStringLiteral("even")}}});
        QCOMPARE(reply.status, 201);
        all.append(prefix);
    }
    const auto walk = [this, &base](const QString &query, int expectedPage, QList<int> *sizes) {
        QStringList prefixes;
        QString offset;
        for (int guard = 0; guard < 200; ++guard) {
            QString path = base + QLatin1Char('?') + query;
            if (!offset.isEmpty())
                path += QStringLiteral("&offset=") + offset;
            const TestReply reply = m_client->get(path);
            const QJsonArray data = reply.data();
            sizes->append(data.size());
            for (const QJsonValue &vault : data)
                prefixes.append(vault.toObject().value(QStringLiteral("prefix")).toString());
            if (!reply.json().contains(QStringLiteral("offset"))) {
                if (reply.json().contains(QStringLiteral("next")))
                    return QStringList{QStringLiteral("next without offset")};
                return prefixes;
            }
            if (data.size() != expectedPage)
                return QStringList{QStringLiteral("short page")};
            offset = reply.json().value(QStringLiteral("offset")).toString();
            const QString next = reply.json().value(QStringLiteral("next")).toString();
            if (!next.startsWith(base + QStringLiteral("?offset=") + offset))
                return QStringList{QStringLiteral("bad next ") + next};
        }
        return QStringList{QStringLiteral("no end")};
    };
    QList<int> sizes;
    QCOMPARE(walk(QString(), 100, &sizes), all); // default size 100
    QCOMPARE(sizes, QList<int>({100, 5}));
    sizes.clear();
    QCOMPARE(walk(QStringLiteral("size=25"), 25, &sizes), all);
    QCOMPARE(sizes, QList<int>({25, 25, 25, 25, 5}));
    sizes.clear();
    QCOMPARE(walk(QStringLiteral("size=1000"), 1000, &sizes), all); // the maximum
    QCOMPARE(sizes, QList<int>({105}));
    sizes.clear();
    QCOMPARE(walk(QStringLiteral("size=100000"), 1000, &sizes), all); // clamped to 1000
    sizes.clear();
    const QStringList odd = walk(QStringLiteral("size=20&tags=odd"), 20, &sizes);
    QCOMPARE(odd.size(), 51);
    QCOMPARE(sizes, QList<int>({20, 20, 11}));
    QCOMPARE(m_client->get(base + QStringLiteral("?offset=bm90LWFuLWlk")).status, 400);
    QCOMPARE(m_client->get(base + QStringLiteral("?size=0")).status, 400);
}

void TestSandboxVaults::vaultTagsFilter_data()
{
    QTest::addColumn<QString>("tags");
    QTest::addColumn<QStringList>("prefixes");
    QTest::newRow("one") << QStringLiteral("production")
                         << QStringList{QStringLiteral("payments"), QStringLiteral("env-vars"),
                                        QStringLiteral("aws-prod"), QStringLiteral("hashicorp")};
    QTest::newRow("and") << QStringLiteral("payments,legacy")
                         << QStringList{QStringLiteral("payments-legacy")};
    QTest::newRow("or") << QStringLiteral("legacy/aws")
                        << QStringList{QStringLiteral("payments-legacy"),
                                       QStringLiteral("aws-prod")};
    QTest::newRow("none") << QStringLiteral("staging") << QStringList{};
}

void TestSandboxVaults::vaultTagsFilter()
{
    QFETCH(QString, tags);
    QFETCH(QStringList, prefixes);
    const TestReply reply = m_client->get(vaultsPath(SeedIds::PaymentsControlPlane) +
                                          QStringLiteral("?tags=") + encoded(tags));
    QCOMPARE(reply.status, 200);
    QStringList got;
    const QJsonArray data = reply.data();
    for (const QJsonValue &vault : data)
        got.append(vault.toObject().value(QStringLiteral("prefix")).toString());
    QCOMPARE(got, prefixes);
    QCOMPARE(
        m_client->get(vaultsPath(SeedIds::PaymentsControlPlane) + QStringLiteral("?tags=a,b/c"))
            .status,
        400);
}

QTEST_GUILESS_MAIN(TestSandboxVaults)
#include "tst_sandbox_vaults.moc"
