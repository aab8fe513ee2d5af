#include "SecretStream.h"

#include "KonnectClient.h"

#include <QNetworkAccessManager>
#include <QPointer>

// Lives in the stream's thread; so do its network access manager, its client
// and every request and reply they make.
class SecretStream::Worker : public QObject
{
public:
    // In the thread, before the first stream (so that a load does not wait for it).
    void init(SecretStream *owner)
    {
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

    void start(SecretStream *owner, quint64 id, const KonnectClient::Settings &settings,
               const QString &cp, const QString &store)
    {
        cancel();
        m_client->applySettings(settings);
        m_fetch = m_client->fetchAllConfigStoreSecrets(
            cp, store, this,
            [owner, id](const QList<ConfigStoreSecret> &items) {
                QMetaObject::invokeMethod(
                    owner, [owner, id, items] { owner->deliverPage(id, items); },
                    Qt::QueuedConnection);
            },
            [this, owner, id](const ApiError &error) {
                m_client->setToken(QString()); // held no longer than a stream needs it
                QMetaObject::invokeMethod(
                    owner, [owner, id, error] { owner->deliverEnd(id, error); },
                    Qt::QueuedConnection);
            });
    }

    void cancel()
    {
        if (m_fetch)
            m_fetch->cancel();
        m_fetch.clear();
        m_client->setToken(QString());
    }

private:
    QNetworkAccessManager *m_network = nullptr;
    KonnectClient *m_client = nullptr;
    QPointer<FetchAll> m_fetch;
};

SecretStream::SecretStream(KonnectClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
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

quint64 SecretStream::start(const QString &controlPlaneId, const QString &storeId)
{
    cancel();
    const quint64 id = ++m_streamId;
    m_running = true;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, id, settings = m_client->settings(), controlPlaneId, storeId] {
            worker->start(this, id, settings, controlPlaneId, storeId);
        },
        Qt::QueuedConnection);
    return id;
}

void SecretStream::cancel()
{
    ++m_streamId; // whatever is still on its way belongs to no stream now
    m_running = false;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->cancel(); }, Qt::QueuedConnection);
}

void SecretStream::deliverPage(quint64 streamId, const QList<ConfigStoreSecret> &items)
{
    if (streamId == m_streamId)
        emit page(streamId, items);
}

void SecretStream::deliverEnd(quint64 streamId, const ApiError &error)
{
    if (streamId != m_streamId)
        return;
    m_running = false;
    emit finished(streamId, error);
}
