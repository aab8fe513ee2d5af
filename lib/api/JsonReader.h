#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

// Reads typed fields out of a JSON object the way the spec describes them.
// Unknown fields are ignored and null is accepted where allowed; a wrong type
// or a missing required field records the first error, which names the field.
class JsonReader
{
public:
    enum Presence { Optional, Required };

    JsonReader(const QJsonObject &object, QString context);

    QString string(QLatin1String name, Presence presence = Optional);
    bool boolean(QLatin1String name, bool fallback, Presence presence = Optional);
    qint64 integer(QLatin1String name, Presence presence = Optional);
    QDateTime dateTime(QLatin1String name, Presence presence = Optional); // ISO 8601
    // What dateTime() reads: the same as QDateTime::fromString() with
    // Qt::ISODateWithMs, then Qt::ISODate (invalid when neither reads it).
    static QDateTime parseUtcTimestamp(QStringView text);
    static QDateTime parseUtcTimestamp(QLatin1String text); // (no copy for Konnect's form)
    QJsonObject object(QLatin1String name, Presence presence = Optional);
    QStringList stringList(QLatin1String name, Presence presence = Optional);
    QMap<QString, QString> stringMap(QLatin1String name, Presence presence = Optional);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    // Returns the value, or an undefined one when absent/null (recording a
    // missing required field).
    QJsonValue take(QLatin1String name, Presence presence);
    void fail(QLatin1String name, const QString &problem);

    QJsonObject m_object;
    QString m_context;
    QString m_error;
};

QString jsonTypeName(const QJsonValue &value);
