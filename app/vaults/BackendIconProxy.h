#pragma once

#include <QHash>
#include <QIcon>
#include <QIdentityProxyModel>

// Adds each vault backend's icon (from the app's resources, by the model's
// BackendIconNameRole) to the first column of a VaultModel.
class BackendIconProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The icon of a backend by its icon name (the generic vault icon when the
    // resources have none), uncached.
    static QIcon backendIcon(const QString &iconName);

private:
    mutable QHash<QString, QIcon> m_icons;
};
