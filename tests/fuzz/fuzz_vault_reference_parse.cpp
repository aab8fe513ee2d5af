// libFuzzer harness: VaultReference::parse on any text (lib/api/VaultReference.h).
//
// Properties: a refusal says why; whatever parses builds a reference string
// that parses back to the same reference, and that string is canonical
// (building it again gives the same text); a key without escapes is taken
// literally; every copy form holds it.

#include "FuzzCheck.h"
#include "VaultReference.h"

namespace {

void check(const QString &text)
{
    QString error;
    const std::optional<VaultReference> reference = VaultReference::parse(text, &error);
    if (!reference) {
        KVM_FUZZ_CHECK(!error.isEmpty());
        return;
    }
    KVM_FUZZ_CHECK(VaultReference::looksLikeReference(text));
    KVM_FUZZ_CHECK(reference->isValid());
    const QString built = reference->toString();
    KVM_FUZZ_CHECK(!built.isEmpty());
    const std::optional<VaultReference> again = VaultReference::parse(built);
    KVM_FUZZ_CHECK(again.has_value());
    KVM_FUZZ_CHECK(*again == *reference);
    KVM_FUZZ_CHECK(again->toString() == built);
    // Without escapes, a key is taken literally, whatever its characters.
    const QString body = text.trimmed().mid(9).chopped(1); // between "{vault://" and "}"
    const QString path = body.mid(reference->prefix().size() + 1);
    if (!path.contains(QLatin1Char('%')) && !path.contains(QLatin1Char('/')) &&
        !path.contains(QLatin1Char('#')))
        KVM_FUZZ_CHECK(reference->key() == path);
    for (const auto form :
         {VaultReference::Form::Yaml, VaultReference::Form::Json, VaultReference::Form::KongConf})
        KVM_FUZZ_CHECK(reference->toString(form).contains(built));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    check(QString::fromUtf8(bytes));
    // The same bytes as UTF-16, which reaches characters (and lone surrogates)
    // that valid UTF-8 spells differently.
    QString utf16(qsizetype(size / 2), Qt::Uninitialized);
    for (qsizetype i = 0; i < utf16.size(); ++i)
        utf16[i] = QChar(char16_t(uint8_t(bytes[2 * i]) | uint8_t(bytes[2 * i + 1]) << 8));
    check(utf16);
    return 0;
}
