#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One key/value pair read from an import file. The value is decoded text and
// stays in memory only; an invalid row names the rule it breaks.
struct ImportRow
{
    int line = 0; // 1-based line of the key in the file; 0 when unknown
    QString key;
    QString value;       // empty for an invalid row
    int valueLength = 0; // code points (bytes when the value is not UTF-8), for a masked display
    QString rule;        // empty when valid; else "syntax", "type", "nested", "utf8", "no_nul",
                         // "min_length", "max_length" or "duplicate"
    QString reason;      // a sentence naming the field, e.g. "Value must not be empty"

    bool isValid() const { return rule.isEmpty(); }
};

enum class ImportFormat { Unknown, Env, Json, Yaml };

struct ImportResult
{
    ImportFormat format = ImportFormat::Unknown;
    QList<ImportRow> rows;
    QString error; // the whole file could not be read (not JSON, not a map, ...); rows empty
    QStringList warnings;

    bool ok() const { return error.isEmpty(); }
    int validCount() const;
};
