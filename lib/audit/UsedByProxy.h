#pragma once

#include "AuditReport.h"
#include "TextFilterProxy.h"

#include <QHash>
#include <QIdentityProxyModel>
#include <QPointer>

class ReferenceAuditHub;

// Adds a "Used by" column to a secret model (rows with SecretModel::KeyRole):
// what references each secret in the gateway configuration, from the last
// reference audit of the control plane. Display: the one use, "%n uses" or
// "Unused"; tooltip: the full list; UsedByCountRole: how many (sorts by use).
class UsedByProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    enum Role { UsedByCountRole = Qt::UserRole + 100 };

    explicit UsedByProxy(QObject *parent = nullptr);

    // Follows the hub's reports for `controlPlaneId` and shows the uses of the
    // secrets of `storeId`. With autoAudit, an audit is started when the control
    // plane has none yet.
    void setHub(ReferenceAuditHub *hub);
    ReferenceAuditHub *hub() const { return m_hub; }
    void setStore(const QString &controlPlaneId, const QString &storeId);
    void setAutoAudit(bool on) { m_autoAudit = on; }
    // While the store's secrets are still loading, the audit (which lists every
    // store of the control plane) waits for them instead of listing the same
    // store again at the same time; the column says "Checking…" meanwhile.
    // startAudit() ends the wait, with the keys just loaded (see
    // ReferenceAudit::start()) when the load was complete.
    void setAuditDeferred(bool deferred) { m_deferred = deferred; }
    void startAudit(const QHash<QString, QStringList> &knownKeys = {});
    // Shows this report (what setStore does with the hub's).
    void setReport(const AuditReport &report);

    int usedByColumn() const;
    QList<AuditReference> usesOf(const QString &key) const;

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // A source cell's roles from the source in one call (a view asks for seven per cell).
    void multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void setSourceModel(QAbstractItemModel *source) override;

private:
    void reload();
    void announce();
    // The source's index of a cell that is not in the "Used by" column.
    QModelIndex sourceCell(const QModelIndex &index) const;

    // The source as setSourceModel() set it (QAbstractProxyModel::sourceModel()
    // reads a bindable property: a tenth of a load's insertion work, asked
    // several times per row; tests/bench, B1). Whether it is a table: then a
    // cell's source index is the source's index of the same row and column.
    QPointer<QAbstractItemModel> m_source;
    bool m_sourceIsTable = false;
    QPointer<ReferenceAuditHub> m_hub;
    QString m_cp;
    QString m_storeId;
    bool m_autoAudit = true;
    bool m_running = false;
    bool m_deferred = false;
    bool m_known = false;
    QHash<QString, QList<AuditReference>> m_uses; // by key
};

// The secret table's filter proxy with the "Used by" column: a SecretFilterProxy
// whose source is a UsedByProxy over the model given to setSourceModel(). Indexes
// of that model are accepted by mapFromSource() as they are, so code written
// against a plain SecretFilterProxy over a SecretModel keeps working.
class UsedByFilterProxy : public SecretFilterProxy
{
    Q_OBJECT

public:
    explicit UsedByFilterProxy(QObject *parent = nullptr);

    UsedByProxy *usedBy() const { return m_usedBy; }
    int usedByColumn() const { return m_usedBy->usedByColumn(); }
    void setStore(ReferenceAuditHub *hub, const QString &controlPlaneId, const QString &storeId);

    void setSourceModel(QAbstractItemModel *source) override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

private:
    UsedByProxy *m_usedBy;
};
