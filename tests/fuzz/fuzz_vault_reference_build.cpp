// libFuzzer harness: building a VaultReference from parts (lib/api/VaultReference.h).
// The input is "prefix\nkey\nproperty\nversion" (missing lines are empty, the
// version is a decimal integer); the whole input is also tried as a key.
//
// Properties: a valid reference builds a string that parses back to the same
// reference, and that Kong reads (tests/unit/KongReferenceOracle.h, Kong's
// parse_reference step by step) as exactly its prefix, key, property and
// version; an invalid one builds nothing. Validity and the built text are what
// the plain definitions give (Kong's prefix pattern as a regular expression;
// parts through QUrl::toPercentEncoding, then '%' and '+' encoded once more),
// which the fast paths must not change.

#include "../unit/KongReferenceOracle.h"
#include "FuzzCheck.h"
#include "VaultReference.h"

#include <QList>
#include <QRegularExpression>
#include <QUrl>

namespace {

QString encoded(const QString &part)
{
    // %25 first: the %2B it then makes has no '%' of its own to encode again.
    return QString::fromLatin1(
        QUrl::toPercentEncoding(part).replace("%25", "%2525").replace("%2B", "%252B"));
}

QString expectedText(const QString &prefix, const QString &key, const QString &property,
                     int version)
{
    QString text = QStringLiteral("{vault://") + prefix + QLatin1Char('/') + encoded(key);
    if (!property.isEmpty())
        text += QLatin1Char('/') + encoded(property);
    if (version > 0)
        text += QLatin1Char('#') + QString::number(version);
    return text + QLatin1Char('}');
}

void check(const QString &prefix, const QString &key, const QString &property, int version)
{
    // kong/db/schema/entities/vaults.lua: ^[a-z][a-z%d-]-[a-z%d]+$
    static const QRegularExpression prefixPattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z0-9-]*[a-z0-9]")));
    const VaultReference reference(prefix, key, property, version);
    const bool valid = prefixPattern.match(prefix).hasMatch() && !key.isEmpty() && version >= 0;
    KVM_FUZZ_CHECK(reference.isValid() == valid);
    KVM_FUZZ_CHECK(VaultReference::isPrefix(prefix) == prefixPattern.match(prefix).hasMatch());
    const QString built = reference.toString();
    if (!reference.isValid()) {
        KVM_FUZZ_CHECK(built.isEmpty());
        return;
    }
    KVM_FUZZ_CHECK(built == expectedText(prefix, key, property, version));
    QString error;
    const std::optional<VaultReference> parsed = VaultReference::parse(built, &error);
    if (!parsed)
        std::fprintf(stderr, "built %s, parse says: %s\n", qPrintable(built), qPrintable(error));
    KVM_FUZZ_CHECK(parsed.has_value());
    KVM_FUZZ_CHECK(*parsed == reference);
    KVM_FUZZ_CHECK(VaultReference::looksLikeReference(built));
    // What Kong looks up.
    const KongOracle::Result kong = KongOracle::parseReference(built.toUtf8());
    KVM_FUZZ_CHECK(kong.reference.has_value());
    KVM_FUZZ_CHECK(kong.reference->name == prefix.toUtf8());
    KVM_FUZZ_CHECK(kong.reference->resource == key.toUtf8());
    KVM_FUZZ_CHECK(property.isEmpty() ? !kong.reference->key
                                      : kong.reference->key == property.toUtf8());
    KVM_FUZZ_CHECK(version == 0 ? !kong.reference->version
                                : kong.reference->version == double(version));
    KVM_FUZZ_CHECK(!kong.reference->query);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    const QList<QByteArray> lines = bytes.split('\n');
    bool isNumber = false;
    int version = lines.value(3).toInt(&isNumber);
    if (!isNumber)
        version = 0;
    check(QString::fromUtf8(lines.value(0)), QString::fromUtf8(lines.value(1)),
          QString::fromUtf8(lines.value(2)), version);
    check(QStringLiteral("env"), QString::fromUtf8(bytes), QString(), 0);
    return 0;
}
