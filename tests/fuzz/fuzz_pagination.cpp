// libFuzzer harness: where the next page starts (lib/api/Pagination.h), for
// the three pagination styles, and the cursor taken out of a `next` link.
//
// Properties: a refusal says why; a page-number answer only ever points
// forward; a cursor put into a link (percent-encoded, as Konnect does) comes
// back out unchanged, and a link without the parameter yields no cursor.
// JsonScan (the early cursor): in a document that parses, the value it finds
// for a top-level member is itself valid JSON.

#include "FuzzCheck.h"
#include "JsonScan.h"
#include "Pagination.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QUrl>

namespace {

void readMeta(const QJsonObject &body)
{
    using Reader = bool (*)(const QJsonObject &, PageMeta *, QString *);
    for (const Reader reader : {&readNumberPageMeta, &readCursorPageMeta, &readOffsetPageMeta}) {
        PageMeta meta;
        QString error;
        const bool ok = reader(body, &meta, &error);
        KVM_FUZZ_CHECK(ok || !error.isEmpty());
    }
    PageMeta meta;
    QString error;
    if (readNumberPageMeta(body, &meta, &error) && !meta.next.isEmpty()) {
        const QJsonObject page =
            body.value(QLatin1String("meta")).toObject().value(QLatin1String("page")).toObject();
        bool isNumber = false;
        const qint64 next = meta.next.toLongLong(&isNumber);
        KVM_FUZZ_CHECK(isNumber && next > page.value(QLatin1String("number")).toInt());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (document.isObject())
        readMeta(document.object());
    const QByteArray metaBytes = JsonScan::topLevelMember(bytes, "meta");
    if (document.isObject() && !metaBytes.isNull()) {
        QJsonParseError error;
        QJsonDocument::fromJson('[' + metaBytes + ']', &error);
        KVM_FUZZ_CHECK(error.error == QJsonParseError::NoError);
    }
    QString early;
    (void)peekCursorPageNext(bytes, &early);

    // The input as a `next` link, as a server could send it.
    const QString text = QString::fromUtf8(bytes);
    (void)queryValue(text, QStringLiteral("page[after]"));
    (void)queryValue(text, QStringLiteral("offset"));
    if (!text.contains(QLatin1Char('?')))
        KVM_FUZZ_CHECK(queryValue(text, QStringLiteral("page[after]")).isEmpty());

    // The input as a cursor: Konnect percent-encodes it into meta.page.next.
    const QString link = QStringLiteral("/v2/control-planes/cp/config-stores?page%5Bsize%5D=10&") +
                         QStringLiteral("page%5Bafter%5D=") +
                         QString::fromLatin1(QUrl::toPercentEncoding(text));
    KVM_FUZZ_CHECK(queryValue(link, QStringLiteral("page[after]")) == text);
    const QJsonObject body{
        {QStringLiteral("data"), QJsonArray()},
        {QStringLiteral("meta"),
         QJsonObject{{QStringLiteral("page"), QJsonObject{{QStringLiteral("next"), link}}}}}};
    PageMeta meta;
    QString error;
    KVM_FUZZ_CHECK(readCursorPageMeta(body, &meta, &error) && meta.next == text);
    return 0;
}
