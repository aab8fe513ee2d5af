// ReferenceAudit against the sandbox's demo control plane over loopback HTTP:
// what uses which secret, the dangling references, references to other
// backends, unused secrets, progress, the concurrency bound and cancel.
#include "ApiTestEnvironment.h"
#include "ReferenceAudit.h"
#include "ReferenceAuditHub.h"
#include "SandboxSeed.h"

#include <QJsonArray>
#include <QTimer>

class TestReferenceAudit : public QObject
{
    Q_OBJECT

    ApiTestEnvironment env;
    const QString payments = QString::fromLatin1(Sandbox::SeedIds::PaymentsControlPlane);
    const QString paymentsStore = QString::fromLatin1(Sandbox::SeedIds::PaymentsStore);
    const QString legacyStore = QString::fromLatin1(Sandbox::SeedIds::PaymentsLegacyStore);

    AuditReport audit(const QString &cp, ApiError *error = nullptr)
    {
        ReferenceAudit audit(&env.client);
        QSignalSpy finished(&audit, &ReferenceAudit::finished);
        audit.start(cp);
        [&] { QVERIFY(finished.wait(20000)); }();
        if (finished.isEmpty())
            return AuditReport();
        if (error)
            *error = finished.constFirst().at(1).value<ApiError>();
        return finished.constFirst().at(0).value<AuditReport>();
    }

