#include "BulkWriter.h"

#include "ApiCall.h"
#include "BulkLogging.h"
#include "KonnectClient.h"

#include <algorithm>

BulkWriter::BulkWriter(KonnectClient *client, QString controlPlaneId, QString storeId,
                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_controlPlaneId(std::move(controlPlaneId))
    , m_storeId(std::move(storeId))
{
    m_resumeTimer.setSingleShot(true);
    // Never early: a coarse timer may fire 5% before a server's Retry-After.
    m_resumeTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_resumeTimer, &QTimer::timeout, this, &BulkWriter::dispatch);
}

BulkWriter::~BulkWriter()
{
    // Never leave calls running that would write after their owner is gone.
    for (const QPointer<ApiCall> &call : std::as_const(m_calls)) {
        if (call)
            call->cancel();
    }
}

void BulkWriter::setMaxConcurrency(int n)
{
    m_maxConcurrency = std::max(1, n);
    m_window = std::min(m_window, m_maxConcurrency);
    if (!m_running)
        m_window = m_maxConcurrency;
}

int BulkWriter::count(ItemState state) const
{
    return int(std::count(m_states.cbegin(), m_states.cend(), state));
}

void BulkWriter::start(const QList<Item> &items)
{
    if (m_running || !m_client)
        return;
    m_items = items;
    m_states = QList<ItemState>(items.size(), ItemState::Pending);
    m_calls = QList<QPointer<ApiCall>>(items.size());
    m_next = 0;
    m_inFlight = 0;
    m_succeeded = 0;
    m_failed = 0;
    m_window = m_maxConcurrency;
    m_successesInWindow = 0;
    m_throttleEvents = 0;
    m_running = true;
    m_retryConnection =
        connect(m_client, &KonnectClient::retrying, this, &BulkWriter::onClientRetrying);
    qCInfo(lcBulk) << "writing" << items.size() << "secrets, at most" << m_maxConcurrency
                   << "at a time";
    if (items.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            if (m_running && m_items.isEmpty())
                finishRun(false);
        });
        return;
    }
    emit progress(0, total());
    dispatch();
}

void BulkWriter::cancel()
{
    if (!m_running)
        return;
    m_resumeTimer.stop();
    m_next = int(m_items.size()); // nothing new
    for (int i = 0; i < m_calls.size(); ++i) {
        if (m_states.at(i) != ItemState::InFlight)
            continue;
        m_states[i] = ItemState::Interrupted;
        if (ApiCall *call = m_calls.at(i))
            call->cancel(); // a cancelled call never calls back
    }
    m_inFlight = 0;
    qCInfo(lcBulk) << "cancelled:" << m_succeeded << "written," << count(ItemState::Interrupted)
                   << "interrupted," << count(ItemState::Pending) << "not started";
    finishRun(true);
}

void BulkWriter::dispatch()
{
    if (!m_running || m_resumeTimer.isActive())
        return;
    while (m_inFlight < m_window && m_next < m_items.size())
        send(m_next++);
}

void BulkWriter::send(int index)
{
    const Item &item = m_items.at(index);
    m_states[index] = ItemState::InFlight;
    ++m_inFlight;
    auto done = [this, index](const ApiResult<ConfigStoreSecret> &result) {
        onItemDone(index, result.error(), result.value());
    };
    m_calls[index] = item.overwrite
                         ? m_client->updateConfigStoreSecret(m_controlPlaneId, m_storeId, item.key,
                                                             item.value, this, std::move(done))
                         : m_client->createConfigStoreSecret(m_controlPlaneId, m_storeId, item.key,
                                                             item.value, this, std::move(done));
    emit itemStarted(index);
}

void BulkWriter::onItemDone(int index, const ApiError &error, const ConfigStoreSecret &secret)
{
    if (!m_running || m_states.value(index) != ItemState::InFlight)
        return;
    --m_inFlight;
    m_calls[index].clear();
    m_items[index].value.clear(); // the value is not needed any more
    if (error.isError()) {
        m_states[index] = ItemState::Failed;
        ++m_failed;
        if (m_client && error.kind() == ApiError::Kind::Http && error.httpStatus() == 429) {
            // Gave up on a 429 (Retry-After beyond the cap, or out of attempts):
            // no delay is known, so back off exponentially.
            backOff(ApiCall::backoffDelay(m_client->retryPolicy(), m_throttleEvents + 1));
        }
    } else {
        m_states[index] = ItemState::Succeeded;
        ++m_succeeded;
        // Additive increase: one more slot after a whole window of successes.
        // Answers to calls sent before a pause do not count.
        if (m_window < m_maxConcurrency && !m_resumeTimer.isActive() &&
            ++m_successesInWindow >= m_window) {
            ++m_window;
            m_successesInWindow = 0;
            qCInfo(lcBulk) << "window raised to" << m_window;
            emit throttled(m_window, 0);
        }
    }
    emit itemFinished(index, error);
    if (!error.isError())
        emit itemWritten(index, secret);
    if (!m_running)
        return; // a slot cancelled the run
    emit progress(m_succeeded + m_failed, total());
    if (!m_running)
        return;
    if (m_inFlight == 0 && m_next >= m_items.size()) {
        finishRun(false);
        return;
    }
    dispatch();
}

void BulkWriter::onClientRetrying(int, int delayMs, const ApiError &reason)
{
    if (m_running && reason.kind() == ApiError::Kind::Http && reason.httpStatus() == 429)
        backOff(delayMs);
}

void BulkWriter::backOff(int delayMs)
{
    const bool alreadyPaused = m_resumeTimer.isActive();
    const int remaining = alreadyPaused ? m_resumeTimer.remainingTime() : 0;
    if (!alreadyPaused) {
        // Multiplicative decrease, once per congestion event: the other calls of
        // the same wave that hit the limit only extend the pause.
        ++m_throttleEvents;
        m_window = std::max(1, m_window / 2);
        m_successesInWindow = 0;
    }
    if (delayMs > remaining)
        m_resumeTimer.start(std::max(0, delayMs));
    qCInfo(lcBulk) << "rate limited: window" << m_window << "pause" << delayMs << "ms";
    emit throttled(m_window, std::max(delayMs, remaining));
}

void BulkWriter::finishRun(bool cancelled)
{
    m_running = false;
    m_resumeTimer.stop();
    disconnect(m_retryConnection);
    for (Item &item : m_items)
        item.value.clear();
    m_calls.clear();
    qCInfo(lcBulk) << "done:" << m_succeeded << "written," << m_failed << "failed"
                   << (cancelled ? "(cancelled)" : "");
    emit finished(m_succeeded, m_failed, cancelled);
}
