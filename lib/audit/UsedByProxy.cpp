#include "UsedByProxy.h"

#include "ReferenceAuditHub.h"
#include "SecretModel.h"

UsedByProxy::UsedByProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{
}

void UsedByProxy::setHub(ReferenceAuditHub *hub)
{
    if (m_hub)
        m_hub->disconnect(this);
    m_hub = hub;
    if (!hub)
        return;
    connect(hub, &ReferenceAuditHub::started, this, [this](const QString &cp) {
        if (cp != m_cp)
            return;
        // Only a column that showed nothing changes: to "Checking…" (a known
        // report stays until the new one; a deferred audit said so already).
        const bool changes = !m_known && !m_running;
        m_running = true;
        if (changes)
            announce();
    });
    const auto ended = [this](const QString &cp) {
        if (cp == m_cp)
            reload();
    };
    connect(hub, &ReferenceAuditHub::finished, this, ended);
    connect(hub, &ReferenceAuditHub::cancelled, this, ended);
    reload();
}

void UsedByProxy::setStore(const QString &controlPlaneId, const QString &storeId)
{
    m_cp = controlPlaneId;
    m_storeId = storeId;
    if (m_hub && m_autoAudit && !m_deferred)
        m_hub->ensure(controlPlaneId);
    reload();
}

void UsedByProxy::startAudit(const QHash<QString, QStringList> &knownKeys)
{
    const bool wasDeferred = m_deferred;
    m_deferred = false;
    if (m_hub && m_autoAudit && !m_cp.isEmpty())
        m_hub->ensure(m_cp, knownKeys);
    if (wasDeferred)
        reload();
}

void UsedByProxy::reload()
{
    const bool wasRunning = m_running;
    m_running = (m_hub && m_hub->isRunning(m_cp)) || (m_deferred && m_autoAudit);
    const auto report = m_hub ? m_hub->report(m_cp) : std::nullopt;
    if (report) {
        setReport(*report);
        return;
    }
    // The column shows only whether the audit runs until a report comes: as
    // the deferred audit starts, "Checking…" stays (no repaint of every row,
    // just when a load has put its last rows in).
    const bool same = !m_known && m_uses.isEmpty() && wasRunning == m_running;
    m_known = false;
    m_uses.clear();
    if (!same)
        announce();
}

void UsedByProxy::setReport(const AuditReport &report)
{
    m_uses.clear();
    m_known = true;
    for (const AuditReference &reference : report.references) {
        if (reference.status == AuditReference::Status::Resolved && reference.storeId == m_storeId)
            m_uses[reference.key].append(reference);
    }
    announce();
}

void UsedByProxy::announce()
{
    const int column = usedByColumn();
    emit headerDataChanged(Qt::Horizontal, column, column);
    const int rows = rowCount();
    if (rows > 0)
        emit dataChanged(index(0, column), index(rows - 1, column));
}

int UsedByProxy::usedByColumn() const
{
    const QAbstractItemModel *source = m_source.data();
    return source ? source->columnCount() : 0;
}

QList<AuditReference> UsedByProxy::usesOf(const QString &key) const
{
    return m_uses.value(key);
}

int UsedByProxy::columnCount(const QModelIndex &parent) const
{
    const QAbstractItemModel *source = m_source.data();
    if (parent.isValid() || !source)
        return 0;
    return source->columnCount() + 1;
}

QModelIndex UsedByProxy::index(int row, int column, const QModelIndex &parent) const
{
    const QAbstractItemModel *source = m_source.data();
    if (!source || parent.isValid())
        return QIdentityProxyModel::index(row, column, parent);
    // A table: the source's index of the same cell, as QIdentityProxyModel maps
    // it, without the round trip through mapToSource()/mapFromSource() (sorting
    // asks for two indexes per comparison).
    if (column == source->columnCount())
        return row >= 0 && row < source->rowCount() ? createIndex(row, column) : QModelIndex();
    const QModelIndex sourceIndex = source->index(row, column);
    return sourceIndex.isValid() ? createIndex(row, column, sourceIndex.internalPointer())
                                 : QModelIndex();
}

