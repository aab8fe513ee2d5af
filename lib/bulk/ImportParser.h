#pragma once

#include "ImportRow.h"

#include <QByteArray>
#include <QString>

// Reads secrets to import from a .env file, a JSON object or a YAML map.
// Every value goes through Validation::decodeSecretValue and every key through
// Validation::secretKey, so invalid UTF-8, NUL bytes, empty or over-long keys
// and values become invalid rows naming the rule. A key defined more than once
// makes every one of its rows invalid ("duplicate"): shells keep the last
// definition, other tools the first, and guessing which credential was meant
// is not safe, so the file has to say it once.
namespace ImportParser {

constexpr qint64 MaxFileSize = 8 * 1024 * 1024;

QString formatName(ImportFormat format);
// By extension (.env, .env.*, *.env, .json, .yaml, .yml), else by content.
ImportFormat detect(const QString &fileName, const QByteArray &content);
ImportResult parse(const QByteArray &content, ImportFormat format);
// Reads, detects and parses; file errors (missing, too large) in ImportResult::error.
ImportResult parseFile(const QString &path);

} // namespace ImportParser
