#include "SearchMatch.h"

#include <QCoreApplication>

bool SearchMatch::matches(const QString &query) const
{
    if (query.isEmpty())
        return false;
    if (key.contains(query, Qt::CaseInsensitive))
        return true;
    return kind == Kind::Vault && backend.contains(query, Qt::CaseInsensitive);
}

QString SearchError::message() const
{
    const QString where = controlPlaneId.isEmpty()
                              ? QCoreApplication::translate("CrossSearch", "Control planes")
                          : controlPlaneName.isEmpty() ? controlPlaneId
                                                       : controlPlaneName;
    return what.isEmpty()
               ? QCoreApplication::translate("CrossSearch", "%1: %2").arg(where, error.message())
               : QCoreApplication::translate("CrossSearch", "%1 (%2): %3")
                     .arg(where, what, error.message());
}
