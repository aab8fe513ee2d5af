// SecretLoader against the sandbox over loopback HTTP: a store's secrets
// stream into the model page by page, and switching store mid-load leaves only
// the new store's rows.
#include "ApiTestEnvironment.h"
#include "SandboxSeed.h"
#include "SecretLoader.h"
#include "SecretModel.h"

#include <QSet>

namespace {

QSet<QString> keys(const SecretModel &model)
{
    QSet<QString> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.insert(model.keyAt(row));
    return result;
}

} // namespace

class TestSecretLoader : public QObject
{
    Q_OBJECT

    ApiTestEnvironment env;
    const QString scaleCp = QString::fromLatin1(Sandbox::SeedIds::ScaleControlPlane);
    const QString scaleStore = QString::fromLatin1(Sandbox::SeedIds::ScaleStore);

    // A second store in the scale control plane with `count` secrets.
    QString createSmallStore(int count)
    {
        Awaited<ConfigStore> created;
        env.client.createConfigStore(scaleCp, QStringLiteral("small"), this, created.callback());
        [&] { AWAIT_OK(created); }();
        if (!created.result || !created.result->ok())
            return QString();
        const QString id = created.value().id;
        for (int i = 0; i < count; ++i) {
            Awaited<ConfigStoreSecret> secret;
            env.client.createConfigStoreSecret(scaleCp, id, QStringLiteral("small-%1").arg(i),
                                               QStringLiteral("v"), this, secret.callback());
            [&] { AWAIT_OK(secret); }();
        }
        return id;
    }

private slots:
    void initTestCase() { QVERIFY(env.start(QStringLiteral("scale:3000"))); }

    void init()
    {
        QVERIFY(env.sandbox.seed(QStringLiteral("scale:3000")));
        env.sandbox.setLatency(0);
        env.sandbox.clearFaults();
        env.sandbox.clearRequests();
        env.client.setDefaultPageSize(100);
    }

    void loadsEveryPageIntoTheModel()
    {
        SecretModel model;
        SecretLoader loader(&env.client, &model);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy progress(&loader, &SecretLoader::progress);
        QSignalSpy finished(&loader, &SecretLoader::finished);

        loader.load(scaleCp, scaleStore);
        QVERIFY(loader.isLoading());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        const auto error = finished.at(0).at(0).value<ApiError>();
        QVERIFY2(!error.isError(), qPrintable(error.fullDescription()));
        QVERIFY(!loader.isLoading());

        QCOMPARE(model.rowCount(), 3000);
        // One insertion per batch of pages put in (the first page alone, at
        // once), not one per page; progress with the first and the last batch.
        QVERIFY(inserted.size() >= 2 && inserted.size() <= 30);
        QVERIFY(progress.size() >= 2 && progress.size() <= inserted.size());
        QCOMPARE(inserted.constFirst().at(1).toInt(), 0);
        QCOMPARE(inserted.constFirst().at(2).toInt(), 99);
        QCOMPARE(progress.constFirst().at(0).toInt(), 100);
        QCOMPARE(progress.constLast().at(0).toInt(), 3000);
        for (int i = 1; i < progress.size(); ++i)
            QVERIFY(progress.at(i).at(0).toInt() > progress.at(i - 1).at(0).toInt());
        QCOMPARE(model.keyAt(0), QStringLiteral("secret-000001"));
        QCOMPARE(model.indexOfKey(QStringLiteral("secret-003000")), 2999);
    }

    // The loader paces batches and progress by BatchPacing (its rules are in
    // tst_batchpacing) with the clock it is given: here a made-up one that moves
    // 50 ms with each insertion, so what is told depends on the insertions made,
    // not on how fast this machine happens to be.
    void progressFollowsTheClockItIsGiven()
    {
        env.sandbox.setLatency(5); // several batches
        SecretModel model;
        SecretLoader loader(&env.client, &model);
        qint64 fakeNow = 0;
        loader.setClock([&fakeNow] { return fakeNow; });
        QList<qint64> insertedAt;
        connect(&model, &QAbstractItemModel::rowsInserted, this, [&] {
            fakeNow += 50;
            insertedAt.append(fakeNow);
        });
        QList<qint64> progressAt;
        QList<int> rows;
        connect(&loader, &SecretLoader::progress, this, [&](int rowsSoFar) {
            progressAt.append(fakeNow);
            rows.append(rowsSoFar);
        });
        QSignalSpy finished(&loader, &SecretLoader::finished);

        loader.load(scaleCp, scaleStore);
        QVERIFY(finished.wait(20000));
        QVERIFY(!finished.at(0).at(0).value<ApiError>().isError());
        QCOMPARE(model.rowCount(), 3000);
        QCOMPARE(rows.constFirst(), 100);
        QCOMPARE(rows.constLast(), 3000);
        QCOMPARE(progressAt.constFirst(), insertedAt.constFirst());
        // Between the first and the last, at most every ProgressIntervalMs of
        // the given clock: every other insertion here.
        for (int i = 1; i + 1 < progressAt.size(); ++i)
            QCOMPARE(progressAt.at(i) - progressAt.at(i - 1), qint64(2 * 50));
        const int expected = insertedAt.size() == 1 ? 1
                                                    : (insertedAt.size() + 1) / 2 +
                                                          (insertedAt.size() % 2 == 0 ? 1 : 0);
        QCOMPARE(progressAt.size(), expected);
    }

