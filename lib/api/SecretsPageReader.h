#pragma once

#include "ApiResult.h"
#include "Entities.h"

#include <QByteArray>

// Reads a list-config-store-secrets answer straight from its bytes, in the
// shape Konnect writes it: {"data":[{"key":"…","created_at":"…",
// "updated_at":"…"}, …],"meta":{…}} with plain ASCII strings. About three
// times cheaper than building a QJsonDocument and reading it, which was most
// of the work of showing a 10,000-secret store (tests/bench, B1).
//
// It declines (returns false, `page` untouched) anything else: an escape or a
// non-ASCII byte in a string, a member it does not know, a number, a duplicate,
// a missing key, a date it cannot read. The caller then parses the answer
// through QJsonDocument as usual, which also words any error. What it accepts,
// it reads exactly as that path does (fuzz_pagination checks this).
namespace SecretsPageReader {

bool read(const QByteArray &body, Page<ConfigStoreSecret> *page);

} // namespace SecretsPageReader
