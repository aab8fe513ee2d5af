#include "ImportPreviewModel.h"

#include <QBrush>

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QString ImportPreviewModel::maskedValue(const ImportRow &row) const
{
    if (row.valueLength <= 0)
        return tr("(empty)");
    return QString(8, QChar(0x2022)) + QLatin1Char(' ') +
           tr("(%n character(s))", nullptr, row.valueLength);
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ImportRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return row.key.isEmpty() ? tr("(no key, line %1)").arg(row.line) : row.key;
        case ValueColumn:
            return maskedValue(row);
        case StatusColumn:
            return statusText(index.row());
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !row.isValid())
            return tr("Line %1: %2").arg(row.line).arg(row.reason);
        if (index.column() == StatusColumn && !outcomeDetail(index.row()).isEmpty())
            return outcomeDetail(index.row());
        return row.line > 0 ? tr("Line %1").arg(row.line) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn &&
            (status(index.row()) == Status::Invalid || outcome(index.row()) == Outcome::Failed))
            return QBrush(QColor(0xb0, 0x1c, 0x2e)); // readable on light and dark rows
        return {};
    case StatusRole:
        return int(status(index.row()));
    case OutcomeRole:
        return int(outcome(index.row()));
    case RuleRole:
        return row.rule;
    case LineRole:
        return row.line;
    default:
        return {};
    }
}

void ImportPreviewModel::setRows(const QList<ImportRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_outcomes = QList<Result>(rows.size());
    endResetModel();
}

void ImportPreviewModel::setExistingKeys(const QSet<QString> &keys)
{
    m_existing = keys;
    m_keysKnown = true;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
}

void ImportPreviewModel::setPolicy(ConflictPolicy policy)
{
    if (m_policy == policy)
        return;
    m_policy = policy;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
}

ImportPreviewModel::Status ImportPreviewModel::status(int row) const
{
    const ImportRow &r = m_rows.at(row);
    if (!r.isValid())
        return Status::Invalid;
    if (!m_keysKnown)
        return Status::Checking;
    if (!m_existing.contains(r.key))
        return Status::New;
    return m_policy == ConflictPolicy::Overwrite ? Status::Overwrite : Status::Skip;
}

int ImportPreviewModel::count(Status wanted) const
{
    int n = 0;
    for (int row = 0; row < m_rows.size(); ++row)
        n += status(row) == wanted ? 1 : 0;
    return n;
}

QString ImportPreviewModel::statusText(int row) const
{
    const Result &result = m_outcomes.at(row);
    switch (result.outcome) {
    case Outcome::Created:
        return tr("Created");
    case Outcome::Overwritten:
        return tr("Overwritten");
    case Outcome::Skipped:
        return tr("Skipped: already in the store");
    case Outcome::Failed:
        return tr("Failed: %1").arg(result.detail);
    case Outcome::NotStarted:
        return tr("Not imported (cancelled)");
    case Outcome::Interrupted:
        return tr("Interrupted: may or may not have been written");
    case Outcome::None:
        break;
    }
    switch (status(row)) {
    case Status::New:
        return tr("New");
    case Status::Overwrite:
        return tr("Will overwrite");
    case Status::Skip:
        return tr("Exists: will be skipped");
    case Status::Checking:
        return tr("Checking the store…");
    case Status::Invalid:
        break;
    }
    const ImportRow &r = m_rows.at(row);
    return tr("Invalid (%1): %2").arg(r.rule, r.reason);
}

QList<BulkWriter::Item> ImportPreviewModel::plannedItems(QList<int> *rowOfItem) const
{
    QList<BulkWriter::Item> items;
    rowOfItem->clear();
    for (int row = 0; row < m_rows.size(); ++row) {
        const Status s = status(row);
        if (s != Status::New && s != Status::Overwrite)
            continue;
        items.append({m_rows.at(row).key, m_rows.at(row).value, s == Status::Overwrite});
        rowOfItem->append(row);
    }
    return items;
}

void ImportPreviewModel::setOutcome(int row, Outcome outcome, const QString &detail)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_outcomes[row] = {outcome, detail};
    emit dataChanged(index(row, StatusColumn), index(row, StatusColumn));
}

int ImportPreviewModel::count(Outcome wanted) const
{
    return int(std::count_if(m_outcomes.cbegin(), m_outcomes.cend(),
                             [wanted](const Result &r) { return r.outcome == wanted; }));
}

void ImportPreviewModel::clearValues()
{
    for (ImportRow &row : m_rows)
        row.value.clear();
}
