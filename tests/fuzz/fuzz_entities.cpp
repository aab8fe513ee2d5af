// libFuzzer harness: the entity JSON parsers (lib/api/Entities.h) on any JSON,
// the way list answers reach them: the document itself and each entry of its
// "data" array go through every entity's fromJson().
//
// Properties: a refusal always says why; a vault that was read writes a body
// (toJson) that reads back as the same vault.

#include "Entities.h"
#include "FuzzCheck.h"

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
    const QJsonDocument document = QJsonDocument::fromJson(fuzzBytes(data, size));
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
