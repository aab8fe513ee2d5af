#pragma once

#include "ApiError.h"
#include "AuditReport.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class KonnectClient;
class ReferenceAudit;

// The last reference audit of each control plane, shared by everything that
// shows or needs it (the "Used by" column, the audit panel, the delete
// confirmations). One per KonnectClient (of()); at most one audit runs per
// control plane.
class ReferenceAuditHub : public QObject
{
    Q_OBJECT

public:
    // The hub of `client`, made on first use (a child of the client).
    static ReferenceAuditHub *of(KonnectClient *client);

    explicit ReferenceAuditHub(KonnectClient *client);

    std::optional<AuditReport> report(const QString &controlPlaneId) const;
    bool isRunning(const QString &controlPlaneId) const;

    // Starts a fresh audit (cancelling one in flight for that control plane).
    // knownKeys: see ReferenceAudit::start().
    void refresh(const QString &controlPlaneId, const QHash<QString, QStringList> &knownKeys = {});
    // Starts an audit unless there is a report or one is running.
    void ensure(const QString &controlPlaneId, const QHash<QString, QStringList> &knownKeys = {});
    // Calls `ready` with the report: at once when there is one, else once the audit
    // (started if needed) ends; `ready` gets an empty report and the error when it
    // fails, and the last report (or an empty one, no error) when it is cancelled.
    // Never called after `context` is destroyed.
    void whenReady(const QString &controlPlaneId, QObject *context,
                   std::function<void(const AuditReport &, const ApiError &)> ready);
    void cancel(const QString &controlPlaneId);

signals:
    void started(const QString &controlPlaneId);
    void progress(const QString &controlPlaneId, int done, int total);
    void finished(const QString &controlPlaneId, const ApiError &error);
    void cancelled(const QString &controlPlaneId);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(const AuditReport &, const ApiError &)> ready;
    };

    KonnectClient *m_client;
    QHash<QString, AuditReport> m_reports;
    QHash<QString, QPointer<ReferenceAudit>> m_running;
    QHash<QString, QList<Waiter>> m_waiters;
};
