#include "JsonReader.h"

#include <QJsonArray>

#include <cmath>

namespace {

// Character i of a QStringView or a QLatin1String.
template<typename Text>
char16_t at(Text s, int i)
{
    return char16_t(s[i].unicode());
}

// The digits s[from, from + count) as a number; -1 when one is not a digit.
template<typename Text>
int digits(Text s, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = at(s, i);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "2023-01-01T00:00:00Z" or "2023-01-01T00:00:00.000Z", what Konnect writes:
// read here directly, as fast as that (QDateTime::fromString was a fifth of
// parsing a page of secrets). Invalid for any other text.
template<typename Text>
QDateTime konnectTimestamp(Text text)
{
    const int size = int(text.size());
    if ((size == 20 || size == 24) && at(text, 4) == u'-' && at(text, 7) == u'-' &&
        at(text, 10) == u'T' && at(text, 13) == u':' && at(text, 16) == u':' &&
        at(text, size - 1) == u'Z' && (size == 20 || at(text, 19) == u'.')) {
        const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
        const int hour = digits(text, 11, 2), minute = digits(text, 14, 2),
                  second = digits(text, 17, 2), ms = size == 24 ? digits(text, 20, 3) : 0;
        if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0 &&
            ms >= 0) {
            const QDate date(year, month, day);
            const QTime time(hour, minute, second, ms);
            if (date.isValid() && time.isValid())
                return QDateTime(date, time, Qt::UTC);
        }
    }
    return QDateTime();
}

// Every other form, as Qt reads ISO 8601.
QDateTime qtTimestamp(const QString &text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    return parsed;
}

} // namespace

QDateTime JsonReader::parseUtcTimestamp(QLatin1String text)
{
    const QDateTime konnect = konnectTimestamp(text);
    return konnect.isValid() ? konnect : qtTimestamp(QString(text));
}

QDateTime JsonReader::parseUtcTimestamp(QStringView text)
{
    const QDateTime konnect = konnectTimestamp(text);
    return konnect.isValid() ? konnect : qtTimestamp(text.toString());
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

JsonReader::JsonReader(const QJsonObject &object, QString context)
    : m_object(object)
    , m_context(std::move(context))
{
}

void JsonReader::fail(QLatin1String name, const QString &problem)
{
    if (m_error.isEmpty())
        m_error = m_context + QLatin1Char('.') + name + QStringLiteral(": ") + problem;
}

QJsonValue JsonReader::take(QLatin1String name, Presence presence)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull()) {
        if (presence == Required)
            fail(name, QStringLiteral("is required but missing"));
        return QJsonValue(QJsonValue::Undefined);
    }
    return value;
}

QString JsonReader::string(QLatin1String name, Presence presence)
{
    const QJsonValue value = take(name, presence);
    if (value.isUndefined())
        return QString();
    if (!value.isString()) {
        fail(name, QStringLiteral("expected a string, got ") + jsonTypeName(value));
        return QString();
    }
    return value.toString();
}

bool JsonReader::boolean(QLatin1String name, bool fallback, Presence presence)
{
    const QJsonValue value = take(name, presence);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool()) {
        fail(name, QStringLiteral("expected a boolean, got ") + jsonTypeName(value));
        return fallback;
    }
    return value.toBool();
}

qint64 JsonReader::integer(QLatin1String name, Presence presence)
{
    const QJsonValue value = take(name, presence);
    if (value.isUndefined())
        return 0;
    const double number = value.toDouble(std::nan(""));
    // The range check also keeps the conversion below defined (1e300 is a JSON number).
    const bool inRange = number >= -9223372036854775808.0 && number < 9223372036854775808.0;
    if (!value.isDouble() || !inRange || number != std::floor(number)) {
        fail(name, QStringLiteral("expected an integer, got ") + jsonTypeName(value));
        return 0;
    }
    return qint64(number);
}

QDateTime JsonReader::dateTime(QLatin1String name, Presence presence)
{
    const QString text = string(name, presence);
    if (text.isEmpty())
        return QDateTime();
    const QDateTime parsed = parseUtcTimestamp(text);
    if (!parsed.isValid())
        fail(name, QStringLiteral("expected an ISO 8601 date-time, got \"%1\"").arg(text.left(40)));
    return parsed;
}

QJsonObject JsonReader::object(QLatin1String name, Presence presence)
{
    const QJsonValue value = take(name, presence);
    if (value.isUndefined())
        return QJsonObject();
    if (!value.isObject()) {
        fail(name, QStringLiteral("expected an object, got ") + jsonTypeName(value));
        return QJsonObject();
    }
    return value.toObject();
}

QStringList JsonReader::stringList(QLatin1String name, Presence presence)
{
    const QJsonValue value = take(name, presence);
    QStringList list;
    if (value.isUndefined())
        return list;
    if (!value.isArray()) {
        fail(name, QStringLiteral("expected an array, got ") + jsonTypeName(value));
        return list;
    }
    const QJsonArray array = value.toArray();
    list.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            fail(name, QStringLiteral("expected an array of strings, found ") + jsonTypeName(item));
            return QStringList();
        }
        list.append(item.toString());
    }
    return list;
}

QMap<QString, QString> JsonReader::stringMap(QLatin1String name, Presence presence)
{
    const QJsonObject map = object(name, presence);
    QMap<QString, QString> result;
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it.value().isString()) {
            fail(name, QStringLiteral("expected string values, \"%1\" is ").arg(it.key()) +
                           jsonTypeName(it.value()));
            return {};
        }
        result.insert(it.key(), it.value().toString());
    }
    return result;
}
