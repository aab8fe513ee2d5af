// CrossSearch against the in-process sandbox over loopback: the demo's three
// control planes, every page, a bound on requests in flight, cancellation,
// a failing control plane, and the per-session index.
#include "ApiTestEnvironment.h"
#include "CrossSearch.h"
#include "SandboxSeed.h"
#include "VaultReference.h"

#include <QSet>

namespace {

namespace SeedIds = Sandbox::SeedIds;

const QString PartnerStoreName = QStringLiteral("partner-secrets");
const QString PartnerKey = QStringLiteral("partner-api-key");

// Every match a search has streamed since its last reset.
struct Collected
{
    QList<SearchMatch> matches;
    int batches = 0;
    int resets = 0;

    explicit Collected(CrossSearch *search)
    {
        QObject::connect(search, &CrossSearch::resultsReset, search, [this] {
            matches.clear();
            ++resets;
        });
        QObject::connect(search, &CrossSearch::matchesFound, search,
                         [this](const QList<SearchMatch> &batch) {
                             matches.append(batch);
                             ++batches;
                         });
    }
    QSet<QString> controlPlanes() const
    {
        QSet<QString> ids;
        for (const SearchMatch &match : matches)
            ids.insert(match.controlPlaneId);
        return ids;
    }
    const SearchMatch *find(const QString &key, SearchMatch::Kind kind) const
    {
        for (const SearchMatch &match : matches) {
            if (match.key == key && match.kind == kind)
                return &match;
        }
        return nullptr;
    }
    QStringList keys() const
    {
        QStringList keys;
        for (const SearchMatch &match : matches)
            keys.append(match.key);
        keys.sort();
        return keys;
    }
};

} // namespace

class TestCrossSearch : public QObject
{
    Q_OBJECT

    ApiTestEnvironment env;
    QString m_partnerStoreId;

    // The demo's partner control plane has vaults but no store: give it one
    // (through the API), so secrets come from all three control planes.
    void addPartnerSecrets()
    {
        const QString cp = QString::fromLatin1(SeedIds::PartnerControlPlane);
        Awaited<ConfigStore> store;
        env.client.createConfigStore(cp, PartnerStoreName, this, store.callback());
        AWAIT_OK(store);
        m_partnerStoreId = store.value().id;
        for (const QString &key : {PartnerKey, QStringLiteral("partner/webhook-secret")}) {
            Awaited<ConfigStoreSecret> secret;
            env.client.createConfigStoreSecret(cp, m_partnerStoreId, key,
                                               QStringLiteral("made-up-value"), this,
                                               secret.callback());
            AWAIT_OK(secret);
        }
    }

    // What the index must hold: every vault and secret, counted one list at a time.
    int countSecretsAndVaults()
    {
        int count = 0;
        bool ok = true;
        auto countAll = [&](auto fetch) {
            bool done = false;
            fetch([&](const auto &page) { count += int(page.size()); },
                  [&](const ApiError &error) {
                      ok = ok && !error.isError();
                      done = true;
                  });
            return QTest::qWaitFor([&] { return done; }, 20000);
        };
        const QStringList cps = env.sandbox.controlPlaneIds();
        for (const QString &cp : cps) {
            ok = ok && countAll([&](auto onPage, auto onDone) {
                     env.client.fetchAllVaults(cp, {}, this, onPage, onDone);
                 });
            const QStringList stores = env.sandbox.configStoreIds(cp);
            for (const QString &store : stores) {
                ok = ok && countAll([&](auto onPage, auto onDone) {
                         env.client.fetchAllConfigStoreSecrets(cp, store, this, onPage, onDone);
                     });
            }
        }
        return ok ? count : -1;
    }

private slots:
    void initTestCase() { QVERIFY(env.start()); }

    void init()
    {
        QVERIFY(env.reset());
        env.client.setDefaultPageSize(2); // every list takes several pages
        addPartnerSecrets();
        env.sandbox.clearRequests();
    }

