#include "VaultModel.h"

#include "ModelFormat.h"
#include "TableCell.h"
#include "VaultBackends.h"

VaultModel::VaultModel(QObject *parent)
    : EntityListModel<Vault>(parent)
{
}

int VaultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VaultModel::data(const QModelIndex &index, int role) const
{
    if (!isTableCell(*this, index))
        return QVariant();
    const Vault &vault = at(index.row());
    switch (role) {
    case IdRole:
        return vault.id;
    case PrefixRole:
        return vault.prefix;
    case BackendRole:
        return vault.name;
    case BackendIconNameRole:
        return VaultBackends::iconName(vault.name);
    case DescriptionRole:
        return vault.description;
    case TagsRole:
        return vault.tags;
    case ConfigStoreIdRole:
        return vault.name == QLatin1String("konnect") ? vault.configStoreId() : QString();
    case SortRole:
    case Qt::DisplayRole:
        switch (index.column()) {
        case PrefixColumn:
            return vault.prefix;
        case BackendColumn:
            return VaultBackends::displayName(vault.name);
        case DescriptionColumn:
            return vault.description;
        case TagsColumn:
            return vault.tags.join(QStringLiteral(", "));
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case PrefixColumn:
            return tr("References: {vault://%1/<key>}").arg(vault.prefix);
        case BackendColumn:
            return tr("%1 (%2)").arg(VaultBackends::displayName(vault.name), vault.name);
        case DescriptionColumn:
            return vault.description;
        case TagsColumn:
            return vault.tags.join(QStringLiteral(", "));
        }
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant VaultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PrefixColumn:
        return tr("Prefix");
    case BackendColumn:
        return tr("Backend");
    case DescriptionColumn:
        return tr("Description");
    case TagsColumn:
        return tr("Tags");
    }
    return QVariant();
}

QHash<int, QByteArray> VaultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(PrefixRole, "prefix");
    names.insert(BackendRole, "backend");
    names.insert(BackendIconNameRole, "backendIconName");
    names.insert(DescriptionRole, "description");
    names.insert(TagsRole, "tags");
    names.insert(ConfigStoreIdRole, "configStoreId");
    names.insert(SortRole, "sort");
    return names;
}

int VaultModel::indexOfPrefix(const QString &prefix) const
{
    const QList<Vault> &vaults = items();
    for (int row = 0; row < vaults.size(); ++row) {
        if (vaults.at(row).prefix == prefix)
            return row;
    }
    return -1;
}
