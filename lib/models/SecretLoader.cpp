#include "SecretLoader.h"

#include "SecretModel.h"
#include "SecretStream.h"

#include <utility>

SecretLoader::SecretLoader(KonnectClient *client, SecretModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_stream(new SecretStream(client, this))
{
    m_applyTimer.setSingleShot(true);
    connect(&m_applyTimer, &QTimer::timeout, this, &SecretLoader::applyPendingPages);
    connect(m_stream, &SecretStream::page, this,
            [this](quint64 streamId, const QList<ConfigStoreSecret> &items) {
                if (streamId != m_streamId)
                    return;
                // The request for the next page is on its way already (SecretStream).
                if (m_pending.isEmpty())
                    m_pending = items; // shared, not copied
                else
                    m_pending.append(items);
                if (!m_applyTimer.isActive()) {
                    const qint64 since =
                        m_sinceApply.isValid() ? m_sinceApply.elapsed() : qint64(m_applyIntervalMs);
                    m_applyTimer.start(int(qMax<qint64>(0, m_applyIntervalMs - since)));
                }
            });
    connect(m_stream, &SecretStream::finished, this,
            [this](quint64 streamId, const ApiError &error) {
                if (streamId != m_streamId)
                    return;
                applyPendingPages();
                emit finished(error);
            });
}

bool SecretLoader::isLoading() const
{
    return m_stream->isRunning();
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
    m_streamId = m_stream->start(controlPlaneId, storeId);
}

void SecretLoader::applyPendingPages()
{
    m_applyTimer.stop();
    if (m_pending.isEmpty())
        return;
    m_sinceApply.start();
    // One insertion for the whole batch: every proxy and view above the model
    // updates its mapping and layout once, not once per page.
    const QList<ConfigStoreSecret> batch = std::exchange(m_pending, {});
    const quint64 loadId = m_loadId;
    QElapsedTimer took;
    took.start();
    if (!m_model->appendPage(m_modelLoad, batch) || loadId != m_loadId)
        return;
    m_applyIntervalMs = int(qMax<qint64>(ApplyIntervalMs, ApplyShare * took.elapsed()));
    const bool last = !m_stream->isRunning(); // applied by `finished`
    if (last || !m_sinceProgress.isValid() || m_sinceProgress.elapsed() >= ProgressIntervalMs) {
        m_sinceProgress.start();
        emit progress(m_model->rowCount());
    }
}

void SecretLoader::cancel()
{
    m_pending.clear(); // "the rows so far stay": the ones already in the model
    m_applyTimer.stop();
    m_sinceApply.invalidate();
    m_sinceProgress.invalidate();
    m_applyIntervalMs = ApplyIntervalMs;
    ++m_loadId; // whatever is still in flight belongs to no load now
    m_streamId = 0;
    m_stream->cancel();
}
