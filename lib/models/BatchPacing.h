#pragma once

#include <QtGlobal>

// When a loader puts the pages it has received into its model, and when it
// tells its progress. Pure: every decision takes the time (in ms, from any
// monotonic clock) as an argument, so the policy is tested with made-up times.
//
// The first batch goes in at once. A later one waits until intervalMs() has
// passed since the previous batch went in. The interval is MinIntervalMs, or
// ApplyShare times what the previous batch cost to put in when that is more,
// so putting batches in takes at most 1/ApplyShare of the thread's time (a
// view sorted by another column than the listing's order sorts each batch in).
// Progress is told with the first batch, the last one, and otherwise at most
// every ProgressIntervalMs.
class BatchPacing
{
public:
    static constexpr int MinIntervalMs = 4;
    static constexpr int ApplyShare = 2;
    static constexpr int ProgressIntervalMs = 100;

    // Forgets everything: the next batch is a first one.
    void reset();

    // How long to wait at `now` before putting in what has arrived.
    int delayBeforeApply(qint64 now) const;
    // A batch went in, taking from `startedAt` to `doneAt`.
    void applied(qint64 startedAt, qint64 doneAt);
    // Whether progress is told after the batch that went in at `now`; when it
    // is, the time is remembered.
    bool takeProgress(qint64 now, bool lastBatch);

    int intervalMs() const { return m_intervalMs; }

private:
    qint64 m_lastApplied = -1;  // when the previous batch went in; -1: none yet
    qint64 m_lastProgress = -1; // when progress was last told; -1: never
    int m_intervalMs = MinIntervalMs;
};
