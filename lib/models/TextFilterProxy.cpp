#include "TextFilterProxy.h"

#include "ControlPlaneModel.h"
#include "SecretModel.h"

TextFilterProxy::TextFilterProxy(QList<int> filterRoles, int sortRole, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_roles(std::move(filterRoles))
{
    setSortRole(sortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void TextFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    // One layout change for the whole table: invalidateFilter() would announce
    // each removed range, thousands of signals for a filter matching scattered rows.
    invalidate();
}

bool TextFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    for (int role : m_roles) {
        if (index.data(role).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
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
