#pragma once

// What every import parser (ImportParser::parse, lib/bulk) must keep for any
// bytes: an unreadable file says why and has no rows; a valid row holds a key
// and value that pass Validation; an invalid row names its rule and reason and
// holds no value; keys of valid rows are unique; line numbers are never
// negative; and the same bytes give the same result. Bounded work (YAML
// aliases included) is the fuzzer's -timeout and -rss_limit_mb.

#include "FuzzCheck.h"
#include "ImportParser.h"
#include "Validation.h"

#include <QSet>

inline void checkImport(const QByteArray &bytes, ImportFormat format)
{
    const ImportResult result = ImportParser::parse(bytes, format);
    if (!result.ok()) {
        KVM_FUZZ_CHECK(result.rows.isEmpty());
        return;
    }
    QSet<QString> validKeys;
    for (const ImportRow &row : result.rows) {
        KVM_FUZZ_CHECK(row.line >= 0);
        if (row.isValid()) {
            KVM_FUZZ_CHECK(Validation::secretKey(row.key).isEmpty());
            KVM_FUZZ_CHECK(Validation::secretValue(row.value).isEmpty());
            KVM_FUZZ_CHECK(!validKeys.contains(row.key));
            validKeys.insert(row.key);
        } else {
            KVM_FUZZ_CHECK(!row.reason.isEmpty());
            KVM_FUZZ_CHECK(row.value.isEmpty());
        }
    }
    const ImportResult again = ImportParser::parse(bytes, format);
    KVM_FUZZ_CHECK(again.rows.size() == result.rows.size());
    KVM_FUZZ_CHECK(again.error == result.error);
}
