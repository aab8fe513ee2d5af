#include "BackendIconProxy.h"

#include "VaultModel.h"

QVariant BackendIconProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole || index.column() != VaultModel::PrefixColumn)
        return QIdentityProxyModel::data(index, role);
    const QString name = index.data(VaultModel::BackendIconNameRole).toString();
    auto it = m_icons.find(name);
    if (it == m_icons.end()) {
        QIcon icon(QStringLiteral(":/icons/%1.png").arg(name));
        if (icon.availableSizes().isEmpty())
            icon = QIcon(QStringLiteral(":/icons/vault-generic.png"));
        it = m_icons.insert(name, icon);
    }
    return *it;
}
