#include "SearchResultModel.h"

#include "CrossSearch.h"
#include "TableCell.h"
#include "VaultBackends.h"

#include <QSet>

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SearchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!isTableCell(*this, index))
        return QVariant();
    const SearchMatch &row = m_rows.at(index.row());
    const bool secret = row.isSecret();
    switch (role) {
    case KindRole:
        return int(row.kind);
    case KeyRole:
        return row.key;
    case ControlPlaneIdRole:
        return row.controlPlaneId;
    case ControlPlaneNameRole:
        return row.controlPlaneName;
    case StoreIdRole:
        return row.storeId;
    case StoreNameRole:
        return row.storeName;
    case VaultIdRole:
        return row.vaultId;
    case BackendRole:
        return row.backend;
    case BackendIconNameRole:
        return secret ? QString() : VaultBackends::iconName(row.backend);
    case ReferenceRole:
        return row.reference;
    case SortRole:
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return row.key;
        case ControlPlaneColumn:
            return row.controlPlaneName;
        case StoreColumn:
            return secret ? row.storeName
                          : tr("%1 vault").arg(VaultBackends::displayName(row.backend));
        case ReferenceColumn:
            return secret ? row.reference : tr("{vault://%1/…}").arg(row.key);
        }
        break;
    case Qt::ToolTipRole:
        if (secret)
            return tr("Secret %1 in the config store %2 of %3")
                .arg(row.key, row.storeName, row.controlPlaneName);
        return tr("Vault %1 (%2) in %3")
            .arg(row.key, VaultBackends::displayName(row.backend), row.controlPlaneName);
    case Qt::AccessibleTextRole:
        if (index.column() == KeyColumn)
            return secret ? tr("Secret %1").arg(row.key) : tr("Vault %1").arg(row.key);
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Key or prefix");
    case ControlPlaneColumn:
        return tr("Control plane");
    case StoreColumn:
        return tr("Config store");
    case ReferenceColumn:
        return tr("Reference");
    }
    return QVariant();
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(KeyRole, "key");
    names.insert(ControlPlaneIdRole, "controlPlaneId");
    names.insert(ControlPlaneNameRole, "controlPlaneName");
    names.insert(StoreIdRole, "storeId");
    names.insert(StoreNameRole, "storeName");
    names.insert(VaultIdRole, "vaultId");
    names.insert(BackendRole, "backend");
    names.insert(BackendIconNameRole, "backendIconName");
    names.insert(ReferenceRole, "reference");
    return names;
}

void SearchResultModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void SearchResultModel::appendMatches(const QList<SearchMatch> &matches)
{
    if (matches.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(matches.size()) - 1);
    m_rows.append(matches);
    endInsertRows();
}

void SearchResultModel::follow(CrossSearch *search)
{
    connect(search, &CrossSearch::resultsReset, this, &SearchResultModel::clear);
    connect(search, &CrossSearch::matchesFound, this, &SearchResultModel::appendMatches);
}

int SearchResultModel::controlPlaneCount() const
{
    QSet<QString> ids;
    for (const SearchMatch &row : m_rows)
        ids.insert(row.controlPlaneId);
    return int(ids.size());
}
