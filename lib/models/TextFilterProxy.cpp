#include "TextFilterProxy.h"

#include "ControlPlaneModel.h"
#include "SecretModel.h"

#include <QDateTime>

TextFilterProxy::TextFilterProxy(QList<int> filterRoles, int sortRole, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_roles(std::move(filterRoles))
{
    setSortRole(sortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    connect(this, &QSortFilterProxyModel::sortRoleChanged, this, &TextFilterProxy::forgetSortKeys);
    connect(this, &QSortFilterProxyModel::sortCaseSensitivityChanged, this,
            &TextFilterProxy::forgetSortKeys);
}

void TextFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    const QString folded = trimmed.toCaseFolded();
    // Typing one more character only hides rows and the order of the rest
    // stands: re-filtering (no sort) is cheapest while the hidden rows form a few
    // runs. Otherwise one layout change and a sort beat thousands of removals.
    constexpr int MaxRemovals = 32;
    const bool narrowing = folded.contains(m_foldedText) && sourceModel() &&
                           hiddenRuns(folded, MaxRemovals + 1) <= MaxRemovals;
    m_text = trimmed;
    m_foldedText = folded;
    if (narrowing)
        invalidateFilter();
    else
        invalidate();
}

void TextFilterProxy::setSourceModel(QAbstractItemModel *source)
{
    // The cache must follow a source change before the base class reacts to
    // it (and filters or sorts the changed rows): connect first.
    trackSource(source);
    QSortFilterProxyModel::setSourceModel(source);
    if (source) {
        // After the base class has put the rows in (see sortAfterInsertion()).
        m_sourceConnections.append(connect(source, &QAbstractItemModel::rowsInserted, this, [this] {
            forgetOrderedAppend();
            if (!m_sortAfterInsertion)
                return;
            m_sortAfterInsertion = false;
            setDynamicSortFilter(true); // sorts every row once
        }));
    }
}

void TextFilterProxy::multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex sourceIndex = mapToSource(index);
    if (!source || (index.isValid() && !sourceIndex.isValid())) {
        for (QModelRoleData &roleData : roleDataSpan)
            roleData.clearData();
        return;
    }
    source->multiData(sourceIndex, roleDataSpan);
}

// Rows appended to the source go into a sorted proxy one by one: each run of
// them that lands between two shown rows is an insertion of its own, which
// rewrites the whole row mapping and reaches every view as a rowsInserted. A
// batch arriving in another order than the shown one (a list that Konnect
// returns in its own order, a table sorted by date) became thousands of
// insertions, each costing the size of the table: quadratic. Measured (tests/
// bench): 10,000 secrets in batches of 2,000, shuffled, 53 ms with 5,459
// insertions; when the batch lands at the start or the end (one insertion
// each), the usual case, 27 ms. Sorting again costs about as much as 256
// separate insertions at any table size, so a batch with at least that many
// rows landing in between is appended unsorted and the whole proxy sorted once.
bool TextFilterProxy::sortAfterInsertion(int first, int last)
{
    constexpr int SortThreshold = 256;
    const QAbstractItemModel *source = sourceModel();
    if (!dynamicSortFilter() || sortColumn() < 0 || last - first + 1 < SortThreshold ||
        last != source->rowCount() - 1 || rowCount() == 0)
        return false; // only appends: rows before `first` kept their source numbers
    const QModelIndex head = mapToSource(index(0, sortColumn()));
    const QModelIndex tail = mapToSource(index(rowCount() - 1, sortColumn()));
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    const auto before = [this, ascending](const QModelIndex &a, const QModelIndex &b) {
        return ascending ? lessThan(a, b) : lessThan(b, a);
    };
    int inBetween = 0;
    for (int row = first; row <= last && inBetween < SortThreshold; ++row) {
        const QModelIndex added = source->index(row, sortColumn());
        if (before(added, tail) && !before(added, head))
            ++inBetween;
    }
    return inBetween >= SortThreshold;
}

bool TextFilterProxy::orderedAppend(int first, int last) const
{
    constexpr int MinRows = 32; // fewer: checking costs about what it saves
    const QAbstractItemModel *source = sourceModel();
    if (!dynamicSortFilter() || sortColumn() < 0 || isSortLocaleAware() ||
        last - first + 1 < MinRows || last != source->rowCount() - 1)
        return false;
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    QModelIndex previous =
        rowCount() > 0 ? mapToSource(index(rowCount() - 1, sortColumn())) : QModelIndex();
    for (int row = first; row <= last; ++row) {
        const QModelIndex added = source->index(row, sortColumn());
        if (previous.isValid() &&
            !(ascending ? lessThan(previous, added) : lessThan(added, previous)))
            return false;
        previous = added;
    }
    return true;
}

