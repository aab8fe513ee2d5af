// page[size] as Konnect takes it, against the sandbox over real loopback HTTP.
//
// The specs set no maximum for page[size]: its PageSize parameter is
// `type: integer` with no `maximum` in /work/shared/konnect-api/
// control-planes-v2.yaml:383-391 (list-control-planes, :27-31) and
// control-planes-config-v2.yaml:4771-4779 (list-config-stores, :325-329, and
// list-config-store-secrets, :484-488), where the core entity lists' `size`
// has one (control-planes-config-v2.yaml:4787-4795, maximum 1000). So a list
// asks for 1,000 a page (never more than the page-size setting). A Konnect
// that clamps answers fewer with a `next` cursor, which is followed. The
// fallback covers a Konnect that refuses: list-config-stores declares a 400
// BadRequestError (control-planes-config-v2.yaml:333-338), whose
// invalid_parameters entry for a number too large has rule "max" and
// `maximum` (InvalidParameterMaximumLength, control-planes-config-v2.yaml:
// 9231-9262); when it names page[size] the same page is asked again with 100,
// then without page[size] (the server's default), and the list asks what was
// taken from then on, until the session or the endpoint changes.
#include "ApiTestEnvironment.h"
#include "SandboxSeed.h"
#include "SecretStream.h"

namespace {

namespace SeedIds = Sandbox::SeedIds;

enum Listing { ControlPlanes, ConfigStores, Secrets, StreamedSecrets };

const QString Cp = QString::fromLatin1(SeedIds::ScaleControlPlane);
const QString Store = QString::fromLatin1(SeedIds::ScaleStore);
constexpr int SecretCount = 250; // three pages of 100

} // namespace

class TestPageSize : public QObject
{
    Q_OBJECT

    ApiTestEnvironment env;

    // Each GET of `listing` so far as "<page[size] asked>:<status>" ("-" for none).
    QStringList asked(Listing listing) const
    {
        const QString end = listing == ControlPlanes  ? QStringLiteral("/v2/control-planes")
                            : listing == ConfigStores ? QStringLiteral("/config-stores")
                                                      : QStringLiteral("/secrets");
        QStringList result;
        const auto requests = env.sandbox.requests();
        for (const Sandbox::RecordedRequest &request : requests) {
            if (request.method != QLatin1String("GET") || !request.path.endsWith(end))
                continue;
            QString size = QStringLiteral("-");
            const QStringList items = request.query.split(QLatin1Char('&'));
            for (const QString &item : items) {
                if (QUrl::fromPercentEncoding(item.section(QLatin1Char('='), 0, 0).toLatin1()) ==
                    QLatin1String("page[size]"))
                    size = item.section(QLatin1Char('='), 1);
            }
            result.append(size + QLatin1Char(':') + QString::number(request.status));
        }
        return result;
    }

    // How many rows one listing shows, through FetchAll or (StreamedSecrets)
    // SecretStream as the secret browser does; -1 on an error.
    int listAll(Listing listing, ApiError *error)
    {
        int rows = 0;
        const auto count = [&rows](const auto &items) { rows += int(items.size()); };
        if (listing == StreamedSecrets) {
            SecretStream stream(&env.client);
            connect(&stream, &SecretStream::page, this,
                    [&](quint64, const QList<ConfigStoreSecret> &items) { count(items); });
            QSignalSpy finished(&stream, &SecretStream::finished);
            stream.start(Cp, Store);
            if (!finished.wait(20000))
                return -1;
            *error = finished.constFirst().at(1).value<ApiError>();
            return error->isError() ? -1 : rows;
        }
        const auto done = [error](const ApiError &e) { *error = e; };
        FetchAll *fetch = listing == ControlPlanes
                              ? env.client.fetchAllControlPlanes({}, this, count, done)
                          : listing == ConfigStores
                              ? env.client.fetchAllConfigStores(Cp, this, count, done)
                              : env.client.fetchAllConfigStoreSecrets(Cp, Store, this, count, done);
        QSignalSpy finished(fetch, &FetchAll::finished);
        if (!finished.wait(20000))
            return -1;
        return error->isError() ? -1 : rows;
    }

    static int rowsOf(Listing listing)
    {
        return listing == ControlPlanes || listing == ConfigStores ? 1 : SecretCount;
    }

