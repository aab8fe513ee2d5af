#include "Pagination.h"

#include "JsonScan.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringDecoder>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace {

// Percent-decoded, then UTF-8 with a leading U+FEFF kept (QUrl::fromPercentEncoding,
// like QString::fromUtf8, drops it as a byte order mark).
QString decoded(const QString &encoded)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return utf8(QByteArray::fromPercentEncoding(encoded.toLatin1()));
}

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// queryValue() of a path-only link ("/v2/...?a=b&c=d", what Konnect writes)
// of printable ASCII with well-formed escapes, read without QUrl (the early
// cursor is on the walk from page to page); nothing for any other link.
std::optional<QString> simpleQueryValue(QStringView link, QStringView name)
{
    if (!link.startsWith(u'/') || link.startsWith(u"//"))
        return std::nullopt;
    for (qsizetype i = 0; i < link.size(); ++i) {
        const QChar c = link[i];
        if (c.unicode() < 0x21 || c.unicode() > 0x7e || c == u'#')
            return std::nullopt;
        if (c == u'%' && (i + 2 >= link.size() || !isHex(link[i + 1]) || !isHex(link[i + 2])))
            return std::nullopt;
    }
    const qsizetype question = link.indexOf(u'?');
    if (question < 0)
        return QString();
    const auto decode = [](QStringView part) {
        return part.contains(u'%') ? decoded(part.toString()) : part.toString();
    };
    for (const QStringView item : link.mid(question + 1).split(u'&')) {
        const qsizetype equals = item.indexOf(u'=');
        const QStringView key = equals < 0 ? item : item.left(equals);
        if (decode(key) == name)
            return equals < 0 ? QString() : decode(item.mid(equals + 1));
    }
    return QString();
}

} // namespace

QString queryValue(const QString &link, const QString &name)
{
    if (const std::optional<QString> simple = simpleQueryValue(link, name))
        return *simple;
    return queryValueByQUrl(link, name);
}

QString queryValueByQUrl(const QString &link, const QString &name)
{
    const QUrl url(link);
    const QUrlQuery query(url.query(QUrl::FullyEncoded));
    // Decoded here rather than by QUrlQuery (FullyDecoded), which leaves some
    // escapes as they are (e.g. %EF%BF%BF, a noncharacter): the cursor must come
    // back exactly as the server encoded it.
    const auto items = query.queryItems(QUrl::FullyEncoded);
    for (const auto &item : items) {
        if (decoded(item.first) == name)
            return decoded(item.second);
    }
    return QString();
}

bool readNumberPageMeta(const QJsonObject &body, PageMeta *meta, QString *error)
{
    const QJsonObject page =
        body.value(QLatin1String("meta")).toObject().value(QLatin1String("page")).toObject();
    const QJsonValue number = page.value(QLatin1String("number"));
    const QJsonValue size = page.value(QLatin1String("size"));
    const QJsonValue total = page.value(QLatin1String("total"));
    if (!number.isDouble() || !size.isDouble() || !total.isDouble()) {
        *error = QStringLiteral("meta.page: expected integers number, size and total");
        return false;
    }
    meta->total = total.toInt();
    // In 64 bits: a server's number * size (or number + 1) may not fit in an int.
    const qint64 current = number.toInt();
    if (current * size.toInt() < meta->total)
        meta->next = QString::number(current + 1);
    return true;
}

bool readCursorPageMeta(const QJsonObject &body, PageMeta *meta, QString *error)
{
    const QJsonValue next = body.value(QLatin1String("meta"))
                                .toObject()
                                .value(QLatin1String("page"))
                                .toObject()
                                .value(QLatin1String("next"));
    if (next.isString())
        meta->next = queryValue(next.toString(), QStringLiteral("page[after]"));
    else if (!next.isNull() && !next.isUndefined()) {
        *error = QStringLiteral("meta.page.next: expected a string or null");
        return false;
    }
    return true;
}

bool peekCursorPageNext(const QByteArray &body, QString *next)
{
    // Konnect puts meta after data: found from the end, without stepping over
    // the items; from the start when it is somewhere else.
    QByteArray meta = JsonScan::lastTopLevelMember(body, "meta");
    if (meta.isNull())
        meta = JsonScan::topLevelMember(body, "meta");
    if (meta.isNull())
        return false;
    // meta.page.next read by JsonScan too when it is null or a string without
    // escapes (Konnect's), else through QJsonDocument: this is on the walk.
    const QByteArray link =
        JsonScan::topLevelMember(JsonScan::topLevelMember(meta, "page"), "next");
    if (link == "null") {
        next->clear();
        return true;
    }
    if (link.size() >= 2 && link.startsWith('"') && link.endsWith('"') && !link.contains('\\')) {
        const QByteArrayView text = QByteArrayView(link).sliced(1, link.size() - 2);
        bool ascii = true;
        for (const char c : text)
            ascii = ascii && uchar(c) >= 0x20 && uchar(c) < 0x80;
        if (ascii) {
            *next = queryValue(QString::fromLatin1(text), QStringLiteral("page[after]"));
            return true;
        }
    }
    return readCursorPageMetaValue(meta, next);
}

bool readCursorPageMetaValue(const QByteArray &meta, QString *next)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(meta, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    PageMeta pageMeta;
    QString problem;
    if (!readCursorPageMeta(QJsonObject{{QStringLiteral("meta"), document.object()}}, &pageMeta,
                            &problem))
        return false;
    *next = pageMeta.next;
    return true;
}

bool readOffsetPageMeta(const QJsonObject &body, PageMeta *meta, QString *error)
{
    Q_UNUSED(error)
    const QJsonValue offset = body.value(QLatin1String("offset"));
    const QJsonValue next = body.value(QLatin1String("next"));
    if (offset.isString())
        meta->next = offset.toString();
    else if (next.isString())
        meta->next = queryValue(next.toString(), QStringLiteral("offset"));
    return true;
}
