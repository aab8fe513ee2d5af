// The API client's error paths, retries, cancellation and log redaction,
// driven by the sandbox's fault injection (not run through Prism: most of
// these answers are deliberately outside the spec).
#include "ApiTestEnvironment.h"

#include <QLoggingCategory>
#include <QMutex>

namespace {

QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog.append(QString::fromLatin1(context.category ? context.category : "") +
                           QLatin1Char(' ') + message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TestClientFaults : public QObject
{
    Q_OBJECT

    ApiTestEnvironment env;
    QString cp;
    QString store;

private slots:
    void initTestCase() { QVERIFY(env.start()); }

    void init()
    {
        QVERIFY(env.reset());
        env.client.setRetryPolicy(ApiTestEnvironment::fastRetries());
        cp = env.sandbox.controlPlaneIds().constFirst();
        store = env.sandbox.configStoreIds(cp).constFirst();
    }

    void getRetriedAfter503()
    {
        auto f = fault("GET", "/config-stores$", Sandbox::FaultKind::ServerError, 2);
        f.status = 503;
        env.sandbox.addFault(f);
        QSignalSpy retrying(&env.client, &KonnectClient::retrying);
        Awaited<Page<ConfigStore>> stores;
        env.client.listConfigStores(cp, {}, this, stores.callback());
        AWAIT_OK(stores);
        QCOMPARE(retrying.count(), 2);
        QCOMPARE(env.countRequests(QStringLiteral("GET"), QStringLiteral("/config-stores")), 3);
    }

    void retriedStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retried");
        QTest::newRow("500") << 500 << false;
        QTest::newRow("502") << 502 << true;
        QTest::newRow("503") << 503 << true;
        QTest::newRow("504") << 504 << true;
    }

    void retriedStatuses()
    {
        QFETCH(int, status);
        QFETCH(bool, retried);
        auto f = fault("GET", "/control-planes$", Sandbox::FaultKind::ServerError, 1);
        f.status = status;
        env.sandbox.addFault(f);
        Awaited<Page<ControlPlane>> page;
        env.client.listControlPlanes({}, {}, this, page.callback());
        AWAIT(page);
        QCOMPARE(page.result->ok(), retried);
        if (!retried) {
            QCOMPARE(page.error().httpStatus(), status);
            QVERIFY(page.error().message().contains(QString::number(status)));
        }
        QCOMPARE(env.countRequests(QStringLiteral("GET"), QStringLiteral("/control-planes")),
                 retried ? 2 : 1);
    }

    // Statuses the sandbox cannot provoke by itself (403, 415) still end in a
    // sentence a person can act on, with the server's problem+json kept.
    void errorStatusesBecomeActionableMessages_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected");
        QTest::newRow("403") << 403 << "lacks permission";
        QTest::newRow("404") << 404 << "Not found";
        QTest::newRow("409") << 409 << "Conflict";
        QTest::newRow("415") << 415 << "request format";
        QTest::newRow("500") << 500 << "HTTP 500";
    }

    void errorStatusesBecomeActionableMessages()
    {
        QFETCH(int, status);
        QFETCH(QString, expected);
        auto f = fault("POST", "/config-stores$", Sandbox::FaultKind::ServerError, 1);
        f.status = status;
        env.sandbox.addFault(f);
        Awaited<ConfigStore> created;
        env.client.createConfigStore(cp, QStringLiteral("refused"), this, created.callback());
        AWAIT(created);
        QCOMPARE(created.error().httpStatus(), status);
        QCOMPARE(created.error().detail(), QStringLiteral("Injected sandbox fault"));
        QVERIFY2(created.error().message().contains(expected),
                 qPrintable(created.error().message()));
    }

    void postIsNeverReplayedAfter503()
    {
        auto f = fault("POST", "/config-stores$", Sandbox::FaultKind::ServerError, 1);
        f.status = 503;
        env.sandbox.addFault(f);
        const int storesBefore = int(env.sandbox.configStoreIds(cp).size());
        Awaited<ConfigStore> created;
        env.client.createConfigStore(cp, QStringLiteral("once"), this, created.callback());
        AWAIT(created);
        QCOMPARE(created.error().httpStatus(), 503);
        QCOMPARE(created.error().attempts(), 1);
        QCOMPARE(env.countRequests(QStringLiteral("POST"), QStringLiteral("/config-stores")), 1);
        QCOMPARE(env.sandbox.configStoreIds(cp).size(), storesBefore);
    }

