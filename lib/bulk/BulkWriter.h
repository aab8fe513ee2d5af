#pragma once

#include "ApiError.h"
#include "Entities.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class ApiCall;
class KonnectClient;

// Writes many secrets into one config store with bounded concurrency: never
// more than maxConcurrency() calls in flight. KonnectClient already retries a
// 429 after Retry-After; on top of that, as soon as any call reports a 429
// (retrying, or failing with it) the writer stops dispatching new items until
// the delay has passed and halves its window (AIMD: +1 after a window's worth
// of successes, up to the maximum), so a rate limit never meets a storm.
// Values are held in memory only, and dropped once the run is over.
class BulkWriter : public QObject
{
    Q_OBJECT

public:
    struct Item
    {
        QString key;
        QString value;
        bool overwrite = false; // overwrite: PUT (update), else POST (create)
    };

    enum class ItemState {
        Pending,     // not started (yet, or ever when the run was cancelled)
        InFlight,    // sent, no answer yet
        Succeeded,   // written
        Failed,      // refused or failed; itemFinished carried the error
        Interrupted, // in flight when cancelled: it may or may not have been written
    };

    BulkWriter(KonnectClient *client, QString controlPlaneId, QString storeId,
               QObject *parent = nullptr);
    ~BulkWriter() override;

    void setMaxConcurrency(int n); // 1 = one at a time; clamped to at least 1
    int maxConcurrency() const { return m_maxConcurrency; }
    // The current window (lowered after a 429, raised again after successes).
    int currentConcurrency() const { return m_window; }
    int inFlight() const { return m_inFlight; }
    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_resumeTimer.isActive(); }

    // Starts writing; ignored while a run is going on. An empty list finishes
    // (from the event loop) with nothing done.
    void start(const QList<Item> &items);
    // Cancels the calls in flight and starts nothing new; finished(..., true)
    // is emitted before cancel() returns. No-op when not running.
    void cancel();

    int total() const { return int(m_states.size()); }
    ItemState state(int index) const { return m_states.value(index, ItemState::Pending); }
    int count(ItemState state) const;

signals:
    void progress(int done, int total);
    // An item's call was sent (inFlight() counts it already).
    void itemStarted(int index);
    void itemFinished(int index, const ApiError &error);
    // After itemFinished for an item that was written: what Konnect answered.
    void itemWritten(int index, const ConfigStoreSecret &secret);
    // Every time the window changes or dispatching pauses after a 429.
    void throttled(int window, int pauseMs);
    void finished(int succeeded, int failed, bool cancelled);

private:
    void dispatch();
    void send(int index);
    void onItemDone(int index, const ApiError &error, const ConfigStoreSecret &secret);
    void onClientRetrying(int nextAttempt, int delayMs, const ApiError &reason);
    void backOff(int delayMs);
    void finishRun(bool cancelled);

    QPointer<KonnectClient> m_client;
    QString m_controlPlaneId;
    QString m_storeId;
    int m_maxConcurrency = 6;
    int m_window = 6;
    int m_successesInWindow = 0;
    int m_throttleEvents = 0;

    QList<Item> m_items; // values: memory only, cleared when the run ends
    QList<ItemState> m_states;
    QList<QPointer<ApiCall>> m_calls;
    int m_next = 0;
    int m_inFlight = 0;
    int m_succeeded = 0;
    int m_failed = 0;
    bool m_running = false;
    QTimer m_resumeTimer;
    QMetaObject::Connection m_retryConnection;
};
