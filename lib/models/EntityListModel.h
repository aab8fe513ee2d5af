#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The row storage the entity table models share: rows of T (which has a
// QString `id`), an id -> row index for O(1) lookups, and tagged page loads
// (reset() returns a load id; appendPage() drops pages of any other load, so a
// superseded load never adds rows). Each page is one rowsInserted.
template<typename T>
class EntityListModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    quint64 reset()
    {
        beginResetModel();
        m_rows.clear();
        m_rowOfId.clear();
        ++m_generation;
        endResetModel();
        return m_generation;
    }
    quint64 generation() const { return m_generation; }

    bool appendPage(quint64 loadId, const QList<T> &items)
    {
        if (loadId != m_generation)
            return false;
        QList<T> added;
        added.reserve(items.size());
        QHash<QString, qsizetype> addedIndex;
        for (const T &item : items) {
            const int existing = indexOfId(item.id);
            if (existing >= 0) {
                replaceRow(existing, item);
            } else if (const auto it = addedIndex.constFind(item.id); it != addedIndex.cend()) {
                added[*it] = item;
            } else {
                addedIndex.insert(item.id, added.size());
                added.append(item);
            }
        }
        if (added.isEmpty())
            return true;
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
        m_rows.reserve(m_rows.size() + added.size());
        for (T &item : added) {
            m_rowOfId.insert(item.id, int(m_rows.size()));
            m_rows.append(std::move(item));
        }
        endInsertRows();
        return true;
    }
    void appendPage(const QList<T> &items) { appendPage(m_generation, items); }
    // Replaces every row (a reset, then the items as one page).
    void setItems(const QList<T> &items) { appendPage(reset(), items); }

    // Inserts or updates one item (after a create or an update).
    void upsert(const T &item)
    {
        const int existing = indexOfId(item.id);
        if (existing >= 0) {
            replaceRow(existing, item);
            return;
        }
        const int row = int(m_rows.size());
        beginInsertRows(QModelIndex(), row, row);
        m_rows.append(item);
        m_rowOfId.insert(item.id, row);
        endInsertRows();
    }

    bool removeId(const QString &id)
    {
        const int row = indexOfId(id);
        if (row < 0)
            return false;
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.removeAt(row);
        m_rowOfId.remove(id);
        for (int i = row; i < m_rows.size(); ++i)
            m_rowOfId.insert(m_rows.at(i).id, i);
        endRemoveRows();
        return true;
    }

    int indexOfId(const QString &id) const { return m_rowOfId.value(id, -1); }
    T item(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row) : T(); }
    const QList<T> &items() const { return m_rows; }

protected:
    const T &at(int row) const { return m_rows.at(row); }
    // Tells views that every row changed in columns [first, last].
    void columnsChanged(int first, int last)
    {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, first), index(int(m_rows.size()) - 1, last));
    }

private:
    void replaceRow(int row, const T &item)
    {
        m_rows[row] = item;
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    }

    QList<T> m_rows;
    QHash<QString, int> m_rowOfId;
    quint64 m_generation = 0;
};
