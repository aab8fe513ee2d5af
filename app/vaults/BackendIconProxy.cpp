#include "BackendIconProxy.h"

#include "VaultModel.h"

QVariant BackendIconProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole || index.column() != VaultModel::PrefixColumn)
        return QIdentityProxyModel::data(index, role);
    const QString name = index.data(VaultModel::BackendIconNameRole).toString();
    auto it = m_icons.find(name);
    if (it == m_icons.end())
        it = m_icons.insert(name, backendIcon(name));
    return *it;
}

QIcon BackendIconProxy::backendIcon(const QString &iconName)
{
    QIcon icon(QStringLiteral(":/icons/%1.png").arg(iconName));
    if (icon.availableSizes().isEmpty())
        icon = QIcon(QStringLiteral(":/icons/vault-generic.png"));
    return icon;
}