    // With a clock that stands still, progress is told twice, first and last,
    // however many batches went in.
    void progressIsToldFirstAndLastWhenNoTimePasses()
    {
        env.sandbox.setLatency(5);
        SecretModel model;
        SecretLoader loader(&env.client, &model);
        loader.setClock([] { return qint64(1000); });
        QSignalSpy progress(&loader, &SecretLoader::progress);
        QSignalSpy finished(&loader, &SecretLoader::finished);
        loader.load(scaleCp, scaleStore);
        QVERIFY(finished.wait(20000));
        QCOMPARE(progress.size(), 2);
        QCOMPARE(progress.at(0).at(0).toInt(), 100);
        QCOMPARE(progress.at(1).at(0).toInt(), 3000);
    }

    // What a batch costs to put in, on the loader's clock, sets the interval
    // before the next: a view that takes 10 ms makes it ApplyShare x 10 ms.
    void costlyBatchesSetTheInterval()
    {
        SecretModel model;
        SecretLoader loader(&env.client, &model);
        qint64 fakeNow = 0;
        loader.setClock([&fakeNow] { return fakeNow; });
        connect(&model, &QAbstractItemModel::rowsInserted, this, [&] { fakeNow += 10; });
        QSignalSpy finished(&loader, &SecretLoader::finished);
        loader.load(scaleCp, scaleStore);
        QVERIFY(finished.wait(20000));
        QCOMPARE(model.rowCount(), 3000);
        QCOMPARE(loader.pacing().intervalMs(), BatchPacing::ApplyShare * 10);
    }

    void switchingStoreMidLoadLeavesOnlyTheNewStore()
    {
        const QString small = createSmallStore(3);
        QVERIFY(!small.isEmpty());
        env.sandbox.setLatency(30); // 30 pages of the big store take about a second

        SecretModel model;
        SecretLoader loader(&env.client, &model);
        QSignalSpy progress(&loader, &SecretLoader::progress);
        QSignalSpy finished(&loader, &SecretLoader::finished);

        loader.load(scaleCp, scaleStore);
        // Mid-load: the sandbox answers one page per 30 ms of this thread's
        // event loop, so a check between two waits sees a few pages at most.
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 200, 20000);
        QVERIFY(model.rowCount() < 3000);
        QCOMPARE(finished.size(), 0);

        progress.clear();
        loader.load(scaleCp, small);
        QCOMPARE(model.rowCount(), 0); // the old rows go at once
        QCOMPARE(loader.storeId(), small);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1); // the first load never reports
        QVERIFY(!finished.at(0).at(0).value<ApiError>().isError());
        const QSet<QString> expected{QStringLiteral("small-0"), QStringLiteral("small-1"),
                                     QStringLiteral("small-2")};
        QCOMPARE(keys(model), expected);
        for (const auto &arguments : std::as_const(progress))
            QVERIFY(arguments.at(0).toInt() <= 3);

        // Nothing of the first store trickles in afterwards: its listing was
        // stopped, and after one more round trip the model still holds only the
        // new store.
        const int bigPagesBefore = env.countRequests(QStringLiteral("GET"), scaleStore);
        QVERIFY(bigPagesBefore < 30);
        Awaited<ConfigStore> probe; // one round trip through the event loop and the sandbox
        env.client.getConfigStore(scaleCp, small, this, probe.callback());
        AWAIT_OK(probe);
        QCOMPARE(keys(model), expected);
        QCOMPARE(env.countRequests(QStringLiteral("GET"), scaleStore), bigPagesBefore);
    }

    void cancelStopsWithoutReporting()
    {
        env.sandbox.setLatency(30);
        SecretModel model;
        SecretLoader loader(&env.client, &model);
        QSignalSpy finished(&loader, &SecretLoader::finished);
        QSignalSpy started(&loader, &SecretLoader::started);
        loader.load(scaleCp, scaleStore);
        QCOMPARE(started.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 100, 20000);
        loader.cancel();
        QVERIFY(!loader.isLoading());
        const int rows = model.rowCount();
        // A later load still works and is the only one reported.
        const QString small = createSmallStore(2);
        loader.load(scaleCp, small);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(rows < 3000);
        QCOMPARE(model.rowCount(), 2);
    }

    void aMissingStoreReportsTheError()
    {
        SecretModel model;
        SecretLoader loader(&env.client, &model);
        QSignalSpy finished(&loader, &SecretLoader::finished);
        loader.load(scaleCp, QStringLiteral("00000000-0000-4000-8000-000000000000"));
        QVERIFY(finished.wait(20000));
        const auto error = finished.at(0).at(0).value<ApiError>();
        QVERIFY(error.isError());
        QCOMPARE(error.httpStatus(), 404);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSecretLoader)
#include "tst_secretloader.moc"
