#pragma once

#include "SearchMatch.h"

#include <QAbstractTableModel>
#include <QList>

class CrossSearch;

// The matches of a CrossSearch, one row each, in the order they arrive (each
// batch is one rowsInserted). follow() keeps it in step with a search.
class SearchResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ControlPlaneColumn, StoreColumn, ReferenceColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // int(SearchMatch::Kind)
        KeyRole,                     // the secret's key or the vault's prefix
        ControlPlaneIdRole,
        ControlPlaneNameRole,
        StoreIdRole,   // secrets: their store; konnect vaults: the store they read
        StoreNameRole, // secrets only
        VaultIdRole,
        BackendRole,         // vaults: konnect, env, aws...
        BackendIconNameRole, // vaults: the icon of the backend (vault-<name>)
        ReferenceRole,       // secrets: "{vault://prefix/key}" or empty
        SortRole,
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void clear();
    void appendMatches(const QList<SearchMatch> &matches);
    const SearchMatch &match(int row) const { return m_rows.at(row); }
    // Resets on the search's resultsReset, appends its matchesFound.
    void follow(CrossSearch *search);
    // How many distinct control planes the rows come from.
    int controlPlaneCount() const;

private:
    QList<SearchMatch> m_rows;
};
