#pragma once

#include "ApiError.h"
#include "Entities.h"

#include <QList>
#include <QString>
#include <QStringList>

// Client-side checks that mirror the spec, run before anything is sent.
// Each returns the field errors (empty when valid), with the spec's rule names.
namespace Validation {

constexpr int ConfigStoreNameMax = 100;
constexpr int SecretKeyMax = 512;
constexpr int SecretValueMax = 5120;

QList<InvalidParameter> configStoreName(const QString &name);
// Length, and not "." or "..": a key is a segment of the secret's URL, where
// those two are dot-segments that resolve to the store itself or above it.
QList<InvalidParameter> secretKey(const QString &key);
// A key or id placed in a URL path: not empty, "." or ".." (rule path_segment).
QList<InvalidParameter> pathSegment(const QString &field, const QString &value);
// Length, and no NUL character (U+0000): Kong and most consumers of a
// secret treat it as the end of the string.
QList<InvalidParameter> secretValue(const QString &value);
// For bytes from a file, the clipboard or an import: must be valid UTF-8 and
// then pass secretValue(). On success *value holds the decoded text.
QList<InvalidParameter> decodeSecretValue(const QByteArray &bytes, QString *value,
                                          const QString &field = QStringLiteral("value"));
QList<InvalidParameter> vault(const Vault &vault);

// Backend names Kong knows; a prefix may not be one of them.
QStringList vaultBackends();
// Kong's vault prefix pattern (^[a-z][a-z%d-]-[a-z%d]+$: two characters at least, the last
// a letter or digit) and not a backend name.
QList<InvalidParameter> vaultPrefix(const QString &prefix);

// Length as JSON Schema counts it: Unicode code points, not UTF-16 units.
int codePointLength(const QString &text);

} // namespace Validation
