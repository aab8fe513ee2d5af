#include "ImportParser.h"

#include "ImportFormats.h"
#include "ImportText.h"
#include "Validation.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

int ImportResult::validCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [](const ImportRow &row) { return row.isValid(); }));
}

namespace ImportParser {

namespace {

using ImportFormats::RawRow;

bool decodeStrict(const QByteArray &bytes, QString *text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder.decode(bytes);
    return !decoder.hasError();
}

void markInvalid(ImportRow *row, const QString &rule, const QString &reason)
{
    row->rule = rule;
    row->reason = reason;
    row->value.clear(); // an invalid row never holds a value
}

ImportRow finish(const RawRow &raw)
{
    ImportRow row;
    row.line = raw.line;
    const bool keyIsText = decodeStrict(raw.key, &row.key);
    {
        QString lossy;
        row.valueLength = decodeStrict(raw.value, &lossy) ? Validation::codePointLength(lossy)
                                                          : int(raw.value.size());
    }
    if (!raw.rule.isEmpty()) {
        markInvalid(&row, raw.rule, raw.reason);
        return row;
    }
    if (!keyIsText) {
        markInvalid(&row, QStringLiteral("utf8"), ImportText::tr("Key must be valid UTF-8 text"));
        return row;
    }
    if (const auto errors = Validation::secretKey(row.key); !errors.isEmpty()) {
        markInvalid(&row, errors.constFirst().rule,
                    ImportText::tr("Key %1").arg(errors.constFirst().reason));
        return row;
    }
    if (const auto errors = Validation::decodeSecretValue(raw.value, &row.value);
        !errors.isEmpty()) {
        markInvalid(&row, errors.constFirst().rule,
                    ImportText::tr("Value %1").arg(errors.constFirst().reason));
        return row;
    }
    return row;
}

void markDuplicates(QList<ImportRow> *rows)
{
    QHash<QString, QList<int>> linesOfKey;
    for (const ImportRow &row : std::as_const(*rows)) {
        if (!row.key.isEmpty())
            linesOfKey[row.key].append(row.line);
    }
    for (ImportRow &row : *rows) {
        const QList<int> lines = linesOfKey.value(row.key);
        if (lines.size() < 2 || !row.isValid())
            continue;
        QStringList numbers;
        for (const int line : lines)
            numbers.append(QString::number(line));
        markInvalid(&row, QStringLiteral("duplicate"),
                    ImportText::tr("Key is defined %n times (lines %1): keep one", nullptr,
                                   int(lines.size()))
                        .arg(numbers.join(QStringLiteral(", "))));
    }
}

QByteArray withoutBom(const QByteArray &content)
{
    return content.startsWith("\xEF\xBB\xBF") ? content.mid(3) : content;
}

} // namespace

QString formatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Env:
        return ImportText::tr(".env file");
    case ImportFormat::Json:
        return ImportText::tr("JSON object");
    case ImportFormat::Yaml:
        return ImportText::tr("YAML map");
    case ImportFormat::Unknown:
        break;
    }
    return ImportText::tr("unknown format");
}

ImportFormat detect(const QString &fileName, const QByteArray &content)
{
    const QString name = QFileInfo(fileName).fileName().toLower();
    if (name.endsWith(QLatin1String(".json")))
        return ImportFormat::Json;
    if (name.endsWith(QLatin1String(".yaml")) || name.endsWith(QLatin1String(".yml")))
        return ImportFormat::Yaml;
    if (name == QLatin1String(".env") || name.startsWith(QLatin1String(".env.")) ||
        name.endsWith(QLatin1String(".env")))
        return ImportFormat::Env;

    // By content: the first line that is not blank or a comment decides.
    static const QRegularExpression envLine(
        QStringLiteral("^(export[ \\t]+)?[^\\s=:#\"']+[ \\t]*="));
    static const QRegularExpression yamlLine(QStringLiteral("^(---|[^\\s#=][^=]*?:([ \\t]|$))"));
    const QByteArray text = withoutBom(content);
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray &rawLine : lines) {
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (line.startsWith('{'))
            return ImportFormat::Json;
        const QString start = QString::fromUtf8(line.left(600));
        if (envLine.match(start).hasMatch())
            return ImportFormat::Env;
        if (yamlLine.match(start).hasMatch())
            return ImportFormat::Yaml;
        break;
    }
    return ImportFormat::Unknown;
}

ImportResult parse(const QByteArray &content, ImportFormat format)
{
    ImportResult result;
    result.format = format;
    const QByteArray text = withoutBom(content);
    QList<RawRow> raw;
    QString error;
    int errorLine = 0;
    bool ok = false;
    switch (format) {
    case ImportFormat::Env:
        ok = ImportFormats::parseEnv(text, &raw, &error, &errorLine);
        break;
    case ImportFormat::Json:
        ok = ImportFormats::parseJson(text, &raw, &error, &errorLine);
        break;
    case ImportFormat::Yaml:
        ok = ImportFormats::parseYaml(text, &raw, &error, &errorLine, &result.warnings);
        break;
    case ImportFormat::Unknown:
        error = ImportText::tr("The format is not recognised: use a .env file (KEY=value), a "
                               "JSON object or a YAML map");
        break;
    }
    if (!ok) {
        result.error =
            errorLine > 0 ? ImportText::tr("Line %1: %2").arg(errorLine).arg(error) : error;
        return result;
    }
    result.rows.reserve(raw.size());
    for (const RawRow &row : std::as_const(raw))
        result.rows.append(finish(row));
    markDuplicates(&result.rows);
    return result;
}

ImportResult parseFile(const QString &path)
{
    ImportResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = ImportText::tr("Cannot open %1: %2").arg(path, file.errorString());
        return result;
    }
    if (file.size() > MaxFileSize) {
        result.error = ImportText::tr("%1 is too large for an import (over %2 MiB)")
                           .arg(QFileInfo(path).fileName())
                           .arg(MaxFileSize / (1024 * 1024));
        return result;
    }
    const QByteArray content = file.read(MaxFileSize + 1);
    return parse(content, detect(path, content));
}

} // namespace ImportParser
