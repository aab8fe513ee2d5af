// A YAML map of string values, read with yaml-cpp (Debian's libyaml-cpp).
// Quoted and block scalars (`|` for a PEM) are strings. An unquoted scalar
// that YAML reads as null, a boolean (including YAML 1.1's yes/no/on/off) or
// a number is an invalid row with the advice to quote it: other YAML tools
// would not see a string there. Nested maps and lists are invalid rows.
#include "ImportFormats.h"
#include "ImportParser.h"
#include "ImportText.h"
#include "Validation.h"

#include <QRegularExpression>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <sstream>
#include <string>

namespace ImportFormats {

namespace {

QByteArray bytes(const std::string &text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

// What an unquoted scalar means to YAML when it is not a string; empty when it is one.
QString plainScalarType(const QByteArray &text)
{
    static const QRegularExpression boolean(
        QStringLiteral("^(true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|"
                       "Off|OFF|y|Y|n|N)$"));
    static const QRegularExpression number(QStringLiteral(
        "^([-+]?[0-9][0-9_]*|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9]*)?)"
        "([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN))$"));
    const QString value = QString::fromUtf8(text);
    if (value.isEmpty() || value == QLatin1String("~") ||
        value.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("null");
    if (boolean.match(value).hasMatch())
        return QStringLiteral("boolean");
    if (number.match(value).hasMatch())
        return QStringLiteral("number");
    return {};
}

// Aliases make one scalar appear many times for the cost of one: a 4 MiB
// anchor referenced 350,000 times is terabytes once each row holds a copy. So a
// key or value is copied only when it can be valid at all (4 bytes at most per
// code point of its limit), and the copies together stay under
// MaxExpandedBytes, checked while reading: past it the file is refused.
constexpr std::size_t MaxKeyBytes = 4 * std::size_t(Validation::SecretKeyMax);
constexpr std::size_t MaxValueBytes = 4 * std::size_t(Validation::SecretValueMax);
constexpr std::size_t MaxExpandedBytes = 2 * std::size_t(ImportParser::MaxFileSize);

// Events of documents that are only counted.
class IgnoreEvents : public YAML::EventHandler
{
public:
    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t,
                  const std::string &) override
    {
    }
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {
    }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                    YAML::EmitterStyle::value) override
    {
    }
    void OnMapEnd() override {}
};

// How many documents the stream holds. yaml-cpp 0.7 (Debian 12) finds a new
// empty document for ever on some malformed input, e.g. a stream holding a
// lone ',' (jbeder/yaml-cpp#1040, fixed by #1319), which made YAML::LoadAll
// hang: the count stops at one more than the "---" lines could start.
int countDocuments(const std::string &text)
{
    int markers = 0;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("---", 0) == 0)
            ++markers;
    }
    std::istringstream in(text);
    YAML::Parser parser(in);
    IgnoreEvents events;
    int documents = 0;
    while (documents <= markers && parser.HandleNextDocument(events))
        ++documents;
    return documents;
}

} // namespace

bool parseYaml(const QByteArray &data, QList<RawRow> *rows, QString *error, int *errorLine,
               QStringList *warnings)
{
    const std::string text(data.constData(), size_t(data.size()));
    try {
        // The first document only, with Load (see countDocuments for LoadAll).
        const YAML::Node root = YAML::Load(text);
        if (const int documents = countDocuments(text); documents > 1)
            warnings->append(ImportText::tr("The file holds %n YAML document(s); only the "
                                            "first is imported",
                                            nullptr, documents));
        if (root.IsNull())
            return true;
        if (!root.IsMap()) {
            *error = ImportText::tr("A YAML import must be a map of KEY: value pairs");
            *errorLine = root.Mark().is_null() ? 0 : root.Mark().line + 1;
            return false;
        }
        std::size_t expanded = 0;
        for (auto it = root.begin(); it != root.end(); ++it) {
            RawRow row;
            row.line = it->first.Mark().is_null() ? 0 : it->first.Mark().line + 1;
            if (!it->first.IsScalar()) {
                row.rule = QStringLiteral("nested");
                row.reason = ImportText::tr("Key on line %1 is not text").arg(row.line);
                rows->append(row);
                continue;
            }
            const std::string &key = it->first.Scalar(); // a reference: nothing copied yet
            if (key.size() > MaxKeyBytes) {
                row.rule = QStringLiteral("max_length");
                row.reason =
                    ImportText::tr("Key has more than %1 characters").arg(Validation::SecretKeyMax);
                rows->append(row);
                continue;
            }
            expanded += key.size();
            row.key = bytes(key);
            // A copy: `it->` is a temporary pair, a reference to its member dangles (ASan).
            const YAML::Node value = it->second;
            if (value.IsMap() || value.IsSequence()) {
                row.rule = QStringLiteral("nested");
                row.reason = value.IsMap() ? ImportText::tr("Value is a map, not a string: "
                                                            "nested values are not imported")
                                           : ImportText::tr("Value is a list, not a string: "
                                                            "nested values are not imported");
            } else if (value.IsNull() || !value.IsScalar()) {
                row.rule = QStringLiteral("type");
                row.reason = ImportText::tr("Value is empty (null in YAML)");
            } else if (value.Scalar().size() > MaxValueBytes) {
                row.rule = QStringLiteral("max_length");
                row.reason = ImportText::tr("Value has more than %1 characters")
                                 .arg(Validation::SecretValueMax);
            } else {
                expanded += value.Scalar().size();
                if (expanded > MaxExpandedBytes) {
                    rows->clear();
                    *error = ImportText::tr("The file expands to more than %1 MiB of keys and "
                                            "values (YAML aliases repeat a value without "
                                            "repeating its text); it is not imported")
                                 .arg(MaxExpandedBytes / (1024 * 1024));
                    *errorLine = row.line;
                    return false;
                }
                row.value = bytes(value.Scalar());
                const QString type = value.Tag() == "?" ? plainScalarType(row.value) : QString();
                if (type == QLatin1String("null")) {
                    row.rule = QStringLiteral("type");
                    row.reason = ImportText::tr("Value is empty (null in YAML)");
                } else if (!type.isEmpty()) {
                    row.rule = QStringLiteral("type");
                    // Never the value itself: the preview's Status column shows this.
                    row.reason = type == QLatin1String("boolean")
                                     ? ImportText::tr("Value is a boolean in YAML: put it in "
                                                      "quotes to import it as text")
                                     : ImportText::tr("Value is a number in YAML: put it in "
                                                      "quotes to import it as text");
                }
                if (!row.rule.isEmpty())
                    row.value.clear();
            }
            rows->append(row);
        }
        return true;
    } catch (const YAML::Exception &exception) {
        rows->clear();
        *error = ImportText::tr("Not valid YAML: %1").arg(QString::fromStdString(exception.msg));
        *errorLine = exception.mark.is_null() ? 0 : exception.mark.line + 1;
        return false;
    }
}

} // namespace ImportFormats
