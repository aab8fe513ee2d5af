#include "SearchIconProxy.h"

#include "SearchResultModel.h"

#include <QApplication>
#include <QStyle>

QVariant SearchIconProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole || index.column() != SearchResultModel::KeyColumn)
        return QIdentityProxyModel::data(index, role);
    const bool secret =
        index.data(SearchResultModel::KindRole).toInt() == int(SearchMatch::Kind::Secret);
    const QString name = secret ? QStringLiteral("secret")
                                : index.data(SearchResultModel::BackendIconNameRole).toString();
    auto it = m_icons.find(name);
    if (it == m_icons.end()) {
        QIcon icon;
        if (secret) {
            icon = QIcon::fromTheme(QStringLiteral("dialog-password"),
                                    QApplication::style()->standardIcon(QStyle::SP_FileIcon));
        } else {
            icon = QIcon(QStringLiteral(":/icons/%1.png").arg(name));
            if (icon.availableSizes().isEmpty())
                icon = QIcon(QStringLiteral(":/icons/vault-generic.png"));
        }
        it = m_icons.insert(name, icon);
    }
    return *it;
}
