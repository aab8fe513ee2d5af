#pragma once

#include "ApiError.h"
#include "AuditReport.h"
#include "CoreEntities.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class FetchAll;
class KonnectClient;

// Audits one control plane: reads every core entity kind that can hold a vault
// reference, the vaults, the config stores and their secret keys (all lists in
// parallel, at most concurrency() at once), finds every {vault://...} string and
// maps it to vault -> config store -> key. Cancellable; deletes nothing itself.
class ReferenceAudit : public QObject
{
    Q_OBJECT

public:
    explicit ReferenceAudit(KonnectClient *client, QObject *parent = nullptr);
    ~ReferenceAudit() override;

    void setConcurrency(int lists) { m_concurrency = qMax(1, lists); }
    int concurrency() const { return m_concurrency; }

    // Starts (or restarts) the audit of `controlPlaneId`. The keys of the stores in
    // `knownKeys` (store id -> every key, just listed by someone else) are taken as
    // they are instead of listing those stores again.
    void start(const QString &controlPlaneId, const QHash<QString, QStringList> &knownKeys = {});
    // Stops every list in flight; finished() is not emitted.
    void cancel();
    bool isRunning() const { return m_running; }
    int listsInFlight() const { return m_inFlight; }
    QString controlPlaneId() const { return m_cp; }
    AuditReport report() const { return m_report; }

    // Builds the report from lists already read (the part that needs no network).
    static AuditReport analyse(const QString &controlPlaneId,
                               const QHash<CoreEntityKind, QList<QJsonObject>> &entities,
                               const QList<Vault> &vaults, const QList<ConfigStore> &stores,
                               const QHash<QString, QStringList> &keysOfStore);

signals:
    // `done` of `total` lists read (total grows once the stores are known).
    void progress(int done, int total);
    // The report; error set when a list the mapping needs failed (the report is then
    // what could be read). Lists of entity kinds that fail are named in
    // report.incompleteKinds instead.
    void finished(const AuditReport &report, const ApiError &error);
    void cancelled();

private:
    using Job = std::function<FetchAll *()>;
    void enqueue(Job job);
    void pump();
    void jobDone(const ApiError &error, bool fatal, const QString &what);
    void finish();

    KonnectClient *m_client;
    int m_concurrency = 4;
    bool m_running = false;
    QString m_cp;
    QList<Job> m_queue;
    QList<QPointer<FetchAll>> m_active;
    int m_inFlight = 0;
    int m_done = 0;
    int m_total = 0;
    ApiError m_error;
    QStringList m_incomplete;

    QHash<CoreEntityKind, QList<QJsonObject>> m_entities;
    QList<Vault> m_vaults;
    QList<ConfigStore> m_stores;
    QHash<QString, QStringList> m_keys;
    AuditReport m_report;
};
