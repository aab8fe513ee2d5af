#include "HttpMessage.h"

#include <QLocale>

namespace Sandbox {

bool HttpRequest::hasQueryItem(const QString &name) const
{
    for (const auto &item : query) {
        if (item.first == name)
            return true;
    }
    return false;
}

QString HttpRequest::queryItem(const QString &name) const
{
    for (const auto &item : query) {
        if (item.first == name)
            return item.second;
    }
    return {};
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::headerValue(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QByteArray HttpResponse::serializeHead(bool keepAlive, qsizetype contentLength) const
{
    if (contentLength < 0)
        contentLength = body.size();
    QByteArray head;
    head.reserve(256);
    head += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &header : headers)
        head += header.first + ": " + header.second + "\r\n";
    head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    head += "Date: " + httpDate(QDateTime::currentDateTimeUtc()) + "\r\n";
    head +=
        keepAlive ? QByteArray("Connection: keep-alive\r\n") : QByteArray("Connection: close\r\n");
    head += "\r\n";
    return head;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Unknown";
    }
}

QByteArray httpDate(const QDateTime &utc)
{
    // IMF-fixdate (RFC 9110 5.6.7), always in English.
    return QLocale::c()
        .toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

QString percentDecode(const QByteArray &encoded, bool plusIsSpace)
{
    QByteArray in = encoded;
    if (plusIsSpace)
        in.replace('+', ' ');
    // QByteArray::fromPercentEncoding keeps invalid escapes as they are.
    return QString::fromUtf8(QByteArray::fromPercentEncoding(in));
}

QList<QPair<QString, QString>> parseQuery(const QByteArray &rawQuery)
{
    QList<QPair<QString, QString>> items;
    if (rawQuery.isEmpty())
        return items;
    const QList<QByteArray> parts = rawQuery.split('&');
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QByteArray name = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        items.append({percentDecode(name, true), percentDecode(value, true)});
    }
    return items;
}

bool splitTarget(HttpRequest &request)
{
    const QByteArray &target = request.target;
    if (!target.startsWith('/'))
        return false;
    const qsizetype q = target.indexOf('?');
    QByteArray rawPath = q < 0 ? target : target.left(q);
    request.rawQuery = q < 0 ? QByteArray() : target.mid(q + 1);
    const qsizetype hash = request.rawQuery.indexOf('#');
    if (hash >= 0)
        request.rawQuery.truncate(hash);
    request.query = parseQuery(request.rawQuery);

    request.segments.clear();
    const QList<QByteArray> parts = rawPath.mid(1).split('/');
    for (const QByteArray &part : parts)
        request.segments.append(percentDecode(part, false));
    request.path = QLatin1Char('/') + request.segments.join(QLatin1Char('/'));
    return true;
}

} // namespace Sandbox
