#include "VaultReference.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringDecoder>

#include <algorithm>
#include <climits>

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

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hexValue(char c)
{
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

// See the header: what Kong's two decodings (LuaSocket's, then ngx.unescape_uri
// with '+' as a space) turn back into the part.
QString encodePart(const QString &part)
{
    // Most keys need nothing encoded: the part itself, shared (the secrets
    // table builds a reference per row: tests/bench, B1).
    if (std::all_of(part.utf16(), part.utf16() + part.size(), isUnreserved))
        return part;
    static const char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = part.toUtf8();
    QString text;
    text.reserve(utf8.size() * 3);
    for (const char byte : utf8) {
        const auto c = uchar(byte);
        if (isUnreserved(c)) {
            text += QLatin1Char(byte);
            continue;
        }
        // '%' and '+' mean something to the second decoding: the first one must
        // give it "%25" and "%2B", not the character.
        if (c == '%' || c == '+')
            text += QLatin1String("%25");
        else
            text += QLatin1Char('%');
        text += QLatin1Char(hex[c >> 4]);
        text += QLatin1Char(hex[c & 0xF]);
    }
    return text;
}

// A percent-decoding as Kong's two do: each '%' followed by two hexadecimal
// digits is that byte, any other '%' stays as it is; with plusIsSpace a '+'
// is a space. LuaSocket's url.unescape (gsub "%%(%x%x)") is the first,
// ngx.unescape_uri (lua-nginx-module's ngx_http_lua_unescape_uri for a URI
// component) the second.
QByteArray unescape(const QByteArray &text, bool plusIsSpace)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '%' && i + 2 < text.size() && isHexDigit(text.at(i + 1)) &&
            isHexDigit(text.at(i + 2))) {
            out += char(hexValue(text.at(i + 1)) * 16 + hexValue(text.at(i + 2)));
            i += 2;
        } else {
            out += plusIsSpace && c == '+' ? ' ' : c;
        }
    }
    return out;
}

std::optional<QString> fromUtf8(const QByteArray &bytes)
{
    // A leading U+FEFF is part of the key, not a byte order mark.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

} // namespace

bool VaultReference::isPrefix(const QString &prefix)
{
    const auto letterOrDigit = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
    };
    if (prefix.size() < 2 || prefix.front() < u'a' || prefix.front() > u'z' ||
        !letterOrDigit(prefix.back()))
        return false;
    return std::all_of(prefix.cbegin() + 1, prefix.cend() - 1,
                       [&](QChar c) { return letterOrDigit(c) || c == u'-'; });
}

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
        // Kong's conf loader cuts a value at an unescaped '#' (a comment) and
        // turns "\#" into '#' (kong/conf_loader). Only a version has a '#'.
        return (kongConfSetting.isEmpty() ? QStringLiteral("setting_name") : kongConfSetting) +
               QStringLiteral(" = ") +
               QString(plain).replace(QLatin1Char('#'), QStringLiteral("\\#"));
    }
    return plain;
}

bool VaultReference::looksLikeReference(const QString &text)
{
    return text.startsWith(Scheme) && text.endsWith(QLatin1Char('}'));
}

std::optional<VaultReference> VaultReference::parse(const QString &text, QString *error)
{
    auto fail = [error](const QString &reason) -> std::optional<VaultReference> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    // kong.vault.parse_reference (kong/pdk/vault.lua), on the UTF-8 bytes.
    if (!looksLikeReference(text))
        return fail(tr("a reference starts with {vault:// and ends with }"));
    if (!text.isValidUtf16())
        return fail(tr("the reference holds a lone UTF-16 surrogate, which is not text"));
    const QByteArray bytes = text.toUtf8();
    // parse_url(sub(reference, 2, -2)): LuaSocket's url.parse, in its order.
    QByteArray url = bytes.mid(1, bytes.size() - 2);
    std::optional<QByteArray> fragment;
    if (const qsizetype hash = url.indexOf('#'); hash >= 0) {
        fragment = url.mid(hash + 1);
        url.truncate(hash);
    }
    url.remove(0, 6); // the scheme, "vault:" (is_reference checked it)
    url.remove(0, 2); // "//": the authority runs to the first '/'
    const qsizetype slash = url.indexOf('/');
    QByteArray authority = slash < 0 ? url : url.left(slash);
    url = slash < 0 ? QByteArray() : url.mid(slash);
    QByteArray query;
    if (const qsizetype question = url.indexOf('?'); question >= 0) {
        query = url.mid(question + 1);
        url.truncate(question);
    }
    if (const qsizetype semicolon = url.indexOf(';'); semicolon >= 0)
        url.truncate(semicolon); // parameters: Kong ignores them
    const QByteArray path = url;
    // The host: without "userinfo@", without ":port" (the last ':' with no ']'
    // after it), without the brackets of an IPv6 literal.
    if (const qsizetype at = authority.indexOf('@'); at >= 0)
        authority.remove(0, at + 1);
    if (const qsizetype colon = authority.lastIndexOf(':');
        colon >= 0 && authority.indexOf(']', colon) < 0)
        authority.truncate(colon);
    if (authority.size() > 2 && authority.startsWith('[') && authority.endsWith(']'))
        authority = authority.mid(1, authority.size() - 2);
    const QString prefix = QString::fromUtf8(authority);
    if (!isPrefix(prefix))
        return fail(tr("\"%1\" is not a vault prefix").arg(prefix));
    if (path.isEmpty())
        return fail(tr("the vault prefix must be followed by /<key>"));
    // sub(path, 2): the path starts with the '/' that ended the host.
    const QByteArray resource = path.mid(1);

    int version = 0;
    if (fragment) {
        // Kong: tonumber(version, 10). Here only a positive whole number.
        const bool digits =
            !fragment->isEmpty() && std::all_of(fragment->cbegin(), fragment->cend(),
                                                [](char c) { return c >= '0' && c <= '9'; });
        bool ok = false;
        const qlonglong number = digits ? fragment->toLongLong(&ok) : 0;
        if (!ok || number <= 0 || number > INT_MAX)
            return fail(tr("the version after # must be a positive whole number"));
        version = int(number);
    }

    // parse_path: segments between '/' (empty ones dropped), each decoded once.
    QList<QByteArray> parts;
    for (const QByteArray &segment : resource.split('/')) {
        if (!segment.isEmpty())
            parts.append(unescape(segment, false));
    }
    if (parts.isEmpty())
        return fail(tr("the key after the prefix is empty"));
    // Then unescape_uri, a second decoding: all parts but the last are the key
    // (Kong's resource), the last the property, when there are two or more.
    QByteArray keyBytes;
    QByteArray propertyBytes;
    if (parts.size() == 1) {
        keyBytes = unescape(parts.constFirst(), true);
    } else {
        propertyBytes = unescape(parts.takeLast(), true);
        keyBytes = unescape(parts.join('/'), true);
    }
    if (!query.isEmpty())
        return fail(tr("config options (?...) are not supported in a reference here"));
    const std::optional<QString> key = fromUtf8(keyBytes);
    const std::optional<QString> property = fromUtf8(propertyBytes);
    if (!key || !property)
        return fail(tr("the key or property does not decode to UTF-8 text"));
    return VaultReference(prefix, *key, *property, version);
}
