// Config stores, their secrets and vaults: operations, Konnect's rules, pagination.
#include "SandboxSeed.h"
#include "SandboxServer.h"
#include "SandboxTestClient.h"

#include <QtTest>

using namespace Sandbox;

namespace {
const QString Token = QStringLiteral("kpat_configtests0123456789");
QString cpPath(const char *cp)
{
    return QStringLiteral("/v2/control-planes/%1").arg(QLatin1String(cp));
}
QString storesPath(const char *cp)
{
    return cpPath(cp) + QStringLiteral("/config-stores");
}
QString secretsPath(const char *cp, const char *store)
{
    return storesPath(cp) + QLatin1Char('/') + QLatin1String(store) + QStringLiteral("/secrets");
}
QString vaultsPath(const char *cp)
{
    return cpPath(cp) + QStringLiteral("/core-entities/vaults");
}
QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}
QJsonObject secretBody(const QString &key, const QString &value)
{
    return {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}};
}
} // namespace

class TestSandboxConfig : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listConfigStoresShape();
    void configStoreLifecycle();
    void configStoreNotFound();
    void configStoreInvalidBodies_data();
    void configStoreInvalidBodies();
    void deleteStoreWithSecretsNeedsForce();
    void configStoreCursorWalk();
    void secretLifecycleNeverReturnsValues();
    void secretInvalidBodies_data();
    void secretInvalidBodies();
    void secretKeysArePercentDecoded();
    void secretCursorWalk_data();
    void secretCursorWalk();
    void secretPageSizeLimits();
    void scaleSeedHoldsEverySecret();
    void seedRejectsUnknownSpecs();

private:
    QStringList walkSecrets(const QString &firstPath, int expectedPageSize);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxConfig::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->seed(QStringLiteral("demo")));
    m_server->setToken(Token);
    QVERIFY(m_server->listen());
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl(), Token);
}

void TestSandboxConfig::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSandboxConfig::listConfigStoresShape()
{
    const TestReply reply = m_client->get(storesPath(SeedIds::PaymentsControlPlane));
    QCOMPARE(reply.status, 200);
    const QJsonArray data = reply.data();
    QCOMPARE(data.size(), 2);
    QCOMPARE(data.at(0).toObject().value(QStringLiteral("id")).toString(),
             QLatin1String(SeedIds::PaymentsStore));
    for (const QJsonValue &value : data) {
        const QJsonObject store = value.toObject();
        QCOMPARE(store.keys(), QStringList({QStringLiteral("created_at"), QStringLiteral("id"),
                                            QStringLiteral("name"), QStringLiteral("updated_at")}));
        QVERIFY(isIsoDateTime(store.value(QStringLiteral("created_at"))));
    }
    QCOMPARE(reply.value("meta.page.size").toInt(), 10);
    QVERIFY(reply.value("meta.page.next").isNull());
    QVERIFY(reply.value("meta.page.previous").isNull());
    QVERIFY(reply.json()
                .value(QStringLiteral("meta"))
                .toObject()
                .value(QStringLiteral("page"))
                .toObject()
                .contains(QStringLiteral("next")));
}

void TestSandboxConfig::configStoreLifecycle()
{
    const QString base = storesPath(SeedIds::PartnerControlPlane);
    const TestReply created =
        m_client->post(base, {{QStringLiteral("name"), QStringLiteral("partner-secrets")}});
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(QStringLiteral("id")).toString();
    QVERIFY(!QUuid::fromString(id).isNull());
    QCOMPARE(created.json().value(QStringLiteral("name")).toString(),
             QStringLiteral("partner-secrets"));
    QVERIFY(isIsoDateTime(created.json().value(QStringLiteral("created_at"))));
    QCOMPARE(m_server->configStoreIds(QLatin1String(SeedIds::PartnerControlPlane)),
             QStringList{id});

    const TestReply got = m_client->get(base + QLatin1Char('/') + id);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json(), created.json());

    const TestReply renamed = m_client->put(base + QLatin1Char('/') + id,
                                            {{QStringLiteral("name"), QStringLiteral("renamed")}});
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.json().value(QStringLiteral("name")).toString(), QStringLiteral("renamed"));
    QCOMPARE(renamed.json().value(QStringLiteral("created_at")),
             created.json().value(QStringLiteral("created_at")));

    const TestReply deleted = m_client->del(base + QLatin1Char('/') + id);
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    QCOMPARE(m_client->get(base + QLatin1Char('/') + id).status, 404);
    QVERIFY(m_server->configStoreIds(QLatin1String(SeedIds::PartnerControlPlane)).isEmpty());
}

