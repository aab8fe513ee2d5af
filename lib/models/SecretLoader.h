#pragma once

#include "ApiError.h"
#include "Entities.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class KonnectClient;
class SecretModel;
class SecretStream;

// Streams a config store's secrets into a SecretModel, page by page, so the
// first rows show at once. The pages are requested and parsed on a thread of
// their own (SecretStream; the next request leaves before a page is parsed),
// so neither waits for this thread. load() first cancels whatever load is
// running and resets the model: rows of the previous store never show up
// afterwards. The first page goes into the model at once; later ones at most
// every ApplyIntervalMs, all that arrived in between together (one insertion
// per batch), so the views repaint once per batch instead of once per page
// (repainting was most of a 10,000-row load: tests/bench, B1). The interval is
// short so that the batch left for the end of a load (what the user waits for
// after the last page) stays small, and grows while batches are costly so that
// putting them in takes at most 1/ApplyShare of this thread's time (a table
// sorted by a column other than the listing's order sorts each batch in).
// Progress, which a label shows, is told at most every ProgressIntervalMs and
// with the last batch.
class SecretLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int ApplyIntervalMs = 4;
    static constexpr int ApplyShare = 2;
    static constexpr int ProgressIntervalMs = 100;

    SecretLoader(KonnectClient *client, SecretModel *model, QObject *parent = nullptr);
    ~SecretLoader() override;

    void load(const QString &controlPlaneId, const QString &storeId);
    // Stops the running load (the rows so far stay); finished is not emitted.
    void cancel();

    bool isLoading() const;
    QString controlPlaneId() const { return m_controlPlaneId; }
    QString storeId() const { return m_storeId; }

signals:
    void started();
    void progress(int rowsSoFar);
    // Once per load that was not cancelled; error.isError() is false on success.
    void finished(const ApiError &error);

private:
    void applyPendingPages();

    SecretModel *m_model;
    SecretStream *m_stream;
    quint64 m_streamId = 0;
    QString m_controlPlaneId;
    QString m_storeId;
    quint64 m_loadId = 0;
    quint64 m_modelLoad = 0;            // the model's load id (SecretModel::reset()) for this load
    QList<ConfigStoreSecret> m_pending; // of m_loadId, not in the model yet
    QTimer m_applyTimer;
    QElapsedTimer m_sinceApply; // invalid until the load's first page went in
    int m_applyIntervalMs = ApplyIntervalMs;
    QElapsedTimer m_sinceProgress; // invalid until the load's first progress
};
