#pragma once

#include <QList>
#include <QSortFilterProxyModel>

// Case-insensitive substring filter over some roles of the source rows (column
// 0), plus sorting on a sort role. A new filter text is applied with one
// invalidate, and each row costs a QString::contains per role: no regular
// expression, so it stays instant with tens of thousands of rows.
class TextFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    TextFilterProxy(QList<int> filterRoles, int sortRole, QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    QList<int> filterRoles() const { return m_roles; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QList<int> m_roles;
    QString m_text;
};

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
