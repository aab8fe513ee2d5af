#pragma once

#include "Entities.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

#include <unordered_map>

// The secrets of one config store (keys and dates: Konnect never returns a
// value), with the reference string for a chosen vault prefix.
//
// Loads are tagged: reset() starts a new load and returns its id, and
// appendPage(loadId, items) drops pages of any other load, so rows of a
// cancelled or superseded load (a store switch) can never show up.
class SecretModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ReferenceColumn, CreatedColumn, UpdatedColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1,
        ReferenceRole, // "{vault://prefix/key}", empty without a prefix
        CreatedRole,   // QDateTime
        UpdatedRole,   // QDateTime
        SortRole,      // per column: the key, the reference, or a QDateTime
    };

    explicit SecretModel(QObject *parent = nullptr);

    // As QAbstractTableModel's, with the bounds read here instead of through
    // rowCount() and columnCount() (sorting asks for two indexes per comparison).
    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Every role of a cell with one check of the index (a view asks for seven per cell).
    void multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The vault prefix references are built with; empty hides the references.
    void setReferencePrefix(const QString &prefix);
    QString referencePrefix() const { return m_prefix; }
    QString referenceFor(const QString &key) const;

    // Clears the rows and starts a new load; returns its id.
    quint64 reset();
    quint64 generation() const { return m_generation; }
    // Adds a page with one rowsInserted (keys already present are updated in
    // place). Returns false, changing nothing, when loadId is not the current load.
    bool appendPage(quint64 loadId, const QList<ConfigStoreSecret> &items);
    void appendPage(const QList<ConfigStoreSecret> &items) { appendPage(m_generation, items); }

    // Inserts or updates one secret (after a create or an update).
    void upsert(const ConfigStoreSecret &secret);
    bool removeKey(const QString &key);
    void clear() { reset(); }

    int indexOfKey(const QString &key) const
    {
        indexKeys();
        const auto found = m_rowOfKey.find(key);
        if (found == m_rowOfKey.end())
            return -1;
        return found->second < m_rows.size() ? found->second : -1; // keys go in before rows
    }
    ConfigStoreSecret secret(int row) const;
    QString keyAt(int row) const;
    QStringList keys() const; // of every row, in row order

    // A row of the model; public only so that Q_DECLARE_TYPEINFO can name it.
    struct Row
    {
        ConfigStoreSecret secret;
        // Built when first asked for (a view shows a screenful; the filter
        // reads them all once): building 10,000 at load time was about 6% of
        // the GUI thread's work in a load (tests/bench, B1).
        mutable QString reference;
        mutable bool hasReference = false;
        // The dates as the table shows them, built when first shown (null until
        // then) and kept for the following paints: converting to local time and
        // formatting was half of what a view asks the model for when it paints
        // (tests/bench, B2 repaints on every keystroke). A new time zone or
        // locale shows with the next load.
        mutable QString createdText;
        mutable QString updatedText;
    };

private:
    static Row makeRow(const ConfigStoreSecret &secret)
    {
        return Row{secret, QString(), false, QString(), QString()};
    }
    const QString &referenceOf(const Row &row) const;
    QVariant cellData(const Row &row, int column, int role) const;
    static const QString &shownDate(const QDateTime &date, QString *cache);
    // Builds the key index if a load left it unbuilt (see m_keysIndexed).
    void indexKeys() const;

    // Qt's seeded string hash (the seed taken once: the index must not change
    // its mind); std::unordered_map keeps each key's hash, so growing does not
    // hash every key again (QHash took three times as long to index a
    // 10,000-secret load: tests/bench, B1).
    struct KeyHash
    {
        KeyHash()
            : seed(QHashSeed::globalSeed())
        {
        }
        size_t operator()(const QString &key) const { return qHash(key, seed); }
        size_t seed;
    };

    QList<Row> m_rows;
    // Row of each key, built when first asked for: a load whose pages come in
    // ascending key order (the sandbox lists them so; Konnect documents no
    // order) cannot repeat a key, so appendPage() only compares each key with
    // the one before and leaves the index to the first lookup (indexing was a
    // tenth of the GUI thread's work in a 10,000-secret load: tests/bench, B1).
    // A key out of order builds the index at once and the rest of the load uses it.
    mutable std::unordered_map<QString, int, KeyHash> m_rowOfKey;
    mutable bool m_keysIndexed = false; // false: m_rowOfKey is empty, the keys ascend
    QString m_prefix;
    quint64 m_generation = 0;
};

// Moved as bytes when the row list grows (a 10,000-secret load grows it ~14 times).
Q_DECLARE_TYPEINFO(SecretModel::Row, Q_RELOCATABLE_TYPE);
