#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Sandbox {

// One parsed HTTP/1.1 request. Path segments are percent-decoded one by one, so a
// secret key holding an encoded "/" (%2F) stays a single segment.
struct HttpRequest
{
    QByteArray method;
    QByteArray target;    // as received: path and query, still encoded
    QStringList segments; // decoded segments, without the leading empty one
    QString path;         // "/" + segments joined by "/" (for logs, faults, records)
    QByteArray rawQuery;  // after '?', still encoded
    QList<QPair<QString, QString>> query;  // decoded, '+' is a space
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    bool hasQueryItem(const QString &name) const;
    QString queryItem(const QString &name) const; // first value, empty when missing
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Length/Connection/Date
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray headerValue(const QByteArray &name) const;
    // Status line and headers, with Content-Length of contentLength (the real body size
    // unless a fault sends less).
    QByteArray serializeHead(bool keepAlive, qsizetype contentLength = -1) const;
};

QByteArray reasonPhrase(int status);
QByteArray httpDate(const QDateTime &utc);

// Percent-decodes one path segment or query component (UTF-8). Invalid escapes are kept.
QString percentDecode(const QByteArray &encoded, bool plusIsSpace);

// Splits "a=1&b%5Bx%5D=2" into decoded pairs; "page[size]" style names are kept as is.
QList<QPair<QString, QString>> parseQuery(const QByteArray &rawQuery);

// Fills segments/path/rawQuery/query from target. False when the target is not an
// origin-form path ("/...").
bool splitTarget(HttpRequest &request);

} // namespace Sandbox
