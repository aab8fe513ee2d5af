// The core entity lists (list-service, list-plugin, list-certificate, ...) of the
// API client against the sandbox over real loopback HTTP. The contract suite runs
// this executable a second time through Stoplight Prism (contract_coreentities),
// which fails any request or answer that breaks control-planes-config-v2.yaml.
#include "ApiTestEnvironment.h"
#include "SandboxSeed.h"

#include <QJsonArray>
#include <QSet>

class TestCoreEntities : public QObject
{
    Q_OBJECT

    ApiTestEnvironment env;
    const QString payments = QString::fromLatin1(Sandbox::SeedIds::PaymentsControlPlane);

    QList<QJsonObject> fetchAll(const QString &cp, CoreEntityKind kind, int *pages = nullptr)
    {
        QList<QJsonObject> all;
        int count = 0;
        std::optional<ApiError> done;
        env.client.fetchAllCoreEntities(
            cp, kind, this,
            [&](const QList<QJsonObject> &items) {
                ++count;
                all += items;
            },
            [&](const ApiError &error) { done = error; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 20000); }();
        if (done && done->isError())
            qWarning("%s", qPrintable(done->fullDescription()));
        if (pages)
            *pages = count;
        return all;
    }

private slots:
    void initTestCase() { QVERIFY(env.start()); }

    void init()
    {
        QVERIFY(env.sandbox.seed(QStringLiteral("demo")));
        env.sandbox.clearRequests();
    }

    // Every kind's list operation answers, through the spec's path.
    void everyKindIsListed()
    {
        for (CoreEntityKind kind : CoreEntities::allKinds()) {
            Awaited<Page<QJsonObject>> page;
            env.client.listCoreEntities(payments, kind, {}, this, page.callback());
            AWAIT_OK(page);
            QVERIFY(page.value().next.isEmpty());
            QCOMPARE(env.countRequests(QStringLiteral("GET"), QStringLiteral("/core-entities/") +
                                                                  CoreEntities::pathSegment(kind)),
                     1);
            QVERIFY(!CoreEntities::displayName(kind).isEmpty());
        }
    }

    void demoPluginsHoldReferences()
    {
        const QList<QJsonObject> plugins = fetchAll(payments, CoreEntityKind::Plugin);
        QCOMPARE(plugins.size(), 5);
        const QJsonObject oidc = plugins.constFirst();
        QCOMPARE(oidc.value(QStringLiteral("name")).toString(), QStringLiteral("openid-connect"));
        QCOMPARE(oidc.value(QStringLiteral("config"))
                     .toObject()
                     .value(QStringLiteral("client_secret"))
                     .toString(),
                 QStringLiteral("{vault://payments/paypal-client-secret}"));
        QVERIFY(oidc.value(QStringLiteral("service")).toObject().contains(QStringLiteral("id")));

        const QList<QJsonObject> services = fetchAll(payments, CoreEntityKind::Service);
        QCOMPARE(services.size(), 2);
        QCOMPARE(services.constFirst().value(QStringLiteral("name")).toString(),
                 QStringLiteral("billing"));
        QCOMPARE(fetchAll(payments, CoreEntityKind::Certificate).size(), 1);
        QCOMPARE(fetchAll(payments, CoreEntityKind::Key).size(), 1);
        QCOMPARE(fetchAll(payments, CoreEntityKind::Partial).size(), 1);
        QCOMPARE(fetchAll(payments, CoreEntityKind::Route).size(), 1);
        QCOMPARE(fetchAll(payments, CoreEntityKind::Sni).size(), 1);
        QCOMPARE(fetchAll(payments, CoreEntityKind::Upstream).size(), 1);
        QVERIFY(fetchAll(payments, CoreEntityKind::Jwt).isEmpty());
    }

