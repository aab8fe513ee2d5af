#pragma once

#include <QHash>
#include <QIcon>
#include <QIdentityProxyModel>

// Adds the kind icon to the first column of a SearchResultModel: a key for a
// secret, the backend's icon for a vault.
class SearchIconProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    mutable QHash<QString, QIcon> m_icons;
};