    void tooManyRequests_data()
    {
        QTest::addColumn<int>("style");
        QTest::newRow("Retry-After seconds") << int(Sandbox::RetryAfterStyle::Seconds);
        QTest::newRow("Retry-After HTTP date") << int(Sandbox::RetryAfterStyle::HttpDate);
        QTest::newRow("no Retry-After") << int(Sandbox::RetryAfterStyle::None);
    }

    void tooManyRequests()
    {
        QFETCH(int, style);
        // 429 is retried even for a POST: the server did not act on it.
        auto f = fault("POST", "/config-stores$", Sandbox::FaultKind::TooManyRequests, 1);
        f.retryAfter = Sandbox::RetryAfterStyle(style);
        f.retryAfterSeconds = 1;
        env.sandbox.addFault(f);
        QSignalSpy retrying(&env.client, &KonnectClient::retrying);
        Awaited<ConfigStore> created;
        env.client.createConfigStore(cp, QStringLiteral("rate-limited"), this, created.callback());
        AWAIT_OK(created);
        QCOMPARE(retrying.count(), 1);
        const int delay = retrying.constFirst().at(1).toInt();
        if (style == int(Sandbox::RetryAfterStyle::Seconds))
            QCOMPARE(delay, 1000);
        else if (style == int(Sandbox::RetryAfterStyle::HttpDate))
            QVERIFY2(delay >= 0 && delay <= 2000, qPrintable(QString::number(delay)));
        else
            QVERIFY(delay >= 10 && delay <= 20); // first backoff step of fastRetries()
        QCOMPARE(env.countRequests(QStringLiteral("POST"), QStringLiteral("/config-stores")), 2);
    }

    void tooManyRequestsGivesUpAfterMaxAttempts()
    {
        env.sandbox.addFault(fault("GET", "/vaults$", Sandbox::FaultKind::TooManyRequests, -1));
        Awaited<Page<Vault>> vaults;
        env.client.listVaults(cp, {}, {}, this, vaults.callback());
        AWAIT(vaults);
        QCOMPARE(vaults.error().httpStatus(), 429);
        QCOMPARE(vaults.error().attempts(), 5);
        QVERIFY(vaults.error().message().contains(QStringLiteral("rate limiting")));
        QCOMPARE(env.countRequests(QStringLiteral("GET"), QStringLiteral("/vaults")), 5);
    }

    void retryAfterBeyondTheCapIsNotWaitedFor()
    {
        auto f = fault("GET", "/vaults$", Sandbox::FaultKind::TooManyRequests, 1);
        f.retryAfter = Sandbox::RetryAfterStyle::Seconds;
        f.retryAfterSeconds = 3600;
        env.sandbox.addFault(f);
        Awaited<Page<Vault>> vaults;
        env.client.listVaults(cp, {}, {}, this, vaults.callback());
        AWAIT(vaults);
        QCOMPARE(vaults.error().httpStatus(), 429);
        QCOMPARE(env.countRequests(QStringLiteral("GET"), QStringLiteral("/vaults")), 1);
    }

    void timeout()
    {
        RetryPolicy policy = ApiTestEnvironment::fastRetries();
        policy.transferTimeoutMs = 300;
        policy.maxAttempts = 2;
        env.client.setRetryPolicy(policy);
        auto f = fault("GET", "/config-stores$", Sandbox::FaultKind::Delay, -1);
        f.delayMs = 2000;
        env.sandbox.addFault(f);
        Awaited<Page<ConfigStore>> stores;
        env.client.listConfigStores(cp, {}, this, stores.callback());
        AWAIT(stores);
        QCOMPARE(stores.error().kind(), ApiError::Kind::Timeout);
        QCOMPARE(stores.error().attempts(), 2);
        QVERIFY(stores.error().message().contains(QStringLiteral("did not answer in time")));
    }