    // size/offset: every page is asked with the offset of the one before, and
    // nothing is lost or repeated.
    void offsetPagination()
    {
        for (int i = 0; i < 7; ++i) {
            QVERIFY(env.sandbox.addCoreEntity(
                payments, QStringLiteral("upstreams"),
                {{QStringLiteral("name"), QStringLiteral("pool-%1").arg(i)},
                 {QStringLiteral("created_at"), 1737000000 + i},
                 {QStringLiteral("tags"), QJsonArray{QStringLiteral("pool")}}}));
        }
        Awaited<Page<QJsonObject>> first;
        env.client.listCoreEntities(payments, CoreEntityKind::Upstream, {3, QString()}, this,
                                    first.callback());
        AWAIT_OK(first);
        QCOMPARE(first.value().items.size(), 3);
        QVERIFY(!first.value().next.isEmpty());
        QVERIFY(env.sandbox.requests().constLast().query.contains(QStringLiteral("size=3")));

        Awaited<Page<QJsonObject>> second;
        env.client.listCoreEntities(payments, CoreEntityKind::Upstream, {3, first.value().next},
                                    this, second.callback());
        AWAIT_OK(second);
        QVERIFY(env.sandbox.requests().constLast().query.contains(QStringLiteral("offset=")));
        QCOMPARE(second.value().items.size(), 3);

        QSet<QString> names;
        int pages = 0;
        env.client.setDefaultPageSize(100);
        const QList<QJsonObject> all = [&] {
            QList<QJsonObject> items;
            std::optional<ApiError> done;
            FetchAll::create<QJsonObject>(
                [this](const PageRequest &page, QObject *ctx, ApiCallback<Page<QJsonObject>> cb) {
                    return env.client.listCoreEntities(payments, CoreEntityKind::Upstream, page,
                                                       ctx, std::move(cb));
                },
                2, this,
                [&](const QList<QJsonObject> &page) {
                    ++pages;
                    items += page;
                },
                [&](const ApiError &error) { done = error; });
            [&] { QTRY_VERIFY(done.has_value()); }();
            return items;
        }();
        for (const QJsonObject &upstream : all)
            names.insert(upstream.value(QStringLiteral("name")).toString());
        QCOMPARE(all.size(), 8);
        QCOMPARE(names.size(), 8);
        QCOMPARE(pages, 4);
    }

    void sizeIsCappedAtTheSpecMaximum()
    {
        Awaited<Page<QJsonObject>> page;
        env.client.listCoreEntities(payments, CoreEntityKind::Service, {5000, QString()}, this,
                                    page.callback());
        AWAIT_OK(page);
        QVERIFY(env.sandbox.requests().constLast().query.contains(QStringLiteral("size=1000")));
    }

    void unknownControlPlaneIsAnError()
    {
        // list-plugin declares no 404 (Konnect answers one all the same): Prism cannot
        // vouch for it, so it is checked in the direct run only.
        if (ApiTestEnvironment::contractMode())
            QSKIP("list-plugin declares no 404");
        Awaited<Page<QJsonObject>> page;
        env.client.listCoreEntities(QStringLiteral("00000000-0000-4000-8000-000000000000"),
                                    CoreEntityKind::Plugin, {}, this, page.callback());
        AWAIT(page);
        QVERIFY(!page.result->ok());
        QCOMPARE(page.error().httpStatus(), 404);
    }

    void wrongTokenIsUnauthorized()
    {
        env.client.setToken(
            QStringLiteral("kpat_wrongwrongwrongwrongwrongwrongwrongwrongwrongwro"));
        Awaited<Page<QJsonObject>> page;
        env.client.listCoreEntities(payments, CoreEntityKind::Plugin, {}, this, page.callback());
        AWAIT(page);
        env.client.setToken(env.sandbox.token());
        QVERIFY(!page.result->ok());
        QCOMPARE(page.error().httpStatus(), 401);
    }
};

QTEST_GUILESS_MAIN(TestCoreEntities)
#include "tst_coreentities.moc"
