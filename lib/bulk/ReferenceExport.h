#pragma once

#include <QString>
#include <QStringList>

// The references of a store's secrets as text to save or paste: never a
// value (Konnect cannot return one), only {vault://<prefix>/<key>} strings.
namespace ReferenceExport {

enum class Format {
    EnvTemplate, // KEY_NAME="{vault://prefix/key}", a comment where the name differs from the key
    DeckYaml,    // key: '{vault://prefix/key}' (quoted as VaultReference::Form::Yaml)
    Csv,         // key,reference (RFC 4180)
};

// An environment variable name for a key: upper case, every character other
// than A-Z, 0-9 and '_' replaced by '_', and a leading '_' before a digit.
QString envName(const QString &key);
// One CSV field, quoted (RFC 4180) when it holds a comma, a quote or a line break.
QString csvField(const QString &field);
// A CSV cell as written: csvField(), after a ' before a leading = + - @, tab or
// CR, so that a spreadsheet shows it as text instead of running it as a formula.
QString csvCell(const QString &field);
// Text for a one-line comment: line breaks, tabs and other control characters
// as escapes (\n, \r, \t, \uXXXX), so a key cannot end the comment and start a
// live line of its own.
QString commentText(const QString &text);

// Keys are sorted; a store name and prefix go into the comments (not CSV).
QString render(Format format, const QString &storeName, const QString &prefix,
               const QStringList &keys);
QString fileSuffix(Format format); // "env", "yaml", "csv"

} // namespace ReferenceExport
