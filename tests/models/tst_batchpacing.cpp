// BatchPacing, the policy that decides when a loader puts pages into its model
// and when it tells progress, with made-up times: no clock, no event loop.
#include "BatchPacing.h"

#include <QTest>

class TestBatchPacing : public QObject
{
    Q_OBJECT

private slots:
    void theFirstBatchGoesInAtOnce()
    {
        BatchPacing pacing;
        QCOMPARE(pacing.delayBeforeApply(0), 0);
        QCOMPARE(pacing.delayBeforeApply(123456), 0);
    }

    void cheapBatchesWaitTheMinimumInterval()
    {
        BatchPacing pacing;
        pacing.applied(1000, 1001); // a 1 ms batch
        QCOMPARE(pacing.intervalMs(), BatchPacing::MinIntervalMs);
        // A page that arrives while the batch is still going in waits the full
        // interval from its start, less what has passed since.
        QCOMPARE(pacing.delayBeforeApply(1001), BatchPacing::MinIntervalMs - 1);
        QCOMPARE(pacing.delayBeforeApply(1000 + BatchPacing::MinIntervalMs), 0);
        QCOMPARE(pacing.delayBeforeApply(5000), 0); // long after: at once
    }

    // Putting batches in takes at most 1/ApplyShare of the time: the next waits
    // ApplyShare times the cost of the one before, counted from its start.
    void costlyBatchesComeLessOften()
    {
        BatchPacing pacing;
        pacing.applied(0, 10); // a 10 ms batch (a view sorting it in)
        QCOMPARE(pacing.intervalMs(), BatchPacing::ApplyShare * 10);
        QCOMPARE(pacing.delayBeforeApply(10), BatchPacing::ApplyShare * 10 - 10);
        QCOMPARE(pacing.delayBeforeApply(12), BatchPacing::ApplyShare * 10 - 12);
        // Over many costly batches, inserting is at most half of the time.
        qint64 now = 20;
        qint64 busy = 10;
        for (int i = 0; i < 100; ++i) {
            now += pacing.delayBeforeApply(now);
            pacing.applied(now, now + 10);
            busy += 10;
            now += 10;
        }
        // Counted up to when the next batch may start: whole periods.
        const qint64 nextStart = now + pacing.delayBeforeApply(now);
        QVERIFY2(busy * BatchPacing::ApplyShare <= nextStart,
                 qPrintable(QString::number(nextStart)));
        // A cheap batch brings the interval back down.
        pacing.applied(now, now);
        QCOMPARE(pacing.intervalMs(), BatchPacing::MinIntervalMs);
    }

    void progressIsToldFirstLastAndAtMostEveryInterval()
    {
        BatchPacing pacing;
        QVERIFY(pacing.takeProgress(500, false)); // the first batch
        QVERIFY(!pacing.takeProgress(501, false));
        QVERIFY(!pacing.takeProgress(500 + BatchPacing::ProgressIntervalMs - 1, false));
        QVERIFY(pacing.takeProgress(500 + BatchPacing::ProgressIntervalMs, false));
        QVERIFY(!pacing.takeProgress(500 + BatchPacing::ProgressIntervalMs + 1, false));
        // The last batch is told whenever it comes.
        QVERIFY(pacing.takeProgress(500 + BatchPacing::ProgressIntervalMs + 2, true));
    }

    void resetStartsAFreshLoad()
    {
        BatchPacing pacing;
        pacing.applied(0, 50);
        QVERIFY(pacing.takeProgress(50, false));
        pacing.reset();
        QCOMPARE(pacing.intervalMs(), BatchPacing::MinIntervalMs);
        QCOMPARE(pacing.delayBeforeApply(51), 0);
        QVERIFY(pacing.takeProgress(51, false));
    }
};

QTEST_GUILESS_MAIN(TestBatchPacing)
#include "tst_batchpacing.moc"