void TextFilterProxy::trackSource(QAbstractItemModel *source)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    forgetRows();
    if (!source)
        return;
    const auto forget = [this] { forgetRows(); };
    m_sourceConnections = {
        connect(source, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &parent, int first, int last) {
                    if (parent.isValid())
                        return;
                    if (first > m_cache.size())
                        forgetRows();
                    else if (!m_cache.isEmpty())
                        m_cache.insert(first, last - first + 1, CachedRow());
                    // In order after the last row (a load in the table's order, the
                    // usual case): none lands in between, so sortAfterInsertion() need
                    // not read the batch a second time.
                    if (orderedAppend(first, last)) {
                        m_ordered = {first, last, sortColumn(), sortOrder() == Qt::AscendingOrder};
                    } else if (sortAfterInsertion(first, last)) {
                        m_sortAfterInsertion = true;
                        setDynamicSortFilter(false); // the base class appends them as they come
                    }
                }),
        connect(source, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &parent, int first, int last) {
                    forgetOrderedAppend();
                    if (parent.isValid() || m_cache.isEmpty())
                        return;
                    if (last >= m_cache.size())
                        forgetRows();
                    else
                        m_cache.remove(first, last - first + 1);
                }),
        connect(source, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    if (topLeft.parent().isValid())
                        return;
                    forgetOrderedAppend();
                    // Only what the changed columns feed: column 0's filter roles, the
                    // sort column's value. A change elsewhere (the audit filling the
                    // "Used by" column of every row) keeps the cache.
                    const bool texts = topLeft.column() == 0;
                    const bool sortKeys = m_sortKeyColumn >= topLeft.column() &&
                                          m_sortKeyColumn <= bottomRight.column();
                    const int last = qMin(bottomRight.row(), int(m_cache.size()) - 1);
                    for (int row = qMax(0, topLeft.row()); row <= last; ++row) {
                        CachedRow &cached = m_cache[row];
                        if (texts && sortKeys) {
                            cached = CachedRow();
                            continue;
                        }
                        if (texts) {
                            cached.haystack.clear();
                            cached.hasHaystack = false;
                        }
                        if (sortKeys)
                            forgetSortKey(&cached);
                    }
                }),
        connect(source, &QAbstractItemModel::modelReset, this, forget),
        connect(source, &QAbstractItemModel::layoutChanged, this, forget),
        connect(source, &QAbstractItemModel::rowsMoved, this, forget),
        connect(source, &QAbstractItemModel::columnsInserted, this, forget),
        connect(source, &QAbstractItemModel::columnsRemoved, this, forget),
        connect(source, &QAbstractItemModel::columnsMoved, this, forget),
    };
}

// The types lessThan() compares by value; every other one by its text.
bool TextFilterProxy::comparesAsText(int type)
{
    switch (type) {
    case QMetaType::UnknownType:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Float:
    case QMetaType::Double:
    case QMetaType::QChar:
    case QMetaType::QDate:
    case QMetaType::QTime:
    case QMetaType::QDateTime:
        return false;
    default:
        return true;
    }
}

QString TextFilterProxy::sortTextOf(const QVariant &value) const
{
    const QString text = value.toString();
    return sortCaseSensitivity() == Qt::CaseInsensitive ? text.toCaseFolded() : text;
}

void TextFilterProxy::forgetSortKey(CachedRow *row)
{
    row->hasSortKey = false;
    row->sortValue.clear();
    row->sortText.clear();
    row->sortDate = QDateTime();
}

void TextFilterProxy::forgetSortKeys() const
{
    for (CachedRow &row : m_cache)
        forgetSortKey(&row);
}

TextFilterProxy::CachedRow *TextFilterProxy::cachedRow(int sourceRow) const
{
    // The source's signals keep the cache in step; rowCount() (through every
    // proxy below) is only asked when the cache is empty or too short.
    if (m_cache.isEmpty() || sourceRow >= m_cache.size()) {
        const int rows = sourceModel()->rowCount();
        if (m_cache.size() != rows)
            m_cache = QList<CachedRow>(rows); // (re)built on first use
    }
    return sourceRow >= 0 && sourceRow < m_cache.size() ? &m_cache[sourceRow] : nullptr;
}