    static const AuditReference *find(const QList<AuditReference> &list, const QString &text)
    {
        for (const AuditReference &r : list) {
            if (r.text == text)
                return &r;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<AuditReport>();
        qRegisterMetaType<ApiError>();
        QVERIFY(env.start());
    }

    void init()
    {
        QVERIFY(env.sandbox.seed(QStringLiteral("demo")));
        env.sandbox.clearRequests();
    }

    void usedByNamesThePluginFieldAndService()
    {
        ApiError error;
        const AuditReport report = audit(payments, &error);
        QVERIFY2(!error.isError(), qPrintable(error.fullDescription()));
        QCOMPARE(report.controlPlaneId, payments);

        const auto uses = report.usesOf(paymentsStore, QStringLiteral("paypal-client-secret"));
        QCOMPARE(uses.size(), 1);
        QCOMPARE(uses.constFirst().describe(),
                 QStringLiteral("plugin “openid-connect” (config.client_secret) on service "
                                "“billing”"));
        // Embedded in a header value, on a route.
        const auto ledger = report.usesOf(paymentsStore, QStringLiteral("ledger-service-token"));
        QCOMPARE(ledger.size(), 1);
        QVERIFY(ledger.constFirst().embedded);
        QCOMPARE(ledger.constFirst().path, QStringLiteral("config.add.headers[1]"));
        QVERIFY(ledger.constFirst().describe().endsWith(QStringLiteral("on route “billing-api”")));
        // A key holding '/', percent-encoded in the reference; on a consumer.
        const auto redis = report.usesOf(paymentsStore, QStringLiteral("redis/password"));
        QCOMPARE(redis.size(), 1);
        QVERIFY(redis.constFirst().describe().contains(QStringLiteral("consumer “mobile-app”")));
        // A key entity and the second store, through its own vault.
        QCOMPARE(
            report.usesOf(paymentsStore, QStringLiteral("jwt-signing-key")).constFirst().describe(),
            QStringLiteral("key “jwt-signer” (pem.private_key)"));
        QCOMPARE(report.usesOf(legacyStore, QStringLiteral("mainframe-api-token")).size(), 1);
    }

    void danglingAndExternalReferences()
    {
        const AuditReport report = audit(payments);
        const auto dangling = report.dangling();
        QCOMPARE(dangling.size(), 2);
        const AuditReference *unknown =
            find(dangling, QStringLiteral("{vault://billing-secrets/http-log-token}"));
        QVERIFY(unknown);
        QCOMPARE(unknown->status, AuditReference::Status::UnknownPrefix);
        QCOMPARE(unknown->path, QStringLiteral("config.headers.Authorization"));
        QVERIFY(unknown->statusText().contains(QStringLiteral("billing-secrets")));
        const AuditReference *missing =
            find(dangling, QStringLiteral("{vault://payments/billing-tls-key}"));
        QVERIFY(missing);
        QCOMPARE(missing->status, AuditReference::Status::MissingKey);
        QCOMPARE(missing->entity.kind, QStringLiteral("certificates"));
        QCOMPARE(missing->path, QStringLiteral("key"));

        // env, aws and hcv are not checked: listed as external, never as dangling.
        const auto external = report.external();
        QCOMPARE(external.size(), 3);
        QVERIFY(find(external, QStringLiteral("{vault://aws-prod/billing-tls-cert}")));
        QCOMPARE(find(external, QStringLiteral("{vault://env-vars/REDIS_USER}"))->backend,
                 QStringLiteral("env"));
        QCOMPARE(find(external, QStringLiteral("{vault://hashicorp/redis/password}"))->entity.kind,
                 QStringLiteral("partials"));
    }

    void unusedSecrets()
    {
        const AuditReport report = audit(payments);
        const auto unused = report.unusedSecrets();
        QStringList keys;
        for (const auto &secret : unused)
            keys.append(secret.storeName + QLatin1Char('/') + secret.key);
        // 20 + 5 secrets; 6 used in payments-secrets, 1 in payments-legacy.
        QCOMPARE(unused.size(), 25 - 7);
        QVERIFY(keys.contains(QStringLiteral("payments-secrets/stripe-api-key")));
        QVERIFY(keys.contains(QStringLiteral("payments-legacy/old-hsm-pin")));
        QVERIFY(!keys.contains(QStringLiteral("payments-secrets/paypal-client-secret")));
        QVERIFY(!keys.contains(QStringLiteral("payments-legacy/mainframe-api-token")));
    }

    // A secret created and referenced after the first audit: a fresh audit sees both,
    // and a deleted secret turns its reference dangling.
    void freshAuditFollowsChanges()
    {
        Awaited<ConfigStoreSecret> created;
        env.client.createConfigStoreSecret(payments, paymentsStore,
                                           QStringLiteral("billing-tls-key"),
                                           QStringLiteral("made-up-pem"), this, created.callback());
        AWAIT_OK(created);
        QVERIFY(audit(payments).dangling().size() == 1);

        Awaited<NoContent> deleted;
        env.client.deleteConfigStoreSecret(payments, paymentsStore,
                                           QStringLiteral("paypal-client-secret"), this,
                                           deleted.callback());
        AWAIT_OK(deleted);
        const AuditReport report = audit(payments);
        QVERIFY(find(report.dangling(), QStringLiteral("{vault://payments/paypal-client-secret}")));
        QVERIFY(report.breakingIfSecretsDeleted(paymentsStore, {QStringLiteral("billing-tls-key")})
                    .size() == 1);
    }

    void breakingReferences()
    {
        const AuditReport report = audit(payments);
        QCOMPARE(report
                     .breakingIfSecretsDeleted(paymentsStore, {QStringLiteral("paypal-client-id"),
                                                               QStringLiteral("stripe-api-key")})
                     .size(),
                 1);
        QCOMPARE(report.breakingIfStoreDeleted(paymentsStore).size(), 6);
        QCOMPARE(report.breakingIfVaultDeleted(QStringLiteral("payments-legacy")).size(), 1);
        // The aws vault: its external reference breaks too.
        QCOMPARE(report.breakingIfVaultDeleted(QStringLiteral("aws-prod")).size(), 1);
    }

    void everyListIsReadWithTheBoundAndProgress()
    {
        ReferenceAudit audit(&env.client);
        audit.setConcurrency(3);
        int maxInFlight = 0;
        // Every list answers after a delay, so the requests in flight overlap.
        env.sandbox.addFault({QString(), QRegularExpression(QStringLiteral("/control-planes/")),
                              Sandbox::FaultKind::Delay, 0, Sandbox::RetryAfterStyle::None, 1, 40,
                              -1});
        QSignalSpy progress(&audit, &ReferenceAudit::progress);
        QSignalSpy finished(&audit, &ReferenceAudit::finished);
        QTimer poll;
        connect(&poll, &QTimer::timeout, this,
                [&] { maxInFlight = qMax(maxInFlight, audit.listsInFlight()); });
        poll.start(5);
        audit.start(payments);
        QVERIFY(audit.isRunning());
        QVERIFY(finished.wait(30000));
        poll.stop();
        env.sandbox.clearFaults();
        QVERIFY(maxInFlight >= 2);
        QVERIFY2(maxInFlight <= 3, qPrintable(QString::number(maxInFlight)));
        // 15 entity kinds + vaults + stores + 2 stores' secrets.
        QCOMPARE(progress.constLast().at(0).toInt(), 19);
        QCOMPARE(progress.constLast().at(1).toInt(), 19);
        QCOMPARE(env.countRequests(QStringLiteral("GET"), QStringLiteral("/core-entities/")),
                 CoreEntities::allKinds().size() + 1);
    }

    void cancelStopsEveryList()
    {
        env.sandbox.addFault({QString(), QRegularExpression(QStringLiteral("/core-entities/")),
                              Sandbox::FaultKind::Delay, 0, Sandbox::RetryAfterStyle::None, 1, 300,
                              -1});
        ReferenceAudit audit(&env.client);
        QSignalSpy finished(&audit, &ReferenceAudit::finished);
        QSignalSpy cancelled(&audit, &ReferenceAudit::cancelled);
        audit.start(payments);
        QTRY_VERIFY(!env.client.findChildren<ApiCall *>().isEmpty());
        audit.cancel();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!audit.isRunning());
        // Nothing in flight any more, and nothing more is asked.
        QTRY_VERIFY(env.client.findChildren<ApiCall *>().isEmpty());
        const int sent = int(env.sandbox.requests().size());
        QTest::qWait(400);
        env.sandbox.clearFaults();
        QCOMPARE(finished.size(), 0);
        QVERIFY(env.sandbox.requests().size() <= sent + 4); // at most the ones already sent
        QVERIFY(env.countRequests(QStringLiteral("GET"), QStringLiteral("/core-entities/")) <
                CoreEntities::allKinds().size());
    }

