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
QList<InvalidParameter> secretKey(const QString &key);
QList<InvalidParameter> secretValue(const QString &value);
QList<InvalidParameter> vault(const Vault &vault);

// Backend names Kong knows; a prefix may not be one of them.
QStringList vaultBackends();
// ^[a-z][a-z0-9-]*[a-z0-9]$ and not a backend name.
QList<InvalidParameter> vaultPrefix(const QString &prefix);

// Length as JSON Schema counts it: Unicode code points, not UTF-16 units.
int codePointLength(const QString &text);

} // namespace Validation
