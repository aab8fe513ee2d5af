#pragma once

#include "Entities.h"
#include "EntityListModel.h"

// The vaults of a control plane: prefix, backend, description, tags.
class VaultModel : public EntityListModel<Vault>
{
    Q_OBJECT

public:
    enum Column { PrefixColumn, BackendColumn, DescriptionColumn, TagsColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        PrefixRole,
        BackendRole,         // the vault's `name`: konnect, env, aws, ...
        BackendIconNameRole, // from the backend table, e.g. "vault-aws"
        DescriptionRole,
        TagsRole,          // QStringList
        ConfigStoreIdRole, // konnect vaults: the store they read; empty otherwise
        SortRole,
    };

    explicit VaultModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int indexOfPrefix(const QString &prefix) const;
};