QModelIndex UsedByProxy::sibling(int row, int column, const QModelIndex &idx) const
{
    return index(row, column, idx.parent());
}

QModelIndex UsedByProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.column() == usedByColumn())
        return QModelIndex();
    return sourceCell(proxyIndex);
}

QModelIndex UsedByProxy::sourceCell(const QModelIndex &index) const
{
    if (m_sourceIsTable && m_source)
        return m_source->index(index.row(), index.column());
    return QIdentityProxyModel::mapToSource(index);
}

Qt::ItemFlags UsedByProxy::flags(const QModelIndex &index) const
{
    if (index.isValid() && index.column() == usedByColumn())
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return QIdentityProxyModel::flags(index);
}

QVariant UsedByProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    if (index.column() != usedByColumn())
        return sourceCell(index).data(role);
    switch (role) { // the roles a view asks for on every paint that this column has not
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case UsedByCountRole:
    case SecretModel::SortRole:
    case SecretModel::KeyRole:
        break;
    default:
        return QVariant();
    }
    const QModelIndex keyIndex = QIdentityProxyModel::index(index.row(), 0);
    const QString key = keyIndex.data(SecretModel::KeyRole).toString();
    if (role == SecretModel::KeyRole)
        return key;
    const QList<AuditReference> uses = m_uses.value(key);
    switch (role) {
    case Qt::DisplayRole:
        if (!m_known)
            return m_running ? tr("Checking…") : QString();
        if (uses.isEmpty())
            return tr("Unused");
        if (uses.size() == 1)
            return uses.constFirst().describe();
        return tr("%n use(s)", nullptr, int(uses.size()));
    case Qt::ToolTipRole: {
        if (!m_known)
            return m_running ? tr("Looking for references in the gateway configuration…")
                             : tr("Not audited yet: View → Reference audit");
        if (uses.isEmpty())
            return tr("No gateway entity of this control plane references %1.").arg(key);
        QStringList lines{tr("Used by:")};
        for (const AuditReference &use : uses)
            lines.append(QStringLiteral("• ") + use.describe());
        return lines.join(QLatin1Char('\n'));
    }
    case UsedByCountRole:
    case SecretModel::SortRole:
        return m_known ? int(uses.size()) : -1;
    default:
        return QVariant();
    }
}

void UsedByProxy::multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const
{
    if (index.isValid() && index.column() != usedByColumn()) {
        if (const QModelIndex cell = sourceCell(index); cell.isValid()) {
            cell.multiData(roleDataSpan);
            return;
        }
    }
    QIdentityProxyModel::multiData(index, roleDataSpan); // data() for each role
}

QVariant UsedByProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == usedByColumn() && sourceModel()) {
        if (role == Qt::DisplayRole)
            return tr("Used by");
        if (role == Qt::ToolTipRole)
            return tr("Gateway entities whose configuration references the secret");
        return QVariant();
    }
    return QIdentityProxyModel::headerData(section, orientation, role);
}

void UsedByProxy::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    QIdentityProxyModel::setSourceModel(source);
    m_source = source;
    m_sourceIsTable = qobject_cast<QAbstractTableModel *>(source) != nullptr;
    endResetModel();
}

UsedByFilterProxy::UsedByFilterProxy(QObject *parent)
    : SecretFilterProxy(parent)
    , m_usedBy(new UsedByProxy(this))
{
}

void UsedByFilterProxy::setStore(ReferenceAuditHub *hub, const QString &controlPlaneId,
                                 const QString &storeId)
{
    if (m_usedBy->hub() != hub)
        m_usedBy->setHub(hub);
    m_usedBy->setStore(controlPlaneId, storeId);
}

void UsedByFilterProxy::setSourceModel(QAbstractItemModel *source)
{
    m_usedBy->setSourceModel(source);
    SecretFilterProxy::setSourceModel(source ? m_usedBy : nullptr);
}

QModelIndex UsedByFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (sourceIndex.isValid() && sourceIndex.model() == m_usedBy->sourceModel())
        return SecretFilterProxy::mapFromSource(m_usedBy->mapFromSource(sourceIndex));
    return SecretFilterProxy::mapFromSource(sourceIndex);
}
