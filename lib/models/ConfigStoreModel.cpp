#include "ConfigStoreModel.h"

#include "ModelFormat.h"
#include "TableCell.h"

ConfigStoreModel::ConfigStoreModel(QObject *parent)
    : EntityListModel<ConfigStore>(parent)
{
}

int ConfigStoreModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConfigStoreModel::data(const QModelIndex &index, int role) const
{
    if (!isTableCell(*this, index))
        return QVariant();
    const ConfigStore &store = at(index.row());
    const int count = secretCount(store.id);
    const QStringList prefixes = vaultPrefixes(store.id);
    switch (role) {
    case IdRole:
        return store.id;
    case NameRole:
        return store.displayName();
    case SecretCountRole:
        return count;
    case VaultPrefixesRole:
        return prefixes;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return store.displayName();
        case SecretCountColumn:
            return count;
        case VaultsColumn:
            return prefixes.join(QStringLiteral(", "));
        }
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return store.displayName();
        case SecretCountColumn:
            return count >= 0 ? QVariant(QString::number(count)) : QVariant(QString());
        case VaultsColumn:
            return prefixes.join(QStringLiteral(", "));
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return tr("%1\nID: %2\nCreated: %3")
                .arg(store.displayName(), store.id, ModelFormat::longDateTime(store.createdAt));
        case SecretCountColumn:
            return count >= 0 ? tr("%n secret(s)", nullptr, count) : tr("Not counted yet");
        case VaultsColumn:
            return prefixes.isEmpty()
                       ? tr("No konnect vault reads this store: its secrets cannot be referenced "
                            "yet")
                       : tr("Referenced as {vault://%1/<key>}").arg(prefixes.constFirst());
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SecretCountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant ConfigStoreModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SecretCountColumn:
        return tr("Secrets");
    case VaultsColumn:
        return tr("Vaults");
    }
    return QVariant();
}

QHash<int, QByteArray> ConfigStoreModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(NameRole, "name");
    names.insert(SecretCountRole, "secretCount");
    names.insert(VaultPrefixesRole, "vaultPrefixes");
    names.insert(SortRole, "sort");
    return names;
}

void ConfigStoreModel::setSecretCount(const QString &storeId, int count)
{
    if (m_counts.value(storeId, -1) == count && m_counts.contains(storeId))
        return;
    m_counts.insert(storeId, count);
    const int row = indexOfId(storeId);
    if (row >= 0)
        emit dataChanged(index(row, SecretCountColumn), index(row, SecretCountColumn));
}

void ConfigStoreModel::setVaults(const QList<Vault> &vaults)
{
    QHash<QString, QStringList> prefixes;
    for (const Vault &vault : vaults) {
        if (vault.name == QLatin1String("konnect") && !vault.configStoreId().isEmpty())
            prefixes[vault.configStoreId()].append(vault.prefix);
    }
    for (QStringList &list : prefixes)
        list.sort();
    if (prefixes == m_prefixes)
        return;
    m_prefixes = prefixes;
    columnsChanged(VaultsColumn, VaultsColumn);
}
