#include "SecretModel.h"

#include "ModelFormat.h"
#include "TableCell.h"
#include "VaultReference.h"

SecretModel::SecretModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QModelIndex SecretModel::index(int row, int column, const QModelIndex &parent) const
{
    const bool cell =
        !parent.isValid() && row >= 0 && row < m_rows.size() && column >= 0 && column < ColumnCount;
    return cell ? createIndex(row, column) : QModelIndex();
}

int SecretModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SecretModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecretModel::data(const QModelIndex &index, int role) const
{
    if (!isTableCell(*this, index))
        return QVariant();
    return cellData(m_rows.at(index.row()), index.column(), role);
}

void SecretModel::multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const
{
    if (!isTableCell(*this, index)) {
        for (QModelRoleData &roleData : roleDataSpan)
            roleData.clearData();
        return;
    }
    const Row &row = m_rows.at(index.row());
    for (QModelRoleData &roleData : roleDataSpan)
        roleData.setData(cellData(row, index.column(), roleData.role()));
}

QVariant SecretModel::cellData(const Row &row, int column, int role) const
{
    const ConfigStoreSecret &secret = row.secret;
    switch (role) {
    case KeyRole:
        return secret.key;
    case ReferenceRole:
        return referenceOf(row);
    case CreatedRole:
        return secret.createdAt;
    case UpdatedRole:
        return secret.updatedAt;
    case SortRole:
        switch (column) {
        case KeyColumn:
            return secret.key;
        case ReferenceColumn:
            return referenceOf(row);
        case CreatedColumn:
            return secret.createdAt;
        case UpdatedColumn:
            return secret.updatedAt;
        }
        break;
    case Qt::DisplayRole:
        switch (column) {
        case KeyColumn:
            return secret.key;
        case ReferenceColumn:
            return referenceOf(row);
        case CreatedColumn:
            return shownDate(secret.createdAt, &row.createdText);
        case UpdatedColumn:
            return shownDate(secret.updatedAt, &row.updatedText);
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case KeyColumn:
            return referenceOf(row).isEmpty()
                       ? secret.key
                       : tr("%1\nReferenced as %2").arg(secret.key, referenceOf(row));
        case ReferenceColumn:
            return referenceOf(row).isEmpty() ? tr("Choose a vault to see the reference")
                                              : tr("Paste this where Kong expects the secret");
        case CreatedColumn:
            return ModelFormat::longDateTime(secret.createdAt);
        case UpdatedColumn:
            return ModelFormat::longDateTime(secret.updatedAt);
        }
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant SecretModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ReferenceColumn:
        return tr("Reference");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    }
    return QVariant();
}

QHash<int, QByteArray> SecretModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(ReferenceRole, "reference");
    names.insert(CreatedRole, "created");
    names.insert(UpdatedRole, "updated");
    names.insert(SortRole, "sort");
    return names;
}

QString SecretModel::referenceFor(const QString &key) const
{
    if (m_prefix.isEmpty())
        return QString();
    return VaultReference(m_prefix, key).toString();
}

void SecretModel::setReferencePrefix(const QString &prefix)
{
    if (prefix == m_prefix)
        return;
    m_prefix = prefix;
    for (Row &row : m_rows) {
        row.reference.clear();
        row.hasReference = false;
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, KeyColumn), index(int(m_rows.size()) - 1, ReferenceColumn));
}

const QString &SecretModel::shownDate(const QDateTime &date, QString *cache)
{
    if (cache->isNull())
        *cache = ModelFormat::shortDateTime(date);
    return *cache;
}

const QString &SecretModel::referenceOf(const Row &row) const
{
    if (!row.hasReference) {
        row.reference = referenceFor(row.secret.key);
        row.hasReference = true;
    }
    return row.reference;
}

void SecretModel::indexKeys() const
{
    if (m_keysIndexed)
        return;
    m_keysIndexed = true;
    m_rowOfKey.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOfKey.try_emplace(m_rows.at(row).secret.key, row);
}

quint64 SecretModel::reset()
{
    beginResetModel();
    m_rows.clear();
    m_rowOfKey.clear();
    m_keysIndexed = false; // no rows: their keys ascend
    ++m_generation;
    endResetModel();
    return m_generation;
}

bool SecretModel::appendPage(quint64 loadId, const QList<ConfigStoreSecret> &items)
{
    if (loadId != m_generation)
        return false;
    const int first = int(m_rows.size());
    QList<Row> added;
    added.reserve(items.size());
    int firstChanged = -1;
    int lastChanged = -1;
    for (const ConfigStoreSecret &secret : items) {
        if (!m_keysIndexed) {
            const Row *previous = !added.isEmpty()    ? &added.constLast()
                                  : !m_rows.isEmpty() ? &m_rows.constLast()
                                                      : nullptr;
            if (!previous || previous->secret.key < secret.key) {
                added.append(makeRow(secret)); // after every key so far: a new one
                continue;
            }
            indexKeys();
            for (int i = 0; i < added.size(); ++i)
                m_rowOfKey.try_emplace(added.at(i).secret.key, first + i);
        }
        // One hash lookup per key: m_rowOfKey gets the new keys' rows-to-be at
        // once (rows >= first are in `added` until endInsertRows).
        const auto [slot, isNew] = m_rowOfKey.try_emplace(secret.key, first + int(added.size()));
        const int row = slot->second;
        if (isNew) {
            added.append(makeRow(secret));
        } else if (row >= first) {
            added[row - first] = makeRow(secret); // a key repeated inside the page
        } else {
            m_rows[row] = makeRow(secret);
            firstChanged = firstChanged < 0 ? row : qMin(firstChanged, row);
            lastChanged = qMax(lastChanged, row);
        }
    }
    if (firstChanged >= 0)
        emit dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    if (added.isEmpty())
        return true;
    beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
    // No reserve(size + page): growing to the exact size on every page copied
    // every row each time (quadratic in the store's size); append grows geometrically.
    for (Row &row : added)
        m_rows.append(std::move(row));
    endInsertRows();
    return true;
}

void SecretModel::upsert(const ConfigStoreSecret &secret)
{
    const int existing = indexOfKey(secret.key);
    if (existing >= 0) {
        m_rows[existing] = makeRow(secret);
        emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return;
    }
    const int row = int(m_rows.size()); // indexOfKey() built the index
    beginInsertRows(QModelIndex(), row, row);
    m_rows.append(makeRow(secret));
    m_rowOfKey[secret.key] = row;
    endInsertRows();
}

bool SecretModel::removeKey(const QString &key)
{
    const int row = indexOfKey(key);
    if (row < 0)
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    m_rowOfKey.erase(key);
    for (int i = row; i < m_rows.size(); ++i)
        m_rowOfKey[m_rows.at(i).secret.key] = i;
    endRemoveRows();
    return true;
}

ConfigStoreSecret SecretModel::secret(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).secret : ConfigStoreSecret();
}

QString SecretModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).secret.key : QString();
}

QStringList SecretModel::keys() const
{
    QStringList keys;
    keys.reserve(m_rows.size());
    for (const Row &row : m_rows)
        keys.append(row.secret.key);
    return keys;
}
