#pragma once

#include "ApiError.h"
#include "Entities.h"

#include <QList>
#include <QObject>
#include <QThread>

class KonnectClient;

// Streams every secret of a config store (list-config-store-secrets, every
// page) with the walk from page to page on a thread of its own: a
// QNetworkAccessManager and a KonnectClient of that thread, configured like
// `client` (KonnectClient::settings()) when each stream starts, ask for the
// next page as soon as an answer's meta is read (JsonScan). The answers are
// parsed here, in this object's thread, where they are used: so the walk never
// waits for this thread (busy inserting and painting rows), and all of the
// work that is not the walk stays on one thread, leaving the other core to the
// walk (tests/bench, B1: a 10,000-secret store is 100 pages in a row). Where
// the parse disagrees with the early read, it has the last word: the walk goes
// on from the parsed cursor and what was asked for early is dropped.
// Pages and the end of a stream arrive in order; nothing of a stream arrives
// after cancel() or a newer start(). KonnectClient::endCalls() on `client`
// ends the running stream too, with ApiError::sessionEnded().
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
    struct RawPage;
    void receive(quint64 streamId, quint64 branch, const RawPage &raw);
    void end(const ApiError &error);
    void stopWorker();
    void endForSession();

    KonnectClient *m_client;
    QThread m_thread;
    Worker *m_worker; // lives in m_thread (started at once), deleted there when it ends
    quint64 m_streamId = 0;
    quint64 m_branch = 0; // the worker's walk this stream takes pages from
    bool m_running = false;
};
