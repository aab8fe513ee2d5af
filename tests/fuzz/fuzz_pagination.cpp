// libFuzzer harness: where the next page starts (lib/api/Pagination.h), for
// the three pagination styles, and the cursor taken out of a `next` link.
//
// Properties: a refusal says why; a page-number answer only ever points
// forward; a cursor put into a link (percent-encoded, as Konnect does) comes
// back out unchanged, a link without the parameter yields no cursor, and
// queryValue() reads any link as QUrl does. JsonScan (the early cursor): in a
// document that parses, the value it finds for a top-level member is itself
// valid JSON, and the last member found from the end is the document's.
// SecretsPageReader: a secrets page it accepts reads the same through
// QJsonDocument and the entity parser, and its early cursor is its own.

#include "Entities.h"
#include "FuzzCheck.h"
#include "JsonScan.h"
#include "Pagination.h"
#include "SecretsPageReader.h"

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

void sameAsTheDocument(const QJsonDocument &document, const Page<ConfigStoreSecret> &fast)
{
    KVM_FUZZ_CHECK(document.isObject());
    const QJsonObject body = document.object();
    const QJsonValue data = body.value(QLatin1String("data"));
    KVM_FUZZ_CHECK(data.isArray() && data.toArray().size() == fast.items.size());
    const QJsonArray entries = data.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        ConfigStoreSecret secret;
        QString error;
        KVM_FUZZ_CHECK(entries.at(i).isObject() &&
                       ConfigStoreSecret::fromJson(entries.at(i).toObject(), &secret, &error));
        const ConfigStoreSecret &other = fast.items.at(i);
        KVM_FUZZ_CHECK(secret.key == other.key);
        KVM_FUZZ_CHECK(secret.createdAt == other.createdAt &&
                       secret.createdAt.isValid() == other.createdAt.isValid());
        KVM_FUZZ_CHECK(secret.updatedAt == other.updatedAt &&
                       secret.updatedAt.isValid() == other.updatedAt.isValid());
    }
    PageMeta meta;
    QString error;
    KVM_FUZZ_CHECK(readCursorPageMeta(body, &meta, &error) && meta.next == fast.next);
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
    // From the end: in a document that parses, the last member's value as
    // the document has it (QJsonDocument keeps the last of duplicated keys).
    const QByteArray lastMeta = JsonScan::lastTopLevelMember(bytes, "meta");
    if (document.isObject() && !lastMeta.isNull()) {
        QJsonParseError error;
        const QJsonDocument value = QJsonDocument::fromJson('[' + lastMeta + ']', &error);
        KVM_FUZZ_CHECK(error.error == QJsonParseError::NoError);
        KVM_FUZZ_CHECK(value.array().at(0) == document.object().value(QLatin1String("meta")));
    }
    QString early;
    const bool peeked = peekCursorPageNext(bytes, &early);
    Page<ConfigStoreSecret> fast;
    if (SecretsPageReader::read(bytes, &fast)) {
        sameAsTheDocument(document, fast);
        // The early cursor of a page that reads is the page's own (when its
        // meta has one next: duplicated members may read otherwise).
        const QByteArray meta = JsonScan::topLevelMember(bytes, "meta");
        if (peeked && meta.count("\"next\"") == 1 && bytes.count("\"meta\"") == 1)
            KVM_FUZZ_CHECK(early == fast.next);
    }

    // The input as a `next` link, as a server could send it.
    const QString text = QString::fromUtf8(bytes);
    // Read without QUrl or with it, the same value.
    KVM_FUZZ_CHECK(queryValue(text, QStringLiteral("page[after]")) ==
                   queryValueByQUrl(text, QStringLiteral("page[after]")));
    KVM_FUZZ_CHECK(queryValue(text, QStringLiteral("offset")) ==
                   queryValueByQUrl(text, QStringLiteral("offset")));
    const QString pathLink = QLatin1Char('/') + text; // the links Konnect writes
    KVM_FUZZ_CHECK(queryValue(pathLink, QStringLiteral("page[after]")) ==
                   queryValueByQUrl(pathLink, QStringLiteral("page[after]")));
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