    static QStringList pages(const QString &page, int count) { return QStringList(count, page); }

private slots:
    void initTestCase() { QVERIFY(env.start(QStringLiteral("scale:%1").arg(SecretCount))); }

    void init()
    {
        QVERIFY(env.reset(QStringLiteral("scale:%1").arg(SecretCount)));
        env.sandbox.setPageSizeLimit(Sandbox::PageSizeLimit::Clamp);
        env.client.setDefaultPageSize(KonnectClient(&env.network).defaultPageSize());
        env.client.setEndpoint(env.endpoint()); // a new session's page sizes
    }

    void asksForAThousandByDefault()
    {
        QCOMPARE(KonnectClient(&env.network).defaultPageSize(), 1000);
    }

    // A Konnect that clamps: 100 a page whatever was asked, and a `next` cursor
    // while more follow; every row arrives, each page asked with 1,000.
    void clampedPagesAreFollowedByTheirCursor_data()
    {
        QTest::addColumn<int>("listing");
        QTest::newRow("secrets") << int(Secrets);
        QTest::newRow("secrets, streamed") << int(StreamedSecrets);
    }

    void clampedPagesAreFollowedByTheirCursor()
    {
        QFETCH(int, listing);
        ApiError error;
        QCOMPARE(listAll(Listing(listing), &error), SecretCount);
        QCOMPARE(asked(Listing(listing)), pages(QStringLiteral("1000:200"), 3));
    }