void TestSandboxConfig::configStoreNotFound()
{
    const QString unknown = QStringLiteral("/00000000-0000-4000-8000-000000000000");
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("DELETE")}) {
        const TestReply reply =
            m_client->send(method, storesPath(SeedIds::PaymentsControlPlane) + unknown);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.header("content-type"), QByteArray("application/problem+json"));
        QCOMPARE(reply.json().value(QStringLiteral("status")).toInt(), 404);
    }
    QCOMPARE(m_client
                 ->get(QStringLiteral(
                     "/v2/control-planes/00000000-0000-4000-8000-000000000000/config-stores"))
                 .status,
             404);
    QCOMPARE(
        m_client->get(secretsPath(SeedIds::PaymentsControlPlane, SeedIds::StorefrontStore)).status,
        404);
    QCOMPARE(m_client
                 ->get(secretsPath(SeedIds::PaymentsControlPlane, SeedIds::PaymentsStore) +
                       QStringLiteral("/no-such-key"))
                 .status,
             404);
    QCOMPARE(m_client
                 ->del(secretsPath(SeedIds::PaymentsControlPlane, SeedIds::PaymentsStore) +
                       QStringLiteral("/no-such-key"))
                 .status,
             404);
}

void TestSandboxConfig::configStoreInvalidBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("rule");
    QTest::newRow("too-long") << QByteArray("{\"name\":\"" + QByteArray(101, 'n') + "\"}")
                              << QStringLiteral("name") << QStringLiteral("max_length");
    QTest::newRow("empty") << QByteArray("{\"name\":\"\"}") << QStringLiteral("name")
                           << QStringLiteral("min_length");
    // No name at all is a store without one (tst_sandbox_fidelity.cpp).
    QTest::newRow("wrong-type") << QByteArray("{\"name\":42}") << QStringLiteral("name")
                                << QStringLiteral("is_string");
    QTest::newRow("unknown") << QByteArray("{\"name\":\"a\",\"colour\":\"red\"}")
                             << QStringLiteral("colour") << QStringLiteral("unknown_property");
    QTest::newRow("not-json") << QByteArray("{name: a") << QStringLiteral("body") << QString();
    QTest::newRow("not-object") << QByteArray("[1,2]") << QStringLiteral("body") << QString();
}

void TestSandboxConfig::configStoreInvalidBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, rule);
    const TestReply reply = m_client->send("POST", storesPath(SeedIds::PartnerControlPlane), body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.header("content-type"), QByteArray("application/problem+json"));
    QCOMPARE(reply.value("status").toInt(), 400);
    QVERIFY(reply.value("instance").isString());
    QVERIFY(reply.value("detail").isString());
    QCOMPARE(reply.value("invalid_parameters.0.field").toString(), field);
    QCOMPARE(reply.value("invalid_parameters.0.rule").toString(), rule);
    QVERIFY(reply.value("invalid_parameters.0.reason").isString());
    if (rule == QLatin1String("max_length"))
        QCOMPARE(reply.value("invalid_parameters.0.maximum").toInt(), 100);
    QVERIFY(m_server->configStoreIds(QLatin1String(SeedIds::PartnerControlPlane)).isEmpty());
    // Exactly 100 characters (here non-ASCII) is fine.
    const QString longest(100, QChar(0x00e9));
    QCOMPARE(
        m_client
            ->post(storesPath(SeedIds::PartnerControlPlane), {{QStringLiteral("name"), longest}})
            .status,
        201);
}

