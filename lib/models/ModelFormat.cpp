#include "ModelFormat.h"

#include <QLocale>
#include <QStringList>

namespace ModelFormat {

QString shortDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QString();
    return QLocale().toString(dateTime.toLocalTime(), QLocale::ShortFormat);
}

QString longDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QString();
    return QLocale().toString(dateTime.toLocalTime(), QLocale::LongFormat) + QStringLiteral(" (") +
           dateTime.toUTC().toString(Qt::ISODate) + QLatin1Char(')');
}

QString shortEpoch(qint64 seconds)
{
    return seconds > 0 ? shortDateTime(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC)) : QString();
}

QString longEpoch(qint64 seconds)
{
    return seconds > 0 ? longDateTime(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC)) : QString();
}

QString labels(const QMap<QString, QString> &labels)
{
    QStringList parts;
    parts.reserve(labels.size());
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
        parts.append(it.key() + QLatin1Char('=') + it.value());
    return parts.join(QStringLiteral(", "));
}

} // namespace ModelFormat
