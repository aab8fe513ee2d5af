#include "VaultReference.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace {

const QLatin1String Scheme("{vault://");

QString tr(const char *text)
{
    return QCoreApplication::translate("VaultReference", text);
}

bool isUnreserved(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'-' || c == u'.' || c == u'_' || c == u'~';
}

// Unreserved characters stay as they are; everything else is percent-encoded,
// so the result has no '/', '?', '#', '%', '{' or '}' of its own.
QString encodePart(const QString &part)
{
    // Most keys need nothing encoded: the part itself, shared (the secrets
    // table builds a reference per row: tests/bench, B1).
    if (std::all_of(part.utf16(), part.utf16() + part.size(), isUnreserved))
        return part;
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

bool decodePart(const QString &part, QString *out)
{
    static const QRegularExpression badEscape(QStringLiteral("%(?![0-9A-Fa-f]{2})"));
    if (badEscape.match(part).hasMatch())
        return false;
    // Characters typed as they are stay as they are (UTF-8 for the decoder:
    // toLatin1() turned "café" into "caf" + U+FFFD and anything beyond Latin-1 into '?').
    *out = part.contains(QLatin1Char('%')) ? QUrl::fromPercentEncoding(part.toUtf8()) : part;
    return true;
}

// What parse() accepts as a prefix: [a-z][a-z0-9-]*, the whole of it.
bool isPrefix(const QString &prefix)
{
    if (prefix.isEmpty() || prefix.front() < u'a' || prefix.front() > u'z')
        return false;
    return std::all_of(prefix.cbegin() + 1, prefix.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
}

} // namespace

VaultReference::VaultReference(QString prefix, QString key, QString property, int version)
    : m_prefix(std::move(prefix))
    , m_key(std::move(key))
    , m_property(std::move(property))
    , m_version(version)
{
}

bool VaultReference::isValid() const
{
    return isPrefix(m_prefix) && !m_key.isEmpty() && m_version >= 0;
}

QString VaultReference::toString() const
{
    if (!isValid())
        return QString();
    QString text = Scheme + m_prefix + QLatin1Char('/') + encodePart(m_key);
    if (!m_property.isEmpty())
        text += QLatin1Char('/') + encodePart(m_property);
    if (m_version > 0)
        text += QLatin1Char('#') + QString::number(m_version);
    return text + QLatin1Char('}');
}

QString VaultReference::toString(Form form, const QString &kongConfSetting) const
{
    const QString plain = toString();
    if (plain.isEmpty())
        return plain;
    switch (form) {
    case Form::Plain:
        break;
    case Form::Yaml:
        // Single quotes: nothing inside needs escaping except a quote, doubled.
        return QLatin1Char('\'') + QString(plain).replace(QLatin1Char('\''), QStringLiteral("''")) +
               QLatin1Char('\'');
    case Form::Json:
        // Built references hold no '"' or '\\' (both are percent-encoded).
        return QLatin1Char('"') + plain + QLatin1Char('"');
    case Form::KongConf:
        return (kongConfSetting.isEmpty() ? QStringLiteral("setting_name") : kongConfSetting) +
               QStringLiteral(" = ") + plain;
    }
    return plain;
}

bool VaultReference::looksLikeReference(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(Scheme) && trimmed.endsWith(QLatin1Char('}'));
}

std::optional<VaultReference> VaultReference::parse(const QString &text, QString *error)
{
    auto fail = [error](const QString &reason) -> std::optional<VaultReference> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (!looksLikeReference(trimmed))
        return fail(tr("a reference starts with {vault:// and ends with }"));
    QString body = trimmed.mid(Scheme.size(), trimmed.size() - Scheme.size() - 1);
    if (body.contains(QLatin1Char('{')) || body.contains(QLatin1Char('}')))
        return fail(tr("a reference holds no other { or }"));

    int version = 0;
    const int hash = body.indexOf(QLatin1Char('#'));
    if (hash >= 0) {
        bool ok = false;
        version = body.mid(hash + 1).toInt(&ok);
        if (!ok || version <= 0 || body.mid(hash + 1).startsWith(QLatin1Char('+')))
            return fail(tr("the version after # must be a positive whole number"));
        body.truncate(hash);
    }
    // Kong reads "?..." as config options of the vault; they are not part of a
    // key, so this type does not model them.
    if (body.contains(QLatin1Char('?')))
        return fail(tr("config options (?...) are not supported in a reference here"));

    const int slash = body.indexOf(QLatin1Char('/'));
    if (slash <= 0)
        return fail(tr("the vault prefix must be followed by /<key>"));
    const QString prefix = body.left(slash);
    if (!isPrefix(prefix))
        return fail(tr("\"%1\" is not a vault prefix").arg(prefix));

    const QString path = body.mid(slash + 1);
    // As Kong does: the last '/' separates the resource (our key) from a property.
    const int last = path.lastIndexOf(QLatin1Char('/'));
    QString key;
    QString property;
    const bool decoded =
        last < 0 ? decodePart(path, &key)
                 : decodePart(path.left(last), &key) && decodePart(path.mid(last + 1), &property);
    if (!decoded)
        return fail(tr("a % must be followed by two hexadecimal digits"));
    if (key.isEmpty())
        return fail(tr("the key after the prefix is empty"));
    if (last >= 0 && property.isEmpty())
        return fail(tr("the property after the last / is empty"));
    return VaultReference(prefix, key, property, version);
}
