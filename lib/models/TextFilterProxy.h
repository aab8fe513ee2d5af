#pragma once

#include <QDateTime>
#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QVariant>

// Case-insensitive substring filter over some roles of the source rows (column
// 0), plus sorting on a sort role. A new filter text is applied with one
// invalidate, and each row costs a QString::contains per role: no regular
// expression, so it stays instant with tens of thousands of rows.
//
// The case-folded filter texts and sort keys of the source rows are cached
// (filled on first use, kept in step with the source's signals), so a
// keystroke re-filters and re-sorts 10,000 rows without calling data() twice
// per comparison through every proxy below (the benchmark's B2, tests/bench).
// For flat (table) source models, as every model of the app is; the filter
// roles are read from column 0, so a source changing them reports column 0 in
// its dataChanged.
class TextFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    TextFilterProxy(QList<int> filterRoles, int sortRole, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    QList<int> filterRoles() const { return m_roles; }

    void setSourceModel(QAbstractItemModel *source) override;
    // As data() for every role, with one mapping to the source (a view asks for
    // seven roles per cell and paint; QSortFilterProxyModel maps each).
    void multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

public:
    // A source row's cached texts; public only so that Q_DECLARE_TYPEINFO can name it.
    struct CachedRow
    {
        QStringList haystack; // the filter roles' values, case-folded
        QVariant sortValue;   // the sort role's value
        QString sortText;     // its text, case-folded when sorting ignores case (text only)
        QDateTime sortDate;   // the value of a date
        bool hasHaystack = false;
        bool hasSortKey = false;
    };

private:
    CachedRow *cachedRow(int sourceRow) const;
    // The cached, case-folded texts of a row hold `folded`.
    bool haystackContains(int sourceRow, const QString &folded) const;
    // How many separate runs of the shown rows `folded` would hide.
    int hiddenRuns(const QString &folded, int limit) const;
    const CachedRow &sortKey(const QModelIndex &index, CachedRow *scratch) const;
    void forgetRows()
    {
        m_cache.clear();
        forgetOrderedAppend();
    }
    static bool comparesAsText(int type);
    QString sortTextOf(const QVariant &value) const;
    static void forgetSortKey(CachedRow *row);
    void forgetSortKeys() const;
    void trackSource(QAbstractItemModel *source);
    // Whether rows first..last, just appended to the source, are better put in
    // unsorted and the proxy sorted once than inserted where each belongs.
    bool sortAfterInsertion(int first, int last);
    // Whether rows first..last, just appended to the source, come in the shown
    // order, each strictly after the one before and the first after the last
    // shown row (a store loading in the table's order). While the base class
    // puts them in, lessThan() then compares two of them by their row numbers
    // (it sorts each batch: about five comparisons per row, each reading two
    // sort keys).
    bool orderedAppend(int first, int last) const;
    void forgetOrderedAppend() { m_ordered = OrderedRows(); }

    QList<int> m_roles;
    QString m_text;
    QString m_foldedText;
    mutable QList<CachedRow> m_cache; // one per source row, or empty
    mutable int m_sortKeyColumn = -1;
    bool m_sortAfterInsertion = false;
    struct OrderedRows
    {
        int first = -1; // none when < 0
        int last = -1;
        int column = -1;
        bool keysAscend = true; // the sort keys grow with the row number
    };
    OrderedRows m_ordered;
    QList<QMetaObject::Connection> m_sourceConnections;
};

// Moved as bytes when the cache grows with the rows of a load.
Q_DECLARE_TYPEINFO(TextFilterProxy::CachedRow, Q_RELOCATABLE_TYPE);

// The secrets table's filter: key and reference.
class SecretFilterProxy : public TextFilterProxy
{
    Q_OBJECT

public:
    explicit SecretFilterProxy(QObject *parent = nullptr);
};

// The control plane list's filter: name.
class ControlPlaneFilterProxy : public TextFilterProxy
{
    Q_OBJECT

public:
    explicit ControlPlaneFilterProxy(QObject *parent = nullptr);
};
