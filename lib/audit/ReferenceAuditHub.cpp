#include "ReferenceAuditHub.h"

#include "KonnectClient.h"
#include "ReferenceAudit.h"

ReferenceAuditHub *ReferenceAuditHub::of(KonnectClient *client)
{
    auto *hub = client->findChild<ReferenceAuditHub *>(QString(), Qt::FindDirectChildrenOnly);
    return hub ? hub : new ReferenceAuditHub(client);
}

ReferenceAuditHub::ReferenceAuditHub(KonnectClient *client)
    : QObject(client)
    , m_client(client)
{
}

std::optional<AuditReport> ReferenceAuditHub::report(const QString &controlPlaneId) const
{
    const auto it = m_reports.constFind(controlPlaneId);
    if (it == m_reports.cend())
        return std::nullopt;
    return *it;
}

bool ReferenceAuditHub::isRunning(const QString &controlPlaneId) const
{
    const auto audit = m_running.value(controlPlaneId);
    return audit && audit->isRunning();
}

void ReferenceAuditHub::refresh(const QString &controlPlaneId,
                                const QHash<QString, QStringList> &knownKeys)
{
    if (controlPlaneId.isEmpty())
        return;
    if (auto old = m_running.take(controlPlaneId)) {
        old->disconnect(this);
        old->cancel();
        old->deleteLater();
    }
    auto *audit = new ReferenceAudit(m_client, this);
    m_running.insert(controlPlaneId, audit);
    const QString cp = controlPlaneId;
    connect(audit, &ReferenceAudit::progress, this,
            [this, cp](int done, int total) { emit progress(cp, done, total); });
    connect(audit, &ReferenceAudit::finished, this,
            [this, cp, audit](const AuditReport &report, const ApiError &error) {
                m_running.remove(cp);
                audit->deleteLater();
                if (!error.isError())
                    m_reports.insert(cp, report);
                const QList<Waiter> waiters = m_waiters.take(cp);
                for (const Waiter &waiter : waiters) {
                    if (waiter.context)
                        waiter.ready(error.isError() ? AuditReport() : report, error);
                }
                emit finished(cp, error);
            });
    audit->start(cp, knownKeys);
    emit started(cp);
}

void ReferenceAuditHub::ensure(const QString &controlPlaneId,
                               const QHash<QString, QStringList> &knownKeys)
{
    if (controlPlaneId.isEmpty() || m_reports.contains(controlPlaneId) || isRunning(controlPlaneId))
        return;
    refresh(controlPlaneId, knownKeys);
}

void ReferenceAuditHub::whenReady(const QString &controlPlaneId, QObject *context,
                                  std::function<void(const AuditReport &, const ApiError &)> ready)
{
    if (!isRunning(controlPlaneId) && m_reports.contains(controlPlaneId)) {
        ready(m_reports.value(controlPlaneId), ApiError());
        return;
    }
    m_waiters[controlPlaneId].append(Waiter{context, std::move(ready)});
    ensure(controlPlaneId);
}

void ReferenceAuditHub::cancel(const QString &controlPlaneId)
{
    if (auto audit = m_running.take(controlPlaneId)) {
        audit->disconnect(this);
        audit->cancel();
        audit->deleteLater();
        // Waiters get the last report, or an empty one: the audit did not finish.
        const QList<Waiter> waiters = m_waiters.take(controlPlaneId);
        const AuditReport last = m_reports.value(controlPlaneId);
        for (const Waiter &waiter : waiters) {
            if (waiter.context)
                waiter.ready(last, ApiError());
        }
        emit cancelled(controlPlaneId);
    }
}