void TestSandboxConfig::deleteStoreWithSecretsNeedsForce()
{
    const QString store = storesPath(SeedIds::PaymentsControlPlane) + QLatin1Char('/') +
                          QLatin1String(SeedIds::PaymentsLegacyStore);
    const TestReply refused = m_client->del(store);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.header("content-type"), QByteArray("application/problem+json"));
    QCOMPARE(refused.value("invalid_parameters.0.field").toString(), QStringLiteral("force"));
    QCOMPARE(refused.value("invalid_parameters.0.source").toString(), QStringLiteral("query"));
    QVERIFY(refused.value("invalid_parameters.0.reason")
                .toString()
                .contains(QLatin1String("5 secrets")));
    QCOMPARE(m_client->del(store + QStringLiteral("?force=false")).status, 400);
    QCOMPARE(m_client->del(store + QStringLiteral("?force=maybe")).status, 400);
    QVERIFY(m_server
                ->secretValue(QLatin1String(SeedIds::PaymentsControlPlane),
                              QLatin1String(SeedIds::PaymentsLegacyStore),
                              QStringLiteral("old-hsm-pin"))
                .has_value());

    QCOMPARE(m_client->del(store + QStringLiteral("?force=true")).status, 204);
    QCOMPARE(m_client->get(store).status, 404);
    QVERIFY(!m_server
                 ->secretValue(QLatin1String(SeedIds::PaymentsControlPlane),
                               QLatin1String(SeedIds::PaymentsLegacyStore),
                               QStringLiteral("old-hsm-pin"))
                 .has_value());
}

