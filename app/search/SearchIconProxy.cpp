#include "SearchIconProxy.h"

#include "BackendIconProxy.h"
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
        it = m_icons.insert(name, secret ? QIcon::fromTheme(QStringLiteral("dialog-password"),
                                                            QApplication::style()->standardIcon(
                                                                QStyle::SP_FileIcon))
                                         : BackendIconProxy::backendIcon(name));
    }
    return *it;
}