    void findsSecretsAndVaultsInEveryControlPlane()
    {
        CrossSearch search(&env.client);
        Collected collected(&search);
        QSignalSpy finished(&search, &CrossSearch::finished);
        QSignalSpy progress(&search, &CrossSearch::progress);
        search.search(QStringLiteral("API"));
        QCOMPARE(search.state(), CrossSearch::State::Indexing);
        QVERIFY(finished.wait(20000));
        QCOMPARE(search.state(), CrossSearch::State::Complete);

        // Secrets from each of the three control planes, case-insensitively.
        QCOMPARE(collected.controlPlanes(),
                 (QSet<QString>{QString::fromLatin1(SeedIds::PaymentsControlPlane),
                                QString::fromLatin1(SeedIds::StorefrontControlPlane),
                                QString::fromLatin1(SeedIds::PartnerControlPlane)}));
        QCOMPARE(
            collected.keys(),
            (QStringList{QStringLiteral("adyen-api-key"), QStringLiteral("cms/api-token"),
                         QStringLiteral("datadog-api-key"), QStringLiteral("fraud-api.token"),
                         QStringLiteral("mainframe-api-token"),
                         QStringLiteral("newsletter api key"), QStringLiteral("partner-api-key"),
                         QStringLiteral("payout-bank.api-key"), QStringLiteral("stripe-api-key")}));
        QVERIFY2(collected.batches > 1, "matches stream in page by page");

        const SearchMatch *stripe =
            collected.find(QStringLiteral("stripe-api-key"), SearchMatch::Kind::Secret);
        QVERIFY(stripe);
        QCOMPARE(stripe->controlPlaneName, QStringLiteral("Payments Production"));
        QCOMPARE(stripe->storeId, QString::fromLatin1(SeedIds::PaymentsStore));
        QCOMPARE(stripe->storeName, QStringLiteral("payments-secrets"));
        QCOMPARE(stripe->reference, QStringLiteral("{vault://payments/stripe-api-key}"));
        const SearchMatch *cms =
            collected.find(QStringLiteral("cms/api-token"), SearchMatch::Kind::Secret);
        QVERIFY(cms);
        QCOMPARE(cms->reference, VaultReference(QStringLiteral("storefront"), cms->key).toString());
        // No vault reads the partner store: no reference to offer.
        const SearchMatch *partner = collected.find(PartnerKey, SearchMatch::Kind::Secret);
        QVERIFY(partner);
        QCOMPARE(partner->storeId, m_partnerStoreId);
        QVERIFY(partner->reference.isEmpty());

        // Progress counted control planes up to all three.
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast().at(0).toInt(), 3);
        QCOMPARE(progress.constLast().at(1).toInt(), 3);
        QCOMPARE(search.controlPlanesDone(), 3);
        // Every secret and vault of the three control planes, over every page.
        QCOMPARE(search.indexSize(), countSecretsAndVaults());
        QVERIFY(search.errors().isEmpty());
        QCOMPARE(search.requestsInFlight(), 0);
    }

    void matchesVaultPrefixesAndBackends()
    {
        CrossSearch search(&env.client);
        Collected collected(&search);
        QSignalSpy finished(&search, &CrossSearch::finished);
        search.search(QStringLiteral("payments"));
        QVERIFY(finished.wait(20000));
        QCOMPARE(collected.keys(),
                 (QStringList{QStringLiteral("payments"), QStringLiteral("payments-legacy")}));
        const SearchMatch *vault =
            collected.find(QStringLiteral("payments-legacy"), SearchMatch::Kind::Vault);
        QVERIFY(vault);
        QCOMPARE(vault->vaultId, QStringLiteral("8a2c4e6f-0b1d-4f38-9c57-3a5e7b9d1f42"));
        QCOMPARE(vault->backend, QStringLiteral("konnect"));
        QCOMPARE(vault->storeId, QString::fromLatin1(SeedIds::PaymentsLegacyStore));

        // By backend name: the HashiCorp vault's prefix says nothing about "hcv".
        search.search(QStringLiteral("HCV"));
        QCOMPARE(collected.keys(), QStringList{QStringLiteral("hashicorp")});
    }

    void laterKeystrokesFilterTheIndexLocally()
    {
        CrossSearch search(&env.client);
        Collected collected(&search);
        QSignalSpy finished(&search, &CrossSearch::finished);
        // A fast typist: every keystroke arrives while the first one is still indexing.
        for (const QString &typed :
             {QStringLiteral("s"), QStringLiteral("st"), QStringLiteral("str"),
              QStringLiteral("stri"), QStringLiteral("stripe")})
            search.search(typed);
        QVERIFY(finished.wait(20000));
        QCOMPARE(collected.keys(), (QStringList{QStringLiteral("stripe-api-key"),
                                                QStringLiteral("stripe-webhook-secret")}));
        // The control planes were listed once (two pages of two), not once per keystroke.
        QCOMPARE(env.countRequests(QStringLiteral("GET"), QStringLiteral("/control-planes")) -
                     env.countRequests(QStringLiteral("GET"), QStringLiteral("/control-planes/")),
                 2);

        // The index is kept: the next query answers at once, without a request.
        env.sandbox.clearRequests();
        search.search(QStringLiteral("ALGOLIA"));
        QCOMPARE(collected.keys(), (QStringList{QStringLiteral("algolia-admin-key"),
                                                QStringLiteral("algolia-search-key")}));
        search.search(QString());
        QVERIFY(collected.matches.isEmpty());
        QVERIFY(env.sandbox.requests().isEmpty());
        QCOMPARE(search.state(), CrossSearch::State::Complete);
    }

    void refreshSeesNewData()
    {
        CrossSearch search(&env.client);
        Collected collected(&search);
        QSignalSpy finished(&search, &CrossSearch::finished);
        search.search(QStringLiteral("rotation-canary"));
        QVERIFY(finished.wait(20000));
        QVERIFY(collected.matches.isEmpty());

        Awaited<ConfigStoreSecret> added;
        env.client.createConfigStoreSecret(QString::fromLatin1(SeedIds::StorefrontControlPlane),
                                           QString::fromLatin1(SeedIds::StorefrontStore),
                                           QStringLiteral("rotation-canary"),
                                           QStringLiteral("made-up"), this, added.callback());
        AWAIT_OK(added);
        search.search(QStringLiteral("rotation-canary")); // the cached index
        QVERIFY(collected.matches.isEmpty());
        search.refresh();
        QCOMPARE(search.state(), CrossSearch::State::Indexing);
        QVERIFY(finished.wait(20000));
        QCOMPARE(collected.keys(), QStringList{QStringLiteral("rotation-canary")});

        // invalidate() forgets it: the next search indexes again.
        search.invalidate();
        QCOMPARE(search.state(), CrossSearch::State::Empty);
        QVERIFY(collected.matches.isEmpty());
        search.search(QStringLiteral("rotation"));
        QCOMPARE(search.state(), CrossSearch::State::Indexing);
        QVERIFY(finished.wait(20000));
        QCOMPARE(collected.keys(), QStringList{QStringLiteral("rotation-canary")});
    }

    void boundsRequestsInFlight_data()
    {
        QTest::addColumn<int>("bound");
        QTest::newRow("3") << 3;
        QTest::newRow("4 (default)") << 4;
    }

    void boundsRequestsInFlight()
    {
        QFETCH(int, bound);
        constexpr int latencyMs = 150;
        env.sandbox.setLatency(latencyMs);
        env.client.setDefaultPageSize(10);
        CrossSearch search(&env.client);
        if (bound != 4)
            search.setMaxInFlight(bound);
        QCOMPARE(search.maxInFlight(), bound);
        // Counted where the requests are held: received and not yet answered
        // by the sandbox, at every arrival. No clock involved.
        int serverInFlight = 0;
        int mostAtServer = 0;
        int answered = 0;
        int mostInFlight = 0;
        connect(&env.sandbox, &Sandbox::SandboxServer::requestReceived, &search,
                [&] { mostAtServer = qMax(mostAtServer, ++serverInFlight); });
        connect(&env.sandbox, &Sandbox::SandboxServer::requestHandled, &search, [&] {
            --serverInFlight;
            ++answered;
            mostInFlight = qMax(mostInFlight, search.requestsInFlight());
        });
        QSignalSpy finished(&search, &CrossSearch::finished);
        search.search(QStringLiteral("key"));
        QVERIFY(finished.wait(30000));
        QVERIFY(answered > 3 * bound);
        QVERIFY2(mostAtServer <= bound, qPrintable(QString::number(mostAtServer)));
        // And the bound is used: requests do run in parallel (each is held
        // latencyMs, far longer than sending the next takes).
        QCOMPARE(mostAtServer, bound);
        QVERIFY(mostInFlight <= bound);
    }

    void cancelMidSearchLeavesNoCallbacks()
    {
        constexpr int latencyMs = 80;
        env.sandbox.setLatency(latencyMs);
        auto search = std::make_unique<CrossSearch>(&env.client);
        Collected collected(search.get());
        QSignalSpy found(search.get(), &CrossSearch::matchesFound);
        QSignalSpy progress(search.get(), &CrossSearch::progress);
        QSignalSpy finished(search.get(), &CrossSearch::finished);
        search->search(QStringLiteral("e"));
        QVERIFY(found.wait(10000)); // some results are in, more requests are running
        QVERIFY(search->requestsInFlight() > 0);
        const int handledAtCancel = int(env.sandbox.requests().size());
        const int matchesAtCancel = int(collected.matches.size());
        const int progressAtCancel = int(progress.size());
        search->cancel();
        QCOMPARE(search->state(), CrossSearch::State::Cancelled);
        QCOMPARE(search->requestsInFlight(), 0);

        // Nothing calls back afterwards, and no request is started any more.
        QVERIFY(!found.wait(latencyMs * 5));
        QCOMPARE(int(collected.matches.size()), matchesAtCancel);
        QCOMPARE(int(progress.size()), progressAtCancel);
        QCOMPARE(finished.size(), 0);
        QVERIFY(int(env.sandbox.requests().size()) <= handledAtCancel + search->maxInFlight());

        // A new search after a cancel indexes again, completely.
        search->search(QStringLiteral("stripe-api"));
        QVERIFY(finished.wait(20000));
        QCOMPARE(collected.keys(), QStringList{QStringLiteral("stripe-api-key")});

        // Destroyed mid-search: the fetches go with it, nothing calls back.
        search->search(QString());
        search->refresh();
        QVERIFY(search->requestsInFlight() > 0);
        search.reset();
        // Another search runs to its end meanwhile: a callback of the destroyed one
        // would crash here (or under ASan).
        CrossSearch next(&env.client);
        QSignalSpy nextFinished(&next, &CrossSearch::finished);
        next.search(QStringLiteral("stripe"));
        QVERIFY(nextFinished.wait(20000));
        QCOMPARE(next.currentMatches().size(), 2);
    }

    void failingControlPlaneIsReportedOthersCarryOn()
    {
        const QString storefront = QString::fromLatin1(SeedIds::StorefrontControlPlane);
        auto failure =
            fault("GET", QStringLiteral("^/v2/control-planes/%1/config-stores$").arg(storefront),
                  Sandbox::FaultKind::ServerError, -1);
        failure.status = 500;
        env.sandbox.addFault(failure);

        CrossSearch search(&env.client);
        Collected collected(&search);
        QSignalSpy failed(&search, &CrossSearch::controlPlaneFailed);
        QSignalSpy finished(&search, &CrossSearch::finished);
        search.search(QStringLiteral("-"));
        QVERIFY(finished.wait(20000));

        QCOMPARE(failed.size(), 1);
        const auto error = failed.constFirst().at(0).value<SearchError>();
        QCOMPARE(error.controlPlaneId, storefront);
        QCOMPARE(error.controlPlaneName, QStringLiteral("Storefront Staging"));
        QCOMPARE(error.error.httpStatus(), 500);
        QVERIFY2(error.message().startsWith(QStringLiteral("Storefront Staging (config stores)")),
                 qPrintable(error.message()));
        QCOMPARE(search.errors().size(), 1);
        // The other two control planes still answered, and so did the storefront's vaults.
        QVERIFY(collected.find(QStringLiteral("stripe-api-key"), SearchMatch::Kind::Secret));
        QVERIFY(collected.find(PartnerKey, SearchMatch::Kind::Secret));
        QVERIFY(collected.find(QStringLiteral("gcp-staging"), SearchMatch::Kind::Vault));
        QVERIFY(!collected.find(QStringLiteral("cms/api-token"), SearchMatch::Kind::Secret));
        QCOMPARE(search.controlPlanesDone(), 3);
        QCOMPARE(search.state(), CrossSearch::State::Complete);
    }

    void failingControlPlaneListIsReported()
    {
        auto failure = fault("GET", "^/v2/control-planes$", Sandbox::FaultKind::ServerError);
        failure.status = 500;
        env.sandbox.addFault(failure);
        CrossSearch search(&env.client);
        QSignalSpy failed(&search, &CrossSearch::controlPlaneFailed);
        QSignalSpy finished(&search, &CrossSearch::finished);
        search.search(QStringLiteral("key"));
        QVERIFY(finished.wait(20000));
        QCOMPARE(failed.size(), 1);
        const auto error = failed.constFirst().at(0).value<SearchError>();
        QVERIFY(error.controlPlaneId.isEmpty());
        QVERIFY(error.message().startsWith(QStringLiteral("Control planes: ")));
        QCOMPARE(search.controlPlanesTotal(), 0);
        QVERIFY(search.currentMatches().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCrossSearch)
#include "tst_crosssearch.moc"