void TestSandboxConfig::configStoreCursorWalk()
{
    const QString base = storesPath(SeedIds::PartnerControlPlane);
    QStringList created;
    for (int i = 0; i < 23; ++i) {
        const TestReply reply =
            m_client->post(base, {{QStringLiteral("name"), QStringLiteral("store-%1").arg(i)}});
        QCOMPARE(reply.status, 201);
        created.append(reply.json().value(QStringLiteral("id")).toString());
    }
    static const QRegularExpression nextShape(
        QStringLiteral("^/config-stores\\?page\\[after\\]=([A-Za-z0-9_-]+)$"));
    QStringList seen;
    QList<int> pageSizes;
    QString path = base;
    for (int guard = 0; guard < 10; ++guard) {
        const TestReply reply = m_client->get(path);
        QCOMPARE(reply.status, 200);
        const QJsonArray data = reply.data();
        pageSizes.append(data.size());
        for (const QJsonValue &store : data)
            seen.append(store.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(reply.value("meta.page.size").toInt(), 10);
        QCOMPARE(reply.value("meta.page.previous").isNull(), guard == 0);
        const QJsonValue next = reply.value("meta.page.next");
        if (next.isNull())
            break;
        const auto match = nextShape.match(next.toString());
        QVERIFY2(match.hasMatch(), qPrintable(next.toString()));
        path = base + QStringLiteral("?page[after]=") + match.captured(1);
    }
    QCOMPARE(pageSizes, QList<int>({10, 10, 3}));
    QCOMPARE(seen, created);
    QCOMPARE(m_client->get(base + QStringLiteral("?page[after]=!!!")).status, 400);
}

void TestSandboxConfig::secretLifecycleNeverReturnsValues()
{
    const QString base = secretsPath(SeedIds::PartnerControlPlane, "");
    const TestReply store = m_client->post(storesPath(SeedIds::PartnerControlPlane),
                                           {{QStringLiteral("name"), QStringLiteral("s")}});
    const QString storeId = store.json().value(QStringLiteral("id")).toString();
    const QString secrets = storesPath(SeedIds::PartnerControlPlane) + QLatin1Char('/') + storeId +
                            QStringLiteral("/secrets");
    const QString cp = QLatin1String(SeedIds::PartnerControlPlane);
    const QByteArray value = "demo-value-3b1f9e";

    const TestReply created = m_client->post(
        secrets, secretBody(QStringLiteral("api-token"), QString::fromLatin1(value)));
    QCOMPARE(created.status, 201);
    QVERIFY(!created.body.contains(value));
    QVERIFY(!created.json().contains(QStringLiteral("value")));
    QCOMPARE(created.json().value(QStringLiteral("key")).toString(), QStringLiteral("api-token"));
    QVERIFY(isIsoDateTime(created.json().value(QStringLiteral("created_at"))));
    QCOMPARE(m_server->secretValue(cp, storeId, QStringLiteral("api-token")),
             std::optional<QString>(QString::fromLatin1(value)));

    const TestReply duplicate =
        m_client->post(secrets, secretBody(QStringLiteral("api-token"), QStringLiteral("other")));
    QCOMPARE(duplicate.status, 400);
    QCOMPARE(duplicate.value("invalid_parameters.0.field").toString(), QStringLiteral("key"));

    const TestReply got = m_client->get(secrets + QStringLiteral("/api-token"));
    QCOMPARE(got.status, 200);
    QVERIFY(!got.body.contains(value));
    QCOMPARE(got.json().keys(), QStringList({QStringLiteral("created_at"), QStringLiteral("key"),
                                             QStringLiteral("updated_at")}));
    const TestReply list = m_client->get(secrets);
    QCOMPARE(list.data().size(), 1);
    QVERIFY(!list.body.contains(value));

    // PUT is an upsert: 200 when the key exists, 201 when it is new.
    const TestReply updated =
        m_client->put(secrets + QStringLiteral("/api-token"),
                      {{QStringLiteral("value"), QStringLiteral("demo-rotated-77")}});
    QCOMPARE(updated.status, 200);
    QVERIFY(!updated.body.contains("demo-rotated-77"));
    QCOMPARE(m_server->secretValue(cp, storeId, QStringLiteral("api-token")),
             std::optional<QString>(QStringLiteral("demo-rotated-77")));
    const TestReply upserted =
        m_client->put(secrets + QStringLiteral("/new-key"),
                      {{QStringLiteral("value"), QStringLiteral("demo-new-12")}});
    QCOMPARE(upserted.status, 201);
    QCOMPARE(upserted.json().value(QStringLiteral("key")).toString(), QStringLiteral("new-key"));
    QVERIFY(!upserted.body.contains("demo-new-12"));
    QCOMPARE(m_server->secretValue(cp, storeId, QStringLiteral("new-key")),
             std::optional<QString>(QStringLiteral("demo-new-12")));

    // The seeded values are never served either.
    const TestReply demo =
        m_client->get(secretsPath(SeedIds::PaymentsControlPlane, SeedIds::PaymentsStore) +
                      QStringLiteral("?page[size]=100"));
    QCOMPARE(demo.data().size(), 20);
    QVERIFY(!demo.body.contains("demo-"));
    QVERIFY(!demo.body.contains("\"value\""));

    QCOMPARE(m_client->del(secrets + QStringLiteral("/api-token")).status, 204);
    QCOMPARE(m_client->get(secrets + QStringLiteral("/api-token")).status, 404);
    QVERIFY(!m_server->secretValue(cp, storeId, QStringLiteral("api-token")));
    Q_UNUSED(base);
}

void TestSandboxConfig::secretInvalidBodies_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("rule");
    QTest::newRow("empty-key") << QByteArray("POST") << QString()
                               << QByteArray("{\"key\":\"\",\"value\":\"v\"}")
                               << QStringLiteral("key") << QStringLiteral("min_length");
    QTest::newRow("key-too-long") << QByteArray("POST") << QString()
                                  << QByteArray("{\"key\":\"" + QByteArray(513, 'k') +
                                                "\",\"value\":\"v\"}")
                                  << QStringLiteral("key") << QStringLiteral("max_length");
    QTest::newRow("missing-key") << QByteArray("POST") << QString()
                                 << QByteArray("{\"value\":\"v\"}") << QStringLiteral("key")
                                 << QStringLiteral("required");
    QTest::newRow("value-too-long")
        << QByteArray("POST") << QString()
        << QByteArray("{\"key\":\"k\",\"value\":\"" + QByteArray(5121, 'v') + "\"}")
        << QStringLiteral("value") << QStringLiteral("max_length");
    QTest::newRow("empty-value") << QByteArray("POST") << QString()
                                 << QByteArray("{\"key\":\"k\",\"value\":\"\"}")
                                 << QStringLiteral("value") << QStringLiteral("min_length");
    QTest::newRow("value-not-string")
        << QByteArray("POST") << QString() << QByteArray("{\"key\":\"k\",\"value\":7}")
        << QStringLiteral("value") << QStringLiteral("is_string");
    QTest::newRow("put-missing-value")
        << QByteArray("PUT") << QStringLiteral("k") << QByteArray("{}") << QStringLiteral("value")
        << QStringLiteral("required");
    QTest::newRow("put-value-too-long")
        << QByteArray("PUT") << QStringLiteral("k")
        << QByteArray("{\"value\":\"" + QByteArray(5121, 'v') + "\"}") << QStringLiteral("value")
        << QStringLiteral("max_length");
    QTest::newRow("put-key-too-long")
        << QByteArray("PUT") << QString(513, QLatin1Char('k')) << QByteArray("{\"value\":\"v\"}")
        << QStringLiteral("key") << QStringLiteral("max_length");
}