bool TextFilterProxy::haystackContains(int sourceRow, const QString &folded) const
{
    CachedRow *cached = cachedRow(sourceRow);
    if (!cached)
        return true;
    if (!cached->hasHaystack) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0);
        cached->haystack.clear();
        for (int role : m_roles)
            cached->haystack.append(index.data(role).toString().toCaseFolded());
        cached->hasHaystack = true;
    }
    for (const QString &text : std::as_const(cached->haystack)) {
        if (text.contains(folded))
            return true;
    }
    return false;
}

int TextFilterProxy::hiddenRuns(const QString &folded, int limit) const
{
    int runs = 0;
    bool hiding = false;
    const int rows = rowCount();
    for (int row = 0; row < rows && runs < limit; ++row) {
        const bool hide = !haystackContains(mapToSource(index(row, 0)).row(), folded);
        if (hide && !hiding)
            ++runs;
        hiding = hide;
    }
    return runs;
}

bool TextFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    if (!sourceParent.isValid() && cachedRow(sourceRow))
        return haystackContains(sourceRow, m_foldedText);
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    for (int role : m_roles) {
        if (index.data(role).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

const TextFilterProxy::CachedRow &TextFilterProxy::sortKey(const QModelIndex &index,
                                                           CachedRow *scratch) const
{
    CachedRow *cached = cachedRow(index.row());
    if (!cached)
        cached = scratch;
    if (!cached->hasSortKey) {
        cached->sortValue = index.data(sortRole());
        // Only what lessThan() compares: the text for text, the date itself
        // for dates (not a date as ISO text, nor a QVariant copy per comparison).
        if (cached->sortValue.userType() == QMetaType::QDateTime)
            cached->sortDate = cached->sortValue.toDateTime();
        else if (comparesAsText(cached->sortValue.userType()))
            cached->sortText = sortTextOf(cached->sortValue);
        cached->hasSortKey = true;
    }
    return *cached;
}

// The same order as QSortFilterProxyModel::lessThan (Qt 6.4), from the cache.
bool TextFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Rows of flat (table) models only: asking for parent() here would cost a
    // walk through every proxy below, twice per comparison.
    if (isSortLocaleAware() || left.column() != right.column())
        return QSortFilterProxyModel::lessThan(left, right);
    if (m_ordered.first >= 0 && left.column() == m_ordered.column) {
        const int l = left.row();
        const int r = right.row();
        if (l >= m_ordered.first && l <= m_ordered.last && r >= m_ordered.first &&
            r <= m_ordered.last)
            return m_ordered.keysAscend ? l < r : l > r; // orderedAppend() compared them
    }
    if (left.column() != m_sortKeyColumn) {
        forgetSortKeys();
        m_sortKeyColumn = left.column();
    }
    CachedRow leftScratch;
    CachedRow rightScratch;
    const CachedRow &l = sortKey(left, &leftScratch);
    const CachedRow &r = sortKey(right, &rightScratch);
    const QVariant &a = l.sortValue;
    const QVariant &b = r.sortValue;
    if (a.userType() == QMetaType::UnknownType)
        return false;
    if (b.userType() == QMetaType::UnknownType)
        return true;
    switch (a.userType()) {
    case QMetaType::Int:
        return a.toInt() < b.toInt();
    case QMetaType::UInt:
        return a.toUInt() < b.toUInt();
    case QMetaType::LongLong:
        return a.toLongLong() < b.toLongLong();
    case QMetaType::ULongLong:
        return a.toULongLong() < b.toULongLong();
    case QMetaType::Float:
        return a.toFloat() < b.toFloat();
    case QMetaType::Double:
        return a.toDouble() < b.toDouble();
    case QMetaType::QChar:
        return a.toChar() < b.toChar();
    case QMetaType::QDate:
        return a.toDate() < b.toDate();
    case QMetaType::QTime:
        return a.toTime() < b.toTime();
    case QMetaType::QDateTime:
        return b.userType() == QMetaType::QDateTime ? l.sortDate < r.sortDate
                                                    : a.toDateTime() < b.toDateTime();
    default:
        // The texts, case-folded as the sort requires (a value of another type
        // beside a text compares as its text, as in Qt).
        return l.sortText < (comparesAsText(b.userType()) ? r.sortText : sortTextOf(b));
    }
}

SecretFilterProxy::SecretFilterProxy(QObject *parent)
    : TextFilterProxy({SecretModel::KeyRole, SecretModel::ReferenceRole}, SecretModel::SortRole,
                      parent)
{
}

ControlPlaneFilterProxy::ControlPlaneFilterProxy(QObject *parent)
    : TextFilterProxy({ControlPlaneModel::NameRole}, ControlPlaneModel::SortRole, parent)
{
}
