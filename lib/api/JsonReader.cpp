#include "JsonReader.h"

#include <QJsonArray>

#include <cmath>

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
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
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