void TestSandboxConfig::secretInvalidBodies()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, key);
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, rule);
    QString path = secretsPath(SeedIds::StorefrontControlPlane, SeedIds::StorefrontStore);
    if (!key.isEmpty())
        path += QLatin1Char('/') + key;
    const TestReply reply = m_client->send(method, path, body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.value("invalid_parameters.0.field").toString(), field);
    QCOMPARE(reply.value("invalid_parameters.0.rule").toString(), rule);
    QVERIFY(!m_server->secretValue(QLatin1String(SeedIds::StorefrontControlPlane),
                                   QLatin1String(SeedIds::StorefrontStore), QStringLiteral("k")));
    // The limits themselves are accepted.
    const TestReply edge =
        m_client->post(secretsPath(SeedIds::StorefrontControlPlane, SeedIds::StorefrontStore),
                       secretBody(QString(512, QLatin1Char('k')), QString(5120, QLatin1Char('v'))));
    QCOMPARE(edge.status, 201);
}

void TestSandboxConfig::secretKeysArePercentDecoded()
{
    const QString secrets = secretsPath(SeedIds::PaymentsControlPlane, SeedIds::PaymentsStore);
    const QString cp = QLatin1String(SeedIds::PaymentsControlPlane);
    const QString store = QLatin1String(SeedIds::PaymentsStore);
    // A seeded key holding a '/'.
    const TestReply seeded = m_client->get(secrets + QStringLiteral("/postgres%2Fpassword"));
    QCOMPARE(seeded.status, 200);
    QCOMPARE(seeded.json().value(QStringLiteral("key")).toString(),
             QStringLiteral("postgres/password"));
    QCOMPARE(m_client->get(secrets + QStringLiteral("/smtp.password")).status, 200);

    for (const QString &key :
         {QStringLiteral("db/primary/password"), QStringLiteral("with space"),
          QStringLiteral("clé-ünïcode-鍵"), QStringLiteral("100%-sure+plus")}) {
        const TestReply put = m_client->put(secrets + QLatin1Char('/') + encoded(key),
                                            {{QStringLiteral("value"), QStringLiteral("demo-x")}});
        QCOMPARE(put.status, 201);
        QCOMPARE(put.json().value(QStringLiteral("key")).toString(), key);
        QCOMPARE(m_server->secretValue(cp, store, key),
                 std::optional<QString>(QStringLiteral("demo-x")));
        const TestReply got = m_client->get(secrets + QLatin1Char('/') + encoded(key));
        QCOMPARE(got.status, 200);
        QCOMPARE(got.json().value(QStringLiteral("key")).toString(), key);
    }
    QCOMPARE(m_server->requests().last().path, secrets + QStringLiteral("/100%-sure+plus"));
    // An unencoded '/' is another path, not a key.
    QCOMPARE(m_client->get(secrets + QStringLiteral("/db/primary/password")).status, 404);
    QCOMPARE(m_client->del(secrets + QStringLiteral("/db%2Fprimary%2Fpassword")).status, 204);
    QVERIFY(!m_server->secretValue(cp, store, QStringLiteral("db/primary/password")));
}

