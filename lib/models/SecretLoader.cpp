#include "SecretLoader.h"

#include "KonnectClient.h"
#include "SecretModel.h"

SecretLoader::SecretLoader(KonnectClient *client, SecretModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{
    m_applyTimer.setSingleShot(true);
    connect(&m_applyTimer, &QTimer::timeout, this, &SecretLoader::applyPendingPages);
}

SecretLoader::~SecretLoader()
{
    cancel();
}

void SecretLoader::load(const QString &controlPlaneId, const QString &storeId)
{
    cancel();
    m_controlPlaneId = controlPlaneId;
    m_storeId = storeId;
    const quint64 loadId = m_model->reset();
    m_loadId = loadId;
    m_modelLoad = loadId;
    emit started();
    m_fetch = m_client->fetchAllConfigStoreSecrets(
        controlPlaneId, storeId, this,
        [this, loadId](const QList<ConfigStoreSecret> &items) {
            if (loadId != m_loadId)
                return;
            // FetchAll asks for the next page when this returns; the model gets
            // this one from the event loop, while that request is on its way.
            m_pendingPages.append(items);
            if (!m_applyTimer.isActive()) {
                const qint64 since =
                    m_sinceApply.isValid() ? m_sinceApply.elapsed() : qint64(ApplyIntervalMs);
                m_applyTimer.start(int(qMax<qint64>(0, ApplyIntervalMs - since)));
            }
        },
        [this, loadId](const ApiError &error) {
            if (loadId != m_loadId)
                return;
            applyPendingPages();
            m_fetch.clear();
            emit finished(error);
        });
}

void SecretLoader::applyPendingPages()
{
    m_applyTimer.stop();
    if (!m_pendingPages.isEmpty())
        m_sinceApply.start();
    const quint64 loadId = m_loadId;
    while (!m_pendingPages.isEmpty() && loadId == m_loadId) {
        const QList<ConfigStoreSecret> page = m_pendingPages.takeFirst();
        if (!m_model->appendPage(m_modelLoad, page))
            continue;
        emit progress(m_model->rowCount());
    }
}

void SecretLoader::cancel()
{
    m_pendingPages.clear(); // "the rows so far stay": the ones already in the model
    m_applyTimer.stop();
    m_sinceApply.invalidate();
    ++m_loadId; // whatever is still in flight belongs to no load now
    if (m_fetch) {
        FetchAll *fetch = m_fetch;
        m_fetch.clear();
        fetch->cancel();
    }
}
