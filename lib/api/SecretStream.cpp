#include "SecretStream.h"

#include "KonnectClient.h"
#include "Pagination.h"

#include <QNetworkAccessManager>
#include <QPointer>

#include <optional>

// One answer as the stream's thread got it: unparsed, with where the next
// page starts when that could be read from its meta alone.
struct SecretStream::RawPage
{
    QString cursor; // the one it was asked with
    ApiResponse response;
    ApiError error;
    std::optional<QString> early; // the next cursor as read early; asked for already
};

// Lives in the stream's thread; so do its network access manager, its client
// and every request and reply they make. It only walks the cursors: each
// answer's next page is asked for as soon as its meta is read, and the answer
// goes to the owner's thread unparsed.
class SecretStream::Worker : public QObject
{
public:
    ~Worker() override
    {
        // The client's calls own their replies and abort them when they go:
        // the network access manager (the older child, destroyed first by
        // ~QObject) must still be there. The thread may quit before a cancel
        // sent to it arrives (tst_mainwindow crashed so, once in CI).
        delete m_client;
    }

    // In the thread, before the first stream (so that a load does not wait for it).
    void init(SecretStream *owner)
    {
        m_owner = owner;
        m_network = new QNetworkAccessManager(this);
        m_client = new KonnectClient(m_network, this);
        // Retries of a page show where everybody else's do (status bar).
        connect(m_client, &KonnectClient::retrying, this,
                [owner](int attempt, int delayMs, const ApiError &reason) {
                    QMetaObject::invokeMethod(
                        owner,
                        [owner, attempt, delayMs, reason] {
                            emit owner->m_client->retrying(attempt, delayMs, reason);
                        },
                        Qt::QueuedConnection);
                });
    }

    void start(quint64 id, const KonnectClient::Settings &settings, const QString &cp,
               const QString &store)
    {
        cancel();
        m_client->applySettings(settings);
        m_id = id;
        m_branch = 0;
        m_cp = cp;
        m_store = store;
        fetch(QString());
    }

    // The owner's parse of a page did not agree with the early read (or there
    // was none): the walk goes on from `cursor`, as branch `branch`.
    void continueFrom(quint64 id, quint64 branch, const QString &cursor)
    {
        if (id != m_id)
            return;
        abortCall();
        m_branch = branch;
        fetch(cursor);
    }

    void cancel()
    {
        abortCall();
        m_id = 0;
        if (m_client)                      // made by init(), which always comes first
            m_client->setToken(QString()); // held no longer than a stream needs it
    }

private:
    void abortCall()
    {
        if (m_call)
            m_call->cancel();
        m_call.clear();
    }

    void fetch(const QString &cursor)
    {
        const quint64 id = m_id;
        const quint64 branch = m_branch;
        m_call = m_client->listConfigStoreSecretsRaw(
            m_cp, m_store, PageRequest{0, cursor}, this,
            [this, id, branch, cursor](const ApiResponse &response, const ApiError &error) {
                RawPage page{cursor, response, error, std::nullopt};
                QString next;
                if (!error.isError() && peekCursorPageNext(response.body, &next)) {
                    page.early = next;
                    if (!next.isEmpty() && next != cursor)
                        fetch(next); // before this page is parsed, on the owner's thread
                }
                SecretStream *owner = m_owner;
                QMetaObject::invokeMethod(
                    owner, [owner, id, branch, page] { owner->receive(id, branch, page); },
                    Qt::QueuedConnection);
            });
    }

    SecretStream *m_owner = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    KonnectClient *m_client = nullptr;
    QPointer<ApiCall> m_call;
    quint64 m_id = 0;
    quint64 m_branch = 0;
    QString m_cp;
    QString m_store;
};

SecretStream::SecretStream(KonnectClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(client, &KonnectClient::callsEnded, this, &SecretStream::endForSession);
    m_thread.setObjectName(QStringLiteral("secret stream"));
    m_worker = new Worker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [this, worker] { worker->init(this); }, Qt::QueuedConnection);
}

SecretStream::~SecretStream()
{
    cancel();
    m_thread.quit();
    m_thread.wait(); // an event loop that was asked to quit: returns at once
}

// Connected in the constructor: the session of the stream's settings ended.
void SecretStream::endForSession()
{
    if (!m_running)
        return;
    const quint64 id = m_streamId;
    cancel();
    emit finished(id, ApiError::sessionEnded());
}

quint64 SecretStream::start(const QString &controlPlaneId, const QString &storeId)
{
    cancel();
    const quint64 id = ++m_streamId;
    m_branch = 0;
    m_running = true;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, id, settings = m_client->settings(), controlPlaneId, storeId] {
            worker->start(id, settings, controlPlaneId, storeId);
        },
        Qt::QueuedConnection);
    return id;
}

void SecretStream::cancel()
{
    ++m_streamId; // whatever is still on its way belongs to no stream now
    m_running = false;
    stopWorker();
}

void SecretStream::stopWorker()
{
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->cancel(); }, Qt::QueuedConnection);
}

void SecretStream::receive(quint64 streamId, quint64 branch, const RawPage &raw)
{
    if (streamId != m_streamId || branch != m_branch || !m_running)
        return;
    if (raw.error.isError()) {
        end(raw.error); // the walk stopped there
        return;
    }
    const ApiResult<Page<ConfigStoreSecret>> result =
        KonnectClient::parseConfigStoreSecretsPage(raw.response);
    if (!result.ok()) {
        stopWorker(); // it may have asked for the next page already
        end(result.error());
        return;
    }
    const Page<ConfigStoreSecret> &parsed = result.value();
    if (!parsed.items.isEmpty())
        emit page(streamId, parsed.items);
    if (streamId != m_streamId) // a slot cancelled or restarted the stream
        return;
    // An empty page ends the list, as does a server that hands back the cursor it was given.
    const bool more =
        !parsed.items.isEmpty() && !parsed.next.isEmpty() && parsed.next != raw.cursor;
    if (more && raw.early == parsed.next)
        return; // the worker has asked for it already
    if (more) {
        // The early read and the parse disagree (or there was no early read).
        const quint64 next = ++m_branch;
        Worker *worker = m_worker;
        QMetaObject::invokeMethod(
            worker,
            [worker, streamId, next, cursor = parsed.next] {
                worker->continueFrom(streamId, next, cursor);
            },
            Qt::QueuedConnection);
        return;
    }
    if (raw.early && !raw.early->isEmpty())
        stopWorker(); // it asked for a page past the end
    end(ApiError());
}

void SecretStream::end(const ApiError &error)
{
    m_running = false;
    ++m_branch; // nothing more of this stream is taken
    emit finished(m_streamId, error);
}
