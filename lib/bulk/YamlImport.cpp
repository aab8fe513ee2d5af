// A YAML map of string values, read with yaml-cpp (Debian's libyaml-cpp).
// Quoted and block scalars (`|` for a PEM) are strings. An unquoted scalar
// that YAML reads as null, a boolean (including YAML 1.1's yes/no/on/off) or
// a number is an invalid row with the advice to quote it: other YAML tools
// would not see a string there. Nested maps and lists are invalid rows.
#include "ImportFormats.h"
#include "ImportText.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

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

} // namespace

bool parseYaml(const QByteArray &data, QList<RawRow> *rows, QString *error, int *errorLine,
               QStringList *warnings)
{
    const std::string text(data.constData(), size_t(data.size()));
    try {
        const std::vector<YAML::Node> documents = YAML::LoadAll(text);
        if (documents.empty())
            return true;
        if (documents.size() > 1)
            warnings->append(ImportText::tr("The file holds %n YAML document(s); only the "
                                            "first is imported",
                                            nullptr, int(documents.size())));
        const YAML::Node &root = documents.front();
        if (root.IsNull())
            return true;
        if (!root.IsMap()) {
            *error = ImportText::tr("A YAML import must be a map of KEY: value pairs");
            *errorLine = root.Mark().is_null() ? 0 : root.Mark().line + 1;
            return false;
        }
        for (auto it = root.begin(); it != root.end(); ++it) {
            RawRow row;
            row.line = it->first.Mark().is_null() ? 0 : it->first.Mark().line + 1;
            if (!it->first.IsScalar()) {
                row.rule = QStringLiteral("nested");
                row.reason = ImportText::tr("Key on line %1 is not text").arg(row.line);
                rows->append(row);
                continue;
            }
            row.key = bytes(it->first.Scalar());
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
            } else {
                row.value = bytes(value.Scalar());
                const QString type = value.Tag() == "?" ? plainScalarType(row.value) : QString();
                if (type == QLatin1String("null")) {
                    row.rule = QStringLiteral("type");
                    row.reason = ImportText::tr("Value is empty (null in YAML)");
                } else if (!type.isEmpty()) {
                    row.rule = QStringLiteral("type");
                    row.reason =
                        (type == QLatin1String("boolean")
                             ? ImportText::tr("Value %1 is a boolean in YAML: quote it (\"%1\") "
                                              "to import it as text")
                             : ImportText::tr("Value %1 is a number in YAML: quote it (\"%1\") "
                                              "to import it as text"))
                            .arg(QString::fromUtf8(row.value));
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