    void failedListIsAnErrorOrAnIncompleteKind()
    {
        // The vaults are needed for the mapping: their failure fails the audit.
        env.sandbox.addFault(
            {QString(), QRegularExpression(QStringLiteral("/core-entities/vaults")),
             Sandbox::FaultKind::ServerError, 500, Sandbox::RetryAfterStyle::None, 1, 0, -1});
        ApiError error;
        audit(payments, &error);
        QVERIFY(error.isError());
        env.sandbox.clearFaults();

        // A kind's list failing leaves the rest of the report and names the kind.
        env.sandbox.addFault({QString(), QRegularExpression(QStringLiteral("/core-entities/jwts")),
                              Sandbox::FaultKind::ServerError, 500, Sandbox::RetryAfterStyle::None,
                              1, 0, -1});
        const AuditReport report = audit(payments, &error);
        env.sandbox.clearFaults();
        QVERIFY(!error.isError());
        QCOMPARE(report.incompleteKinds, QStringList{QStringLiteral("jwts")});
        QCOMPARE(report.dangling().size(), 2);
    }

    void hubKeepsTheLastReportAndAnswersWaiters()
    {
        auto *hub = ReferenceAuditHub::of(&env.client);
        QCOMPARE(ReferenceAuditHub::of(&env.client), hub);
        QVERIFY(!hub->report(payments));
        std::optional<AuditReport> got;
        hub->whenReady(payments, this,
                       [&](const AuditReport &report, const ApiError &) { got = report; });
        QVERIFY(hub->isRunning(payments));
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
        QCOMPARE(got->dangling().size(), 2);
        QVERIFY(hub->report(payments));
        // A second waiter is answered from the report, without new requests.
        env.sandbox.clearRequests();
        bool again = false;
        hub->whenReady(payments, this,
                       [&](const AuditReport &, const ApiError &) { again = true; });
        QVERIFY(again);
        QCOMPARE(env.sandbox.requests().size(), 0);
        delete hub;
    }
};

QTEST_GUILESS_MAIN(TestReferenceAudit)
#include "tst_referenceaudit.moc"