QStringList TestSandboxConfig::walkSecrets(const QString &firstPath, int expectedPageSize)
{
    static const QRegularExpression nextShape(QStringLiteral(
        "^/config-stores/[0-9a-f-]{36}/secrets\\?page\\[after\\]=([A-Za-z0-9_-]+)$"));
    QStringList keys;
    QString path = firstPath;
    const QString separator =
        firstPath.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?");
    for (int guard = 0; guard < 1000; ++guard) {
        const TestReply reply = m_client->get(path);
        if (reply.status != 200)
            return {QStringLiteral("HTTP %1").arg(reply.status)};
        const QJsonArray data = reply.data();
        if (reply.value("meta.page.size").toInt() != expectedPageSize)
            return {QStringLiteral("page size %1").arg(reply.value("meta.page.size").toInt())};
        for (const QJsonValue &secret : data)
            keys.append(secret.toObject().value(QStringLiteral("key")).toString());
        const QJsonValue next = reply.value("meta.page.next");
        if (next.isNull()) {
            if (data.size() > expectedPageSize)
                return {QStringLiteral("page too big")};
            return keys;
        }
        if (data.size() != expectedPageSize)
            return {QStringLiteral("short page before the end")};
        const auto match = nextShape.match(next.toString());
        if (!match.hasMatch())
            return {QStringLiteral("bad next ") + next.toString()};
        path = firstPath + separator + QStringLiteral("page[after]=") + match.captured(1);
    }
    return {QStringLiteral("no end")};
}

void TestSandboxConfig::secretCursorWalk_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("count");
    QTest::newRow("demo-default") << QStringLiteral("demo") << QString() << 10 << 20;
    QTest::newRow("demo-7") << QStringLiteral("demo") << QStringLiteral("?page[size]=7") << 7 << 20;
    QTest::newRow("scale-max") << QStringLiteral("scale:1234") << QStringLiteral("?page[size]=100")
                               << 100 << 1234;
    QTest::newRow("scale-over-max")
        << QStringLiteral("scale:250") << QStringLiteral("?page[size]=5000") << 100 << 250;
}

void TestSandboxConfig::secretCursorWalk()
{
    QFETCH(QString, seed);
    QFETCH(QString, query);
    QFETCH(int, pageSize);
    QFETCH(int, count);
    QVERIFY(m_server->seed(seed));
    const QString path = seed == QLatin1String("demo")
                             ? secretsPath(SeedIds::PaymentsControlPlane, SeedIds::PaymentsStore)
                             : secretsPath(SeedIds::ScaleControlPlane, SeedIds::ScaleStore);
    const QStringList keys = walkSecrets(path + query, pageSize);
    QCOMPARE(keys.size(), count);
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), count); // each exactly once
    QStringList sorted = keys;
    sorted.sort();
    QCOMPARE(keys, sorted);
    if (seed == QLatin1String("demo")) {
        QVERIFY(keys.contains(QStringLiteral("postgres/password")));
        QVERIFY(keys.contains(QStringLiteral("smtp.password")));
    } else {
        QCOMPARE(keys.first(), QStringLiteral("secret-000001"));
        QCOMPARE(keys.last(), QStringLiteral("secret-%1").arg(count, 6, 10, QLatin1Char('0')));
    }
}

