#pragma once

#include <QJsonObject>
#include <QString>

// Where the following page of a list starts, read from a list answer in each
// of the three pagination styles the Konnect APIs use. The items ("data") are
// read by the caller; this is only the page metadata.
struct PageMeta
{
    QString next;   // opaque position of the following page; empty on the last page
    int total = -1; // known only for page-number pagination
};

// The value of `name` in a URL's query, whatever encoding the server used.
QString queryValue(const QString &link, const QString &name);
// The same through QUrl and QUrlQuery for every link (what queryValue() does
// for those it does not read itself; tests compare the two).
QString queryValueByQUrl(const QString &link, const QString &name);

// page[size] + page[number], meta.page {number, size, total}.
bool readNumberPageMeta(const QJsonObject &body, PageMeta *meta, QString *error);

// page[size] + page[after], meta.page.next a relative URL (or null): only the
// cursor is taken out of it, its path is never followed.
bool readCursorPageMeta(const QJsonObject &body, PageMeta *meta, QString *error);

// readCursorPageMeta()'s `next`, read from the answer's `meta` alone (found by
// JsonScan, the items not parsed): so the following page can be asked for
// before this one is parsed. False when it cannot be read that way; a hint
// either way, to be checked against the whole answer's parse.
bool peekCursorPageNext(const QByteArray &body, QString *next);
// readCursorPageMeta()'s `next` from the bytes of a `meta` object alone; false
// when they are not a JSON object or do not read.
bool readCursorPageMetaValue(const QByteArray &meta, QString *next);

// size + offset; the answer has `offset` (and `next`) while more pages remain.
bool readOffsetPageMeta(const QJsonObject &body, PageMeta *meta, QString *error);
