#include "BatchPacing.h"

#include <algorithm>

void BatchPacing::reset()
{
    *this = BatchPacing();
}

int BatchPacing::delayBeforeApply(qint64 now) const
{
    if (m_lastApplied < 0)
        return 0;
    return int(std::clamp<qint64>(m_intervalMs - (now - m_lastApplied), 0, m_intervalMs));
}

void BatchPacing::applied(qint64 startedAt, qint64 doneAt)
{
    m_lastApplied = startedAt;
    m_intervalMs = int(std::max<qint64>(MinIntervalMs, ApplyShare * (doneAt - startedAt)));
}

bool BatchPacing::takeProgress(qint64 now, bool lastBatch)
{
    if (!lastBatch && m_lastProgress >= 0 && now - m_lastProgress < ProgressIntervalMs)
        return false;
    m_lastProgress = now;
    return true;
}