void TestSandboxConfig::secretPageSizeLimits()
{
    const QString secrets = secretsPath(SeedIds::PaymentsControlPlane, SeedIds::PaymentsStore);
    QCOMPARE(m_client->get(secrets + QStringLiteral("?page[size]=0")).status, 400);
    const TestReply text = m_client->get(secrets + QStringLiteral("?page[size]=many"));
    QCOMPARE(text.status, 400);
    QCOMPARE(text.value("invalid_parameters.0.field").toString(), QStringLiteral("page[size]"));
    QCOMPARE(m_client->get(secrets + QStringLiteral("?page[after]=%25%25")).status, 400);
    // previous: null on the first page, a link afterwards.
    const TestReply second =
        m_client->get(secrets + QStringLiteral("?page[size]=5&page[after]=") +
                      QString::fromLatin1(QByteArray("adyen-hmac-key")
                                              .toBase64(QByteArray::Base64UrlEncoding |
                                                        QByteArray::OmitTrailingEquals)));
    QCOMPARE(second.status, 200);
    QCOMPARE(second.data().at(0).toObject().value(QStringLiteral("key")).toString(),
             QStringLiteral("datadog-api-key"));
    QVERIFY(second.value("meta.page.previous").isString());
}

// No bound on how long seeding takes: a wall-clock bound fails on a slow machine.
void TestSandboxConfig::scaleSeedHoldsEverySecret()
{
    QVERIFY(m_server->seed(QStringLiteral("scale:10000")));
    QCOMPARE(m_server->controlPlaneIds(), QStringList{QLatin1String(SeedIds::ScaleControlPlane)});
    QCOMPARE(m_server->configStoreIds(QLatin1String(SeedIds::ScaleControlPlane)),
             QStringList{QLatin1String(SeedIds::ScaleStore)});
    QCOMPARE(m_server->secretValue(QLatin1String(SeedIds::ScaleControlPlane),
                                   QLatin1String(SeedIds::ScaleStore),
                                   QStringLiteral("secret-010000")),
             std::optional<QString>(QStringLiteral("value-010000")));
    QVERIFY(!m_server->secretValue(QLatin1String(SeedIds::ScaleControlPlane),
                                   QLatin1String(SeedIds::ScaleStore),
                                   QStringLiteral("secret-010001")));
    const TestReply vaults = m_client->get(vaultsPath(SeedIds::ScaleControlPlane));
    QCOMPARE(vaults.data().size(), 1);
    QCOMPARE(TestReply::jsonPath(vaults.data().at(0), "config.config_store_id").toString(),
             QLatin1String(SeedIds::ScaleStore));
    const TestReply last =
        m_client->get(secretsPath(SeedIds::ScaleControlPlane, SeedIds::ScaleStore) +
                      QStringLiteral("/secret-010000"));
    QCOMPARE(last.status, 200);
    QVERIFY(!last.body.contains("value-010000"));
    QVERIFY(m_server->seed(QStringLiteral("scale:100000")));
    QVERIFY(m_server->secretValue(QLatin1String(SeedIds::ScaleControlPlane),
                                  QLatin1String(SeedIds::ScaleStore),
                                  QStringLiteral("secret-100000")));
}

void TestSandboxConfig::seedRejectsUnknownSpecs()
{
    QString error;
    QVERIFY(!m_server->seed(QStringLiteral("scale:100001"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!m_server->seed(QStringLiteral("scale:many"), &error));
    QVERIFY(!m_server->seed(QStringLiteral("full"), &error));
    QCOMPARE(m_server->controlPlaneIds().size(), 3); // unchanged
    QVERIFY(m_server->seed(QStringLiteral("empty")));
    QVERIFY(m_server->controlPlaneIds().isEmpty());
    QCOMPARE(m_client->get(QStringLiteral("/v2/control-planes")).value("meta.page.total").toInt(),
             0);
}

QTEST_GUILESS_MAIN(TestSandboxConfig)
#include "tst_sandbox_config.moc"
