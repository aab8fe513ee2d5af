// libFuzzer harness: VaultReference::parse on any text (lib/api/VaultReference.h).
//
// Properties: a refusal says why; whatever parses is what Kong reads
// (tests/unit/KongReferenceOracle.h: the same prefix, key, property and
// version), and whatever Kong reads with a prefix its vault schema allows, no
// config options, a positive whole version and UTF-8 text parses; a parsed
// reference builds a string that parses back to the same reference, and that
// string is canonical (building it again gives the same text); a key without
// anything URL parsing reacts to is taken literally; every copy form holds it.

#include "../unit/KongReferenceOracle.h"
#include "FuzzCheck.h"
#include "VaultReference.h"

#include <QRegularExpression>

#include <climits>

namespace {

void check(const QString &text)
{
    QString error;
    const std::optional<VaultReference> reference = VaultReference::parse(text, &error);

    // Kong's reading, and whether this type models it.
    const QByteArray bytes = text.toUtf8();
    const KongOracle::Result kong = KongOracle::parseReference(bytes);
    static const QRegularExpression prefixPattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z0-9-]*[a-z0-9]")));
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    const qsizetype hash = bytes.indexOf('#');
    const QString fragment =
        hash < 0 ? QString() : QString::fromUtf8(bytes.mid(hash + 1, bytes.size() - hash - 2));
    bool isNumber = false;
    const qlonglong version = fragment.toLongLong(&isNumber);
    const bool positiveVersion = hash < 0 || (digits.match(fragment).hasMatch() && isNumber &&
                                              version > 0 && version <= INT_MAX);
    const bool modelled = text.isValidUtf16() && kong.reference &&
                          prefixPattern.match(QString::fromUtf8(kong.reference->name)).hasMatch() &&
                          !kong.reference->query && positiveVersion &&
                          kong.reference->resource.isValidUtf8() &&
                          kong.reference->key.value_or(QByteArray()).isValidUtf8();
    if (modelled && !reference)
        std::fprintf(stderr, "Kong reads %s, parse says: %s\n", qPrintable(text),
                     qPrintable(error));
    KVM_FUZZ_CHECK(modelled == reference.has_value());

    if (!reference) {
        KVM_FUZZ_CHECK(!error.isEmpty());
        return;
    }
    KVM_FUZZ_CHECK(VaultReference::looksLikeReference(text));
    KVM_FUZZ_CHECK(reference->isValid());
    KVM_FUZZ_CHECK(reference->prefix().toUtf8() == kong.reference->name);
    KVM_FUZZ_CHECK(reference->key().toUtf8() == kong.reference->resource);
    KVM_FUZZ_CHECK(reference->property().toUtf8() == kong.reference->key.value_or(QByteArray()));
    KVM_FUZZ_CHECK(double(reference->version()) == kong.reference->version.value_or(0));

    const QString built = reference->toString();
    KVM_FUZZ_CHECK(!built.isEmpty());
    const std::optional<VaultReference> again = VaultReference::parse(built);
    KVM_FUZZ_CHECK(again.has_value());
    KVM_FUZZ_CHECK(*again == *reference);
    KVM_FUZZ_CHECK(again->toString() == built);
    // Without anything URL parsing or decoding reacts to, a key is taken literally,
    // whatever its characters.
    const QString body = text.mid(9).chopped(1); // between "{vault://" and "}"
    const QString path = body.mid(reference->prefix().size() + 1);
    static const QRegularExpression special(QStringLiteral("[%+/#?;]"));
    if (body.startsWith(reference->prefix() + QLatin1Char('/')) && !path.contains(special))
        KVM_FUZZ_CHECK(reference->key() == path);
    for (const auto form : {VaultReference::Form::Yaml, VaultReference::Form::Json})
        KVM_FUZZ_CHECK(reference->toString(form).contains(built));
    KVM_FUZZ_CHECK(reference->toString(VaultReference::Form::KongConf)
                       .contains(QString(built).replace(QLatin1Char('#'), QStringLiteral("\\#"))));
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
