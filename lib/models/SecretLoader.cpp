#include "SecretLoader.h"

#include "KonnectClient.h"
#include "SecretModel.h"

SecretLoader::SecretLoader(KonnectClient *client, SecretModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{
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
    emit started();
    m_fetch = m_client->fetchAllConfigStoreSecrets(
        controlPlaneId, storeId, this,
        [this, loadId](const QList<ConfigStoreSecret> &items) {
            if (loadId != m_loadId || !m_model->appendPage(loadId, items))
                return;
            emit progress(m_model->rowCount());
        },
        [this, loadId](const ApiError &error) {
            if (loadId != m_loadId)
                return;
            m_fetch.clear();
            emit finished(error);
        });
}

void SecretLoader::cancel()
{
    ++m_loadId; // whatever is still in flight belongs to no load now
    if (m_fetch) {
        FetchAll *fetch = m_fetch;
        m_fetch.clear();
        fetch->cancel();
    }
}
