// BulkWriter against the sandbox over loopback: every item written, failures
// reported per item, the concurrency bound observed on the server side, the
// pause and the lowered window after a 429, and cancellation.
#include "ApiTestEnvironment.h"
#include "BulkWriter.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimer>

namespace {

QList<BulkWriter::Item> newItems(int count, const QString &prefix = QStringLiteral("bulk-"))
{
    QList<BulkWriter::Item> items;
    for (int i = 0; i < count; ++i)
        items.append({prefix + QString::number(i), QStringLiteral("value-%1").arg(i), false});
    return items;
}

QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog.append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TestBulkWriter : public QObject
{
    Q_OBJECT

    ApiTestEnvironment env;
    QString cp;
    QString store;

    // Requests the sandbox has received and processed (a created secret is
    // stored on arrival) but not answered yet: in flight as the server sees it.
    int serverInFlight(const QList<BulkWriter::Item> &items) const
    {
        int stored = 0;
        for (const auto &item : items) {
            if (env.sandbox.secretValue(cp, store, item.key))
                ++stored;
        }
        int answered = 0;
        const auto requests = env.sandbox.requests();
        for (const auto &request : requests) {
            if (request.method == QLatin1String("POST") && request.status == 201)
                ++answered;
        }
        return stored - answered;
    }

private slots:
    void initTestCase() { QVERIFY(env.start()); }

    void init()
    {
        QVERIFY(env.reset());
        env.client.setRetryPolicy(ApiTestEnvironment::fastRetries());
        cp = env.sandbox.controlPlaneIds().constFirst();
        store = env.sandbox.configStoreIds(cp).constFirst();
    }

    void writesEveryItem()
    {
        auto items = newItems(8);
        items.append({QStringLiteral("stripe-api-key"), QStringLiteral("rotated"), true});
        BulkWriter writer(&env.client, cp, store);
        QSignalSpy progress(&writer, &BulkWriter::progress);
        QSignalSpy written(&writer, &BulkWriter::itemWritten);
        QSignalSpy finished(&writer, &BulkWriter::finished);
        writer.start(items);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst(), (QVariantList{9, 0, false}));
        QCOMPARE(progress.constLast(), (QVariantList{9, 9}));
        QCOMPARE(written.count(), 9);
        QCOMPARE(writer.count(BulkWriter::ItemState::Succeeded), 9);
        for (const auto &item : std::as_const(items))
            QCOMPARE(env.sandbox.secretValue(cp, store, item.key), std::optional(item.value));
        QCOMPARE(env.countRequests(QStringLiteral("POST"), QStringLiteral("/secrets")), 8);
        QCOMPARE(env.countRequests(QStringLiteral("PUT"), QStringLiteral("/stripe-api-key")), 1);
    }

