#pragma once

#include "ApiError.h"
#include "BatchPacing.h"
#include "Entities.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class KonnectClient;
class SecretModel;
class SecretStream;

// Streams a config store's secrets into a SecretModel, page by page, so the
// first rows show at once. The pages are requested and parsed on a thread of
// their own (SecretStream; the next request leaves before a page is parsed),
// so neither waits for this thread. load() first cancels whatever load is
// running and resets the model: rows of the previous store never show up
// afterwards. Pages go into the model in batches paced by BatchPacing (the
// first page at once, then all that arrived in between together, one
// insertion per batch), so the views repaint once per batch instead of once
// per page; progress, which a label shows, is paced by it too.
class SecretLoader : public QObject
{
    Q_OBJECT

public:
    // Milliseconds from any monotonic origin; the pacing's only source of time.
    using Clock = std::function<qint64()>;

    SecretLoader(KonnectClient *client, SecretModel *model, QObject *parent = nullptr);
    ~SecretLoader() override;

    void load(const QString &controlPlaneId, const QString &storeId);
    // Stops the running load (the rows so far stay); finished is not emitted.
    void cancel();

    bool isLoading() const;
    QString controlPlaneId() const { return m_controlPlaneId; }
    QString storeId() const { return m_storeId; }

    // Replaces the steady clock the pacing reads (tests use a made-up one).
    void setClock(Clock clock) { m_clock = std::move(clock); }
    const BatchPacing &pacing() const { return m_pacing; }

signals:
    void started();
    void progress(int rowsSoFar);
    // Once per load that was not cancelled; error.isError() is false on success.
    void finished(const ApiError &error);

private:
    // Puts what arrived into the model; lastBatch: the listing is over.
    void applyPendingPages(bool lastBatch);
    qint64 now() const { return m_clock ? m_clock() : m_steady.elapsed(); }

    SecretModel *m_model;
    SecretStream *m_stream;
    quint64 m_streamId = 0;
    QString m_controlPlaneId;
    QString m_storeId;
    quint64 m_loadId = 0;
    quint64 m_modelLoad = 0;            // the model's load id (SecretModel::reset()) for this load
    QList<ConfigStoreSecret> m_pending; // of m_loadId, not in the model yet
    QTimer m_applyTimer;
    BatchPacing m_pacing;
    QElapsedTimer m_steady; // started at construction
    Clock m_clock;          // when set, read instead of m_steady
    int m_toldRows = 0;     // the row count progress last told, this load
};