    // A Konnect that refuses more than 100: the refused page is asked again
    // with 100 and every row arrives; the next listing of the same kind (the
    // browser's stream included, on its own thread) asks 100 at once.
    void refusedSizeFallsBackAndIsRemembered_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("second");
        QTest::newRow("control planes") << int(ControlPlanes) << int(ControlPlanes);
        QTest::newRow("config stores") << int(ConfigStores) << int(ConfigStores);
        QTest::newRow("secrets") << int(Secrets) << int(Secrets);
        QTest::newRow("secrets, streamed") << int(StreamedSecrets) << int(StreamedSecrets);
        QTest::newRow("secrets, then streamed") << int(Secrets) << int(StreamedSecrets);
        QTest::newRow("streamed, then secrets") << int(StreamedSecrets) << int(Secrets);
    }

    void refusedSizeFallsBackAndIsRemembered()
    {
        QFETCH(int, first);
        QFETCH(int, second);
        env.sandbox.setPageSizeLimit(Sandbox::PageSizeLimit::Refuse);
        ApiError error;
        QCOMPARE(listAll(Listing(first), &error), rowsOf(Listing(first)));
        const int pageCount = rowsOf(Listing(first)) / 100 + 1;
        QCOMPARE(asked(Listing(first)), QStringList{QStringLiteral("1000:400")} +
                                            pages(QStringLiteral("100:200"), pageCount));

        env.sandbox.clearRequests();
        QCOMPARE(listAll(Listing(second), &error), rowsOf(Listing(second)));
        QCOMPARE(asked(Listing(second)), pages(QStringLiteral("100:200"), pageCount));
    }

    // What a list learnt is its own: the others still ask 1,000 first.
    void eachListLearnsForItself()
    {
        env.sandbox.setPageSizeLimit(Sandbox::PageSizeLimit::Refuse);
        ApiError error;
        QCOMPARE(listAll(Secrets, &error), SecretCount);
        QCOMPARE(listAll(ConfigStores, &error), 1);
        QCOMPARE(asked(ConfigStores), (QStringList{QStringLiteral("1000:400"), "100:200"}));
    }

    // Another endpoint or the end of the session forgets what was refused.
    void aNewSessionAsksAThousandAgain_data()
    {
        QTest::addColumn<bool>("endCalls");
        QTest::newRow("endpoint set") << false;
        QTest::newRow("calls ended") << true;
    }

    void aNewSessionAsksAThousandAgain()
    {
        QFETCH(bool, endCalls);
        env.sandbox.setPageSizeLimit(Sandbox::PageSizeLimit::Refuse);
        ApiError error;
        QCOMPARE(listAll(ControlPlanes, &error), 1);
        if (endCalls)
            env.client.endCalls();
        else
            env.client.setEndpoint(env.endpoint());
        env.sandbox.clearRequests();
        QCOMPARE(listAll(ControlPlanes, &error), 1);
        QCOMPARE(asked(ControlPlanes), (QStringList{QStringLiteral("1000:400"), "100:200"}));
    }

    // The page-size setting is an upper bound: 50 asks 50, which a Konnect
    // that refuses more than 100 takes at once.
    void aSmallerSettingIsAskedAsItIs_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("listing");
        QTest::newRow("clamping, secrets") << int(Sandbox::PageSizeLimit::Clamp) << int(Secrets);
        QTest::newRow("refusing, secrets") << int(Sandbox::PageSizeLimit::Refuse) << int(Secrets);
        QTest::newRow("refusing, streamed")
            << int(Sandbox::PageSizeLimit::Refuse) << int(StreamedSecrets);
    }

    void aSmallerSettingIsAskedAsItIs()
    {
        QFETCH(int, limit);
        QFETCH(int, listing);
        env.sandbox.setPageSizeLimit(Sandbox::PageSizeLimit(limit));
        env.client.setDefaultPageSize(50);
        ApiError error;
        QCOMPARE(listAll(Listing(listing), &error), SecretCount);
        QCOMPARE(asked(Listing(listing)), pages(QStringLiteral("50:200"), 5));
    }

    // The whole chain, past what the sandbox refuses: 1,000, 100, then no
    // page[size]; a refusal of that is the answer. Other query items stay.
    void theFallbackEndsWithoutPageSize()
    {
        const QByteArray body = R"({"status":400,"invalid_parameters":[{"field":"page[size]",)"
                                R"("rule":"max","maximum":10,"reason":"too many"}]})";
        const ApiError refused = ApiError::http(400, body, "application/problem+json");
        QVERIFY(PageSizes::refusesPageSize(refused));
        auto sizes = std::make_shared<PageSizes>();
        const auto fallback = PageSizes::fallback(sizes, PageSizes::List::Secrets, 1000);
        QUrl url = QUrl::fromEncoded("https://eu.api.konghq.com/v2/x/secrets?page[size]=1000&"
                                     "page[after]=YQ");
        QCOMPARE(PageSizes::pageSizeOf(url), 1000);
        url = fallback(url, refused);
        QCOMPARE(url.query(QUrl::FullyEncoded), QStringLiteral("page[size]=100&page[after]=YQ"));
        url = fallback(url, refused);
        QCOMPARE(url.query(QUrl::FullyEncoded), QStringLiteral("page[after]=YQ"));
        QCOMPARE(PageSizes::pageSizeOf(url), PageSizes::Omitted);
        QVERIFY(fallback(url, refused).isEmpty());
        QCOMPARE(sizes->sizeFor(PageSizes::List::Secrets, 0, 1000), PageSizes::Omitted);
        QCOMPARE(sizes->sizeFor(PageSizes::List::ConfigStores, 0, 1000), 1000);
        QCOMPARE(sizes->sizeFor(PageSizes::List::Secrets, 7, 1000), 7); // the caller's own

        const ApiError other = ApiError::http(400, R"({"invalid_parameters":[{"field":"sort"}]})",
                                              "application/problem+json");
        QVERIFY(!PageSizes::refusesPageSize(other));
        QVERIFY(!PageSizes::refusesPageSize(ApiError::http(500, body, "application/json")));
    }

    // A 400 for another parameter is the answer: not asked again, and the
    // page size stays as it was.
    void aRefusalOfAnotherParameterIsNotRetried()
    {
        Awaited<Page<ControlPlane>> sorted;
        ControlPlaneQuery query;
        query.sort = QStringLiteral("colour");
        env.client.listControlPlanes(query, {}, this, sorted.callback());
        AWAIT(sorted);
        QCOMPARE(sorted.error().httpStatus(), 400);
        QCOMPARE(sorted.error().invalidParameters().size(), 1);
        QCOMPARE(sorted.error().invalidParameters().constFirst().field, QStringLiteral("sort"));
        QCOMPARE(asked(ControlPlanes), QStringList{QStringLiteral("1000:400")});

        ApiError error;
        QCOMPARE(listAll(ControlPlanes, &error), 1);
        QCOMPARE(asked(ControlPlanes), (QStringList{QStringLiteral("1000:400"), "1000:200"}));
    }
};

QTEST_GUILESS_MAIN(TestPageSize)
#include "tst_pagesize.moc"
