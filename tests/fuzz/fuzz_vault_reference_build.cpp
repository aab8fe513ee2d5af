// libFuzzer harness: building a VaultReference from parts (lib/api/VaultReference.h).
// The input is "prefix\nkey\nproperty\nversion" (missing lines are empty, the
// version is a decimal integer); the whole input is also tried as a key.
//
// Properties: a valid reference builds a string that parses back to the same
// reference; an invalid one builds nothing. Validity and the built text are
// what the plain definitions give (a prefix matching [a-z][a-z0-9-]*, parts
// through QUrl::toPercentEncoding), which the fast paths must not change.

#include "FuzzCheck.h"
#include "VaultReference.h"

#include <QList>
#include <QRegularExpression>
#include <QUrl>

namespace {

QString expectedText(const QString &prefix, const QString &key, const QString &property,
                     int version)
{
    QString text = QStringLiteral("{vault://") + prefix + QLatin1Char('/') +
                   QString::fromLatin1(QUrl::toPercentEncoding(key));
    if (!property.isEmpty())
        text += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(property));
    if (version > 0)
        text += QLatin1Char('#') + QString::number(version);
    return text + QLatin1Char('}');
}

void check(const QString &prefix, const QString &key, const QString &property, int version)
{
    static const QRegularExpression prefixPattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z0-9-]*")));
    const VaultReference reference(prefix, key, property, version);
    const bool valid = prefixPattern.match(prefix).hasMatch() && !key.isEmpty() && version >= 0;
    KVM_FUZZ_CHECK(reference.isValid() == valid);
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