    void badBodies_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("malformed JSON")
            << int(Sandbox::FaultKind::MalformedJson) << "malformed JSON";
        QTest::newRow("wrong content type")
            << int(Sandbox::FaultKind::WrongContentType) << "expected JSON";
        QTest::newRow("empty 200") << int(Sandbox::FaultKind::EmptyOk) << "empty body";
    }

    void badBodies()
    {
        QFETCH(int, kind);
        QFETCH(QString, expected);
        env.sandbox.addFault(fault("GET", "/control-planes/[^/]+$", Sandbox::FaultKind(kind), 1));
        Awaited<ControlPlane> got;
        env.client.getControlPlane(cp, this, got.callback());
        AWAIT(got);
        QCOMPARE(got.error().kind(), ApiError::Kind::InvalidResponse);
        QVERIFY2(got.error().message().contains(expected), qPrintable(got.error().message()));
    }

    void htmlErrorPage()
    {
        auto f = fault("POST", "/config-stores$", Sandbox::FaultKind::HtmlErrorPage, 1);
        f.status = 502;
        env.sandbox.addFault(f);
        Awaited<ConfigStore> created;
        env.client.createConfigStore(cp, QStringLiteral("behind-a-proxy"), this,
                                     created.callback());
        AWAIT(created);
        QCOMPARE(created.error().httpStatus(), 502);
        QVERIFY(created.error().detail().isEmpty()); // the HTML is not shown to the user
        QVERIFY(created.error().message().contains(QStringLiteral("502")));
    }

    void droppedMidBody()
    {
        // A GET is retried and succeeds; a POST is not replayed.
        env.sandbox.addFault(fault("GET", "/config-stores$", Sandbox::FaultKind::DropMidBody, 1));
        Awaited<Page<ConfigStore>> stores;
        env.client.listConfigStores(cp, {}, this, stores.callback());
        AWAIT_OK(stores);
        QCOMPARE(env.countRequests(QStringLiteral("GET"), QStringLiteral("/config-stores")), 2);

        env.sandbox.addFault(fault("POST", "/secrets$", Sandbox::FaultKind::DropMidBody, 1));
        Awaited<ConfigStoreSecret> created;
        env.client.createConfigStoreSecret(cp, store, QStringLiteral("dropped"),
                                           QStringLiteral("made-up"), this, created.callback());
        AWAIT(created);
        QCOMPARE(created.error().kind(), ApiError::Kind::Network);
        QCOMPARE(env.countRequests(QStringLiteral("POST"), QStringLiteral("/secrets")), 1);
    }

    void duplicateVaultPrefix()
    {
        Vault vault;
        vault.name = QStringLiteral("env");
        vault.prefix = QStringLiteral("dup-prefix");
        Awaited<Vault> first;
        env.client.createVault(cp, vault, this, first.callback());
        AWAIT_OK(first);
        Awaited<Vault> second;
        env.client.createVault(cp, vault, this, second.callback());
        AWAIT(second);
        // Konnect's core entities: 400 "data constraint error" (tst_sandbox_fidelity.cpp).
        QCOMPARE(second.error().httpStatus(), 400);
        QCOMPARE(second.error().invalidParameters().constFirst().field, QStringLiteral("prefix"));
        QVERIFY(!second.error().message().isEmpty());
    }

    // A 404 to a first DELETE is "not found", except for delete-vault, whose spec answers
    // 204 for an absent vault ("Successfully deleted Vault or the resource didn't exist").
    void firstDeleteAnswered404()
    {
        auto secretFault = fault("DELETE", "/secrets/", Sandbox::FaultKind::HtmlErrorPage, 1);
        secretFault.status = 404;
        env.sandbox.addFault(secretFault);
        const QString key = QStringLiteral("stripe-api-key");
        QVERIFY(env.sandbox.secretValue(cp, store, key).has_value());
        Awaited<NoContent> secret;
        env.client.deleteConfigStoreSecret(cp, store, key, this, secret.callback());
        AWAIT(secret);
        QCOMPARE(secret.error().httpStatus(), 404);
        QVERIFY(env.sandbox.secretValue(cp, store, key).has_value()); // and it is still there

        auto vaultFault = fault("DELETE", "/vaults/", Sandbox::FaultKind::HtmlErrorPage, 1);
        vaultFault.status = 404;
        env.sandbox.addFault(vaultFault);
        Awaited<NoContent> vault;
        env.client.deleteVault(cp, QStringLiteral("payments"), this, vault.callback());
        AWAIT_OK(vault);
    }

    void cancelDuringFetchAll()
    {
        QVERIFY(env.sandbox.seed(QStringLiteral("scale:1000")));
        const QString scaleCp = env.sandbox.controlPlaneIds().constFirst();
        const QString scaleStore = env.sandbox.configStoreIds(scaleCp).constFirst();
        env.sandbox.clearRequests();
        env.sandbox.setLatency(100);
        int pages = 0;
        bool doneCalled = false;
        QPointer<FetchAll> fetch;
        fetch = env.client.fetchAllConfigStoreSecrets(
            scaleCp, scaleStore, this,
            [&](const QList<ConfigStoreSecret> &) {
                if (++pages == 2)
                    fetch->cancel();
            },
            [&](const ApiError &) { doneCalled = true; });
        QSignalSpy cancelled(fetch.data(), &FetchAll::cancelled);
        QVERIFY(cancelled.wait(10000));
        QTRY_VERIFY(fetch.isNull()); // deleted itself
        const int requestsAtCancel = int(env.sandbox.requests().size());
        QCOMPARE(requestsAtCancel, 2);
        // Nothing more is requested, and neither callback runs again.
        QTest::qWait(400);
        QCOMPARE(env.sandbox.requests().size(), requestsAtCancel);
        QCOMPARE(pages, 2);
        QVERIFY(!doneCalled);
    }

    void cancelSingleCall()
    {
        env.sandbox.setLatency(300);
        bool called = false;
        ApiCall *call = env.client.listConfigStores(
            cp, {}, this, [&](const ApiResult<Page<ConfigStore>> &) { called = true; });
        QSignalSpy cancelled(call, &ApiCall::cancelled);
        call->cancel();
        QCOMPARE(cancelled.count(), 1);
        QTest::qWait(600);
        QVERIFY(!called);
    }

    void contextDestroyedMeansNoCallback()
    {
        env.sandbox.setLatency(100);
        bool called = false;
        auto *context = new QObject;
        QPointer<ApiCall> call = env.client.listConfigStores(
            cp, {}, context, [&](const ApiResult<Page<ConfigStore>> &) { called = true; });
        delete context;
        QTRY_VERIFY(call.isNull());
        QVERIFY(!called);
    }

    void plainHttpToARemoteHostIsRefused()
    {
        QString error;
        QVERIFY(!KonnectEndpoint::forCustomUrl(QUrl(QStringLiteral("http://konnect.example.com")),
                                               &error)
                     .isValid());
        // Defence in depth: an ApiCall refuses such a URL itself, before sending.
        const ApiError apiError =
            env.bareCallError(QUrl(QStringLiteral("http://konnect.example.com/v2/x")));
        QCOMPARE(apiError.kind(), ApiError::Kind::InsecureUrl);
        QCOMPARE(apiError.attempts(), 0);
    }

    void logNeverHoldsTokenOrSecretValue()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("konnect.*=true"));
        {
            QMutexLocker lock(&logMutex);
            capturedLog.clear();
        }
        previousHandler = qInstallMessageHandler(captureMessage);
        const QString value = QStringLiteral("s3cr3t-made-up-value-7f2a");
        Awaited<ConfigStoreSecret> created;
        env.client.createConfigStoreSecret(cp, store, QStringLiteral("logged-key"), value, this,
                                           created.callback());
        AWAIT_OK(created);
        Awaited<ConfigStoreSecret> failing;
        env.client.createConfigStoreSecret(cp, store, QStringLiteral("logged-key"), value, this,
                                           failing.callback()); // duplicate: an error path
        AWAIT(failing);
        qInstallMessageHandler(previousHandler);
        QLoggingCategory::setFilterRules(QString());

        QMutexLocker lock(&logMutex);
        const QString log = capturedLog.join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QStringLiteral("POST")), qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("/secrets")));
        QVERIFY(!log.contains(value));
        QVERIFY(!log.contains(env.sandbox.token()));
        QVERIFY(!log.contains(QStringLiteral("Bearer")));
    }
};

QTEST_GUILESS_MAIN(TestClientFaults)
#include "tst_clientfaults.moc"
