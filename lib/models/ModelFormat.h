#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

// Display helpers shared by the item models.
namespace ModelFormat {

// Local time in the locale's short format; empty for an invalid date.
QString shortDateTime(const QDateTime &dateTime);
// Local time in the locale's long format plus the UTC ISO 8601 form, for tooltips.
QString longDateTime(const QDateTime &dateTime);
// Same for Kong's unix-epoch seconds (0 = unknown).
QString shortEpoch(qint64 seconds);
QString longEpoch(qint64 seconds);
// "k=v, k2=v2"
QString labels(const QMap<QString, QString> &labels);

} // namespace ModelFormat
