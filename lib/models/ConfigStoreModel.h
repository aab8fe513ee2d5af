#pragma once

#include "Entities.h"
#include "EntityListModel.h"

#include <QStringList>

// The config stores of a control plane: name, secret count (once known) and
// the prefixes of the konnect vaults that read each store.
class ConfigStoreModel : public EntityListModel<ConfigStore>
{
    Q_OBJECT

public:
    enum Column { NameColumn, SecretCountColumn, VaultsColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        SecretCountRole,   // int, -1 while unknown
        VaultPrefixesRole, // QStringList of konnect vault prefixes reading the store
        SortRole,
    };

    explicit ConfigStoreModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setSecretCount(const QString &storeId, int count);
    int secretCount(const QString &storeId) const { return m_counts.value(storeId, -1); }
    // The control plane's vaults; the konnect ones name the store they read.
    void setVaults(const QList<Vault> &vaults);
    QStringList vaultPrefixes(const QString &storeId) const { return m_prefixes.value(storeId); }

private:
    QHash<QString, int> m_counts;
    QHash<QString, QStringList> m_prefixes;
};