    void reportsFailuresPerItem()
    {
        const QList<BulkWriter::Item> items{
            {QStringLiteral("fresh"), QStringLiteral("v"), false},
            {QStringLiteral("stripe-api-key"), QStringLiteral("v"), false}, // exists: POST refused
            {QStringLiteral("empty-value"), QString(), false}, // refused before sending
        };
        BulkWriter writer(&env.client, cp, store);
        QSignalSpy itemFinished(&writer, &BulkWriter::itemFinished);
        QSignalSpy finished(&writer, &BulkWriter::finished);
        writer.start(items);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst(), (QVariantList{1, 2, false}));
        QHash<int, ApiError> errors;
        for (const auto &args : std::as_const(itemFinished))
            errors.insert(args.at(0).toInt(), args.at(1).value<ApiError>());
        QCOMPARE(errors.size(), 3);
        QVERIFY(!errors.value(0).isError());
        QCOMPARE(errors.value(1).httpStatus(), 400);
        QCOMPARE(errors.value(2).kind(), ApiError::Kind::Validation);
        QCOMPARE(errors.value(2).invalidParameters().constFirst().rule,
                 QStringLiteral("min_length"));
        QCOMPARE(env.sandbox.secretValue(cp, store, QStringLiteral("stripe-api-key")),
                 std::optional(QStringLiteral("demo-stripe-7f3a91c2e84b")));
        QCOMPARE(writer.state(2), BulkWriter::ItemState::Failed);
    }

    void emptyListFinishes()
    {
        BulkWriter writer(&env.client, cp, store);
        QSignalSpy finished(&writer, &BulkWriter::finished);
        writer.start({});
        QVERIFY(finished.wait(2000));
        QCOMPARE(finished.constFirst(), (QVariantList{0, 0, false}));
    }

    void concurrencyIsBounded_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("one at a time") << 1;
        QTest::newRow("three") << 3;
        QTest::newRow("six") << 6;
    }

    void concurrencyIsBounded()
    {
        QFETCH(int, limit);
        env.sandbox.setLatency(60);
        const auto items = newItems(14);
        BulkWriter writer(&env.client, cp, store);
        writer.setMaxConcurrency(limit);
        int maxServer = 0;
        int maxClient = 0;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            maxServer = std::max(maxServer, serverInFlight(items));
            maxClient = std::max(maxClient, writer.inFlight());
        });
        poll.start(4);
        QSignalSpy finished(&writer, &BulkWriter::finished);
        writer.start(items);
        maxClient = std::max(maxClient, writer.inFlight());
        QVERIFY(finished.wait(20000));
        poll.stop();
        QCOMPARE(finished.constFirst(), (QVariantList{14, 0, false}));
        QVERIFY2(maxServer <= limit, qPrintable(QString::number(maxServer)));
        QCOMPARE(maxClient, limit);
        // The bound is reached, not just respected: calls do run in parallel.
        QCOMPARE(maxServer, limit);
    }

    // Checked on the writer's own events, not on when answers arrived: no item
    // starts while paused, none beyond the window, and the window after the
    // pause is half the maximum until successes raise it again.
    void pausesAndLowersWindowAfter429()
    {
        env.sandbox.setLatency(60);
        auto failure = fault("POST", "/secrets$", Sandbox::FaultKind::TooManyRequests);
        failure.retryAfter = Sandbox::RetryAfterStyle::Seconds;
        failure.retryAfterSeconds = 1;
        env.sandbox.addFault(failure);

        const auto items = newItems(16);
        BulkWriter writer(&env.client, cp, store);
        writer.setMaxConcurrency(4);
        QElapsedTimer clock; // for a lower bound only
        clock.start();
        qint64 pausedAt = -1;
        qint64 firstStartAfterPause = -1;
        int windowAfterPause = 0;
        QStringList violations;
        connect(&writer, &BulkWriter::throttled, this, [&](int, int pauseMs) {
            if (pauseMs > 0 && pausedAt < 0)
                pausedAt = clock.elapsed();
        });
        connect(&writer, &BulkWriter::itemStarted, this, [&](int index) {
            if (writer.isPaused())
                violations.append(QStringLiteral("item %1 started while paused").arg(index));
            if (writer.inFlight() > writer.currentConcurrency())
                violations.append(QStringLiteral("item %1 started with %2 in flight, window %3")
                                      .arg(index)
                                      .arg(writer.inFlight())
                                      .arg(writer.currentConcurrency()));
            if (pausedAt >= 0 && firstStartAfterPause < 0) {
                firstStartAfterPause = clock.elapsed();
                windowAfterPause = writer.currentConcurrency();
            }
        });
        QSignalSpy throttled(&writer, &BulkWriter::throttled);
        QSignalSpy retrying(&env.client, &KonnectClient::retrying);
        QSignalSpy finished(&writer, &BulkWriter::finished);
        writer.start(items);
        QVERIFY(finished.wait(20000));

        QCOMPARE(finished.constFirst(), (QVariantList{16, 0, false}));
        for (const auto &item : items)
            QVERIFY(env.sandbox.secretValue(cp, store, item.key).has_value());
        QCOMPARE(retrying.count(), 1);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
        // The window was halved and dispatching paused for Retry-After (1 s).
        QVERIFY(!throttled.isEmpty());
        QCOMPARE(throttled.constFirst().at(0).toInt(), 2);
        QCOMPARE(throttled.constFirst().at(1).toInt(), 1000);
        QVERIFY(pausedAt >= 0);
        QVERIFY(firstStartAfterPause >= 0);
        QCOMPARE(windowAfterPause, 2);
        // Not before Retry-After: the pause's timer is precise, so only a
        // lower bound (a slow machine starts later, never earlier).
        QVERIFY2(firstStartAfterPause - pausedAt >= 990,
                 qPrintable(QString::number(firstStartAfterPause - pausedAt)));
        // Successes raised the window back to the maximum.
        QCOMPARE(throttled.constLast().at(0).toInt(), 4);
        QCOMPARE(writer.currentConcurrency(), 4);
    }

    void failureWith429PausesToo()
    {
        // Retry-After beyond the client's cap: the call fails at once with 429.
        RetryPolicy policy = ApiTestEnvironment::fastRetries();
        policy.baseDelayMs = 1000;
        env.client.setRetryPolicy(policy);
        auto failure = fault("POST", "/secrets$", Sandbox::FaultKind::TooManyRequests);
        failure.retryAfter = Sandbox::RetryAfterStyle::Seconds;
        failure.retryAfterSeconds = 3600;
        env.sandbox.addFault(failure);

        BulkWriter writer(&env.client, cp, store);
        writer.setMaxConcurrency(1);
        QSignalSpy itemFinished(&writer, &BulkWriter::itemFinished);
        QSignalSpy finished(&writer, &BulkWriter::finished);
        bool pausedAfter429 = false;
        connect(&writer, &BulkWriter::itemFinished, &writer, [&](int, const ApiError &error) {
            if (error.httpStatus() == 429)
                pausedAfter429 = writer.isPaused();
        });
        QElapsedTimer clock;
        clock.start();
        writer.start(newItems(3));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst(), (QVariantList{2, 1, false}));
        QVERIFY(pausedAfter429);
        QCOMPARE(itemFinished.constFirst().at(1).value<ApiError>().httpStatus(), 429);
        // Backoff from a 1 s base with equal jitter: at least half of it (a
        // lower bound, which a slow machine cannot break).
        QVERIFY2(clock.elapsed() >= 500, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(env.sandbox.secretValue(cp, store, QStringLiteral("bulk-0")), std::nullopt);
    }

    void cancelStopsEverything()
    {
        env.sandbox.setLatency(150);
        const auto items = newItems(20);
        BulkWriter writer(&env.client, cp, store);
        writer.setMaxConcurrency(4);
        QSignalSpy itemFinished(&writer, &BulkWriter::itemFinished);
        QSignalSpy finished(&writer, &BulkWriter::finished);
        writer.start(items);
        QTRY_VERIFY_WITH_TIMEOUT(itemFinished.count() >= 4, 10000);
        const int before = int(itemFinished.count());
        writer.cancel();
        QCOMPARE(finished.count(), 1); // synchronously
        const QVariantList result = finished.constFirst();
        QVERIFY(result.at(2).toBool());
        QCOMPARE(result.at(0).toInt() + result.at(1).toInt(), before);
        const int interrupted = writer.count(BulkWriter::ItemState::Interrupted);
        QVERIFY(interrupted >= 1 && interrupted <= 4);
        QCOMPARE(writer.count(BulkWriter::ItemState::Pending), 20 - before - interrupted);
        QVERIFY(!writer.isRunning());

        // Nothing new reaches the server: only what was already sent can be
        // stored (the sandbox stores a secret as the request arrives).
        QSignalSpy handled(&env.sandbox, &Sandbox::SandboxServer::requestHandled);
        handled.wait(600); // long enough for anything dispatched to arrive (latency 150 ms)
        int stored = 0;
        for (const auto &item : items)
            stored += env.sandbox.secretValue(cp, store, item.key) ? 1 : 0;
        QVERIFY2(stored >= before && stored <= before + interrupted,
                 qPrintable(QStringLiteral("%1 stored, %2 finished, %3 interrupted")
                                .arg(stored)
                                .arg(before)
                                .arg(interrupted)));
        QCOMPARE(itemFinished.count(), before); // nothing reported after cancel
        QCOMPARE(finished.count(), 1);
    }
    void valuesNeverLogged()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("konnect.*=true"));
        capturedLog.clear();
        previousHandler = qInstallMessageHandler(captureMessage);
        auto failure = fault("POST", "/secrets$", Sandbox::FaultKind::TooManyRequests);
        failure.retryAfter = Sandbox::RetryAfterStyle::Seconds;
        failure.retryAfterSeconds = 0;
        env.sandbox.addFault(failure);
        QList<BulkWriter::Item> items;
        for (int i = 0; i < 4; ++i)
            items.append({QStringLiteral("logged-%1").arg(i),
                          QStringLiteral("made-up-secret-value-%1").arg(i), i % 2 == 1});
        BulkWriter writer(&env.client, cp, store);
        QSignalSpy finished(&writer, &BulkWriter::finished);
        writer.start(items);
        writer.cancel();
        writer.start(items);
        QVERIFY(finished.wait(10000));
        qInstallMessageHandler(previousHandler);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(capturedLog.join(QLatin1Char('\n')).contains(QLatin1String("rate limited")));
        for (const QString &line : std::as_const(capturedLog))
            QVERIFY2(!line.contains(QLatin1String("made-up-secret-value")), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestBulkWriter)
#include "tst_bulkwriter.moc"
