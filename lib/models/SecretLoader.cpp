#include "SecretLoader.h"

#include "SecretModel.h"
#include "SecretStream.h"

#include <utility>

SecretLoader::SecretLoader(KonnectClient *client, SecretModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_stream(new SecretStream(client, this))
{
    m_steady.start();
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setTimerType(Qt::PreciseTimer); // a coarse one may fire 5% early
    connect(&m_applyTimer, &QTimer::timeout, this, [this] { applyPendingPages(false); });
    connect(m_stream, &SecretStream::page, this,
            [this](quint64 streamId, const QList<ConfigStoreSecret> &items) {
                if (streamId != m_streamId)
                    return;
                // The request for the next page is on its way already (SecretStream).
                if (m_pending.isEmpty())
                    m_pending = items; // shared, not copied
                else
                    m_pending.append(items);
                if (m_applyTimer.isActive())
                    return;
                const int delay = m_pacing.delayBeforeApply(now());
                if (delay == 0)
                    applyPendingPages(false); // the first page, or one after a long enough pause
                else
                    m_applyTimer.start(delay);
            });
    connect(m_stream, &SecretStream::finished, this,
            [this](quint64 streamId, const ApiError &error) {
                if (streamId != m_streamId)
                    return;
                applyPendingPages(true);
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

void SecretLoader::applyPendingPages(bool lastBatch)
{
    m_applyTimer.stop();
    if (!m_pending.isEmpty()) {
        const qint64 startedAt = now();
        // One insertion for the whole batch: every proxy and view above the model
        // updates its mapping and layout once, not once per page.
        const QList<ConfigStoreSecret> batch = std::exchange(m_pending, {});
        const quint64 loadId = m_loadId;
        if (!m_model->appendPage(m_modelLoad, batch) || loadId != m_loadId)
            return;
        m_pacing.applied(startedAt, now());
    } else if (!lastBatch) {
        return;
    }
    // The last count is always told, even when its rows went in before the
    // listing was known to be over.
    const int rows = m_model->rowCount();
    if (rows != m_toldRows && m_pacing.takeProgress(now(), lastBatch)) {
        m_toldRows = rows;
        emit progress(rows);
    }
}

void SecretLoader::cancel()
{
    m_pending.clear(); // "the rows so far stay": the ones already in the model
    m_applyTimer.stop();
    m_pacing.reset();
    m_toldRows = 0;
    ++m_loadId; // whatever is still in flight belongs to no load now
    m_streamId = 0;
    m_stream->cancel();
}
