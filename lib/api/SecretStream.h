#pragma once

#include "ApiError.h"
#include "Entities.h"

#include <QList>
#include <QObject>
#include <QThread>

class KonnectClient;

// Streams every secret of a config store (fetchAllConfigStoreSecrets) on a
// thread of its own, through a QNetworkAccessManager and a KonnectClient of
// that thread, configured like `client` (KonnectClient::settings()) when each
// stream starts. So neither the request for the next page nor parsing a page
// waits for the GUI thread, which is busy inserting and painting the rows that
// came before (tests/bench, B1: a 10,000-secret store is 100 pages in a row).
// Pages and the end of a stream arrive in this object's thread, in order;
// nothing of a stream arrives after cancel() or a newer start().
class SecretStream : public QObject
{
    Q_OBJECT

public:
    explicit SecretStream(KonnectClient *client, QObject *parent = nullptr);
    ~SecretStream() override; // cancels, stops the thread and waits for it

    // Starts streaming, after cancelling the stream running; returns its id.
    quint64 start(const QString &controlPlaneId, const QString &storeId);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void page(quint64 streamId, const QList<ConfigStoreSecret> &items);
    // Once per stream that was not cancelled; error.isError() is false on success.
    void finished(quint64 streamId, const ApiError &error);

private:
    class Worker;
    void deliverPage(quint64 streamId, const QList<ConfigStoreSecret> &items);
    void deliverEnd(quint64 streamId, const ApiError &error);

    KonnectClient *m_client;
    QThread m_thread;
    Worker *m_worker; // lives in m_thread (started at once), deleted there when it ends
    quint64 m_streamId = 0;
    bool m_running = false;
};
