// libFuzzer harness: the entity JSON parsers (lib/api/Entities.h) on any JSON,
// the way list answers reach them: the document itself and each entry of its
// "data" array go through every entity's fromJson().
//
// Properties: a refusal always says why; a vault that was read writes a body
// (toJson) that reads back as the same vault. The input as a timestamp reads
// as QDateTime::fromString reads it (JsonReader's fast path for Konnect's form).

#include "Entities.h"
#include "FuzzCheck.h"
#include "JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

template<typename T>
bool read(const QJsonObject &json, T *out)
{
    QString error;
    const bool ok = T::fromJson(json, out, &error);
    KVM_FUZZ_CHECK(ok || !error.isEmpty());
    return ok;
}

void readEverything(const QJsonObject &json)
{
    ControlPlane controlPlane;
    read(json, &controlPlane);
    ConfigStore store;
    read(json, &store);
    ConfigStoreSecret secret;
    read(json, &secret);
    User user;
    if (read(json, &user))
        (void)user.displayName();
    Organization organization;
    read(json, &organization);

    Vault vault;
    if (read(json, &vault)) {
        (void)vault.configStoreId();
        (void)vault.configBool(QStringLiteral("base64_decode"));
        Vault again;
        KVM_FUZZ_CHECK(read(vault.toJson(), &again));
        KVM_FUZZ_CHECK(again.name == vault.name && again.prefix == vault.prefix &&
                       again.description == vault.description && again.tags == vault.tags &&
                       again.config == vault.config);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    if (size <= 40) {
        const QString text = QString::fromUtf8(bytes);
        QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!qt.isValid())
            qt = QDateTime::fromString(text, Qt::ISODate);
        const QDateTime ours = JsonReader::parseUtcTimestamp(text);
        KVM_FUZZ_CHECK(ours.isValid() == qt.isValid());
        KVM_FUZZ_CHECK(!qt.isValid() || (ours == qt && ours.timeSpec() == qt.timeSpec()));
        // The bytes read as Latin-1 (how SecretsPageReader hands them over).
        const QString latin1Text = QString::fromLatin1(bytes);
        QDateTime qtLatin1 = QDateTime::fromString(latin1Text, Qt::ISODateWithMs);
        if (!qtLatin1.isValid())
            qtLatin1 = QDateTime::fromString(latin1Text, Qt::ISODate);
        const QDateTime fromBytes = JsonReader::parseUtcTimestamp(QLatin1String(bytes));
        KVM_FUZZ_CHECK(fromBytes.isValid() == qtLatin1.isValid());
        KVM_FUZZ_CHECK(!qtLatin1.isValid() ||
                       (fromBytes == qtLatin1 && fromBytes.timeSpec() == qtLatin1.timeSpec()));
    }
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    QJsonArray entries;
    if (document.isObject()) {
        readEverything(document.object());
        entries = document.object().value(QLatin1String("data")).toArray();
    } else if (document.isArray()) {
        entries = document.array();
    }
    for (const QJsonValue &entry : std::as_const(entries)) {
        if (entry.isObject())
            readEverything(entry.toObject());
    }
    return 0;
}
