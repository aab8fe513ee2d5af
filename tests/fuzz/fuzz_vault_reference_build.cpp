// libFuzzer harness: building a VaultReference from parts (lib/api/VaultReference.h).
// The input is "prefix\nkey\nproperty\nversion" (missing lines are empty, the
// version is a decimal integer); the whole input is also tried as a key.
//
// Properties: a valid reference builds a string that parses back to the same
// reference; an invalid one builds nothing.

#include "FuzzCheck.h"
#include "VaultReference.h"

#include <QList>

namespace {

void check(const VaultReference &reference)
{
    const QString built = reference.toString();
    if (!reference.isValid()) {
        KVM_FUZZ_CHECK(built.isEmpty());
        return;
    }
    KVM_FUZZ_CHECK(!built.isEmpty());
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
    check(VaultReference(QString::fromUtf8(lines.value(0)), QString::fromUtf8(lines.value(1)),
                         QString::fromUtf8(lines.value(2)), version));
    check(VaultReference(QStringLiteral("env"), QString::fromUtf8(bytes)));
    return 0;
}
