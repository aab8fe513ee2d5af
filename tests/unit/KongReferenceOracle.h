#pragma once

// How Kong reads a vault reference, step by step, for the tests. Written from
// the sources below, apart from lib/api/VaultReference.cpp, so that a test can
// hold what the app builds against what Kong would look up. Everything works on
// bytes, as Lua does.
//
//  - Kong/kong, kong/pdk/vault.lua: is_reference and parse_reference (the same
//    code in the 2.8 and 3.x files).
//  - lunarmodules/luasocket, src/url.lua (socket.url; Kong's rockspec pins
//    luasocket 3.0-rc1): parse, parse_path, unescape.
//  - openresty/lua-nginx-module, src/ngx_http_lua_util.c: ngx_http_lua_unescape_uri,
//    which ngx.unescape_uri runs with NGX_UNESCAPE_URI_COMPONENT
//    (ngx_http_lua_ffi_unescape_uri). Since lua-nginx-module PR #1862 (2021) a
//    '%' without two hexadecimal digits after it is kept; the older copy of
//    nginx's ngx_unescape_uri dropped it and the character after it.
//  - Kong/kong, kong/conf_loader: a kong.conf line is read with Penlight's
//    pl.config.read (lunarmodules/Penlight, lua/pl/config.lua; smart = false,
//    list_delim = "_blank_"), then strip_comments cuts the value at an
//    unescaped '#' and turns "\#" into '#'.

#include <QByteArray>
#include <QList>
#include <QRegularExpression>

#include <optional>

namespace KongOracle {

// Lua's %x and %w, and %s: C's isxdigit, isalnum and isspace in the C locale.
inline bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
inline bool isAlnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}
inline int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    return (c >= 'a' ? c - 'a' : c - 'A') + 10;
}

// socket.url.unescape(s):
//   string.gsub(s, "%%(%x%x)", function(hex) return string.char(tonumber(hex, 16)) end)
// gsub goes left to right and does not read what it put in again.
inline QByteArray luaSocketUnescape(const QByteArray &s)
{
    QByteArray out;
    qsizetype i = 0;
    while (i < s.size()) {
        if (s[i] == '%' && i + 2 < s.size() && isHex(s[i + 1]) && isHex(s[i + 2])) {
            out += char(hexValue(s[i + 1]) * 16 + hexValue(s[i + 2]));
            i += 3;
        } else {
            out += s[i];
            i += 1;
        }
    }
    return out;
}

// socket.url.parse_path(path): the runs of "([^/]+)", each unescaped.
inline QList<QByteArray> luaSocketParsePath(const QByteArray &path)
{
    QList<QByteArray> parsed;
    QByteArray run;
    for (const char c : path) {
        if (c != '/') {
            run += c;
        } else if (!run.isEmpty()) {
            parsed.append(run);
            run.clear();
        }
    }
    if (!run.isEmpty())
        parsed.append(run);
    for (QByteArray &segment : parsed)
        segment = luaSocketUnescape(segment);
    return parsed;
}

struct Url
{
    std::optional<QByteArray> scheme, authority, path, params, query, fragment;
    std::optional<QByteArray> userinfo, port, host, user, password;
};

// socket.url.parse(url), in its order: fragment, scheme, authority, query,
// params, path; then the authority's userinfo, port and host.
inline std::optional<Url> luaSocketParse(QByteArray url)
{
    if (url.isEmpty())
        return std::nullopt; // nil, "invalid url"
    Url parsed;
    // "#(.*)$": from the first '#' to the end.
    if (const qsizetype hash = url.indexOf('#'); hash >= 0) {
        parsed.fragment = url.mid(hash + 1);
        url.truncate(hash);
    }
    // "^([%w][%w%+%-%.]*)%:"
    if (!url.isEmpty() && isAlnum(url[0])) {
        qsizetype i = 1;
        while (i < url.size() &&
               (isAlnum(url[i]) || url[i] == '+' || url[i] == '-' || url[i] == '.'))
            ++i;
        if (i < url.size() && url[i] == ':') {
            parsed.scheme = url.left(i);
            url.remove(0, i + 1);
        }
    }
    // "^//([^/]*)"
    if (url.startsWith("//")) {
        qsizetype end = url.indexOf('/', 2);
        if (end < 0)
            end = url.size();
        parsed.authority = url.mid(2, end - 2);
        url.remove(0, end);
    }
    // "%?(.*)": from the first '?'.
    if (const qsizetype question = url.indexOf('?'); question >= 0) {
        parsed.query = url.mid(question + 1);
        url.truncate(question);
    }
    // "%;(.*)": from the first ';'.
    if (const qsizetype semicolon = url.indexOf(';'); semicolon >= 0) {
        parsed.params = url.mid(semicolon + 1);
        url.truncate(semicolon);
    }
    if (!url.isEmpty())
        parsed.path = url;
    if (!parsed.authority)
        return parsed;
    QByteArray authority = *parsed.authority;
    // "^([^@]*)@": up to the first '@'.
    if (const qsizetype at = authority.indexOf('@'); at >= 0) {
        parsed.userinfo = authority.left(at);
        authority.remove(0, at + 1);
    }
    // ":([^:%]]*)$": a ':' followed by anything but ':' and ']' to the end.
    for (qsizetype i = 0; i < authority.size(); ++i) {
        if (authority[i] != ':')
            continue;
        const QByteArray rest = authority.mid(i + 1);
        if (!rest.contains(':') && !rest.contains(']')) {
            parsed.port = rest;
            authority.truncate(i);
            break;
        }
    }
    // host = string.match(authority, "^%[(.+)%]$") or authority
    if (!authority.isEmpty()) {
        if (authority.size() >= 3 && authority.startsWith('[') && authority.endsWith(']'))
            parsed.host = authority.mid(1, authority.size() - 2);
        else
            parsed.host = authority;
    }
    if (!parsed.userinfo)
        return parsed;
    QByteArray userinfo = *parsed.userinfo;
    // ":([^:]*)$"
    if (const qsizetype colon = userinfo.lastIndexOf(':'); colon >= 0) {
        parsed.password = userinfo.mid(colon + 1);
        userinfo.truncate(colon);
    }
    parsed.user = userinfo;
    return parsed;
}

// ngx.unescape_uri(s): ngx_http_lua_unescape_uri(&dst, &src, len, NGX_UNESCAPE_URI_COMPONENT),
// line by line (type 0: no '?' rule).
inline QByteArray ngxUnescapeUri(const QByteArray &src)
{
    QByteArray d;
    const char *s = src.constData();
    qsizetype size = src.size();
    while (size--) {
        const char curr = *s++;
        if (curr == '%') {
            if (size < 2 || !(isHex(s[0]) && isHex(s[1]))) {
                d += '%';
                continue;
            }
            d += char(hexValue(s[0]) * 16 + hexValue(s[1]));
            s += 2;
            size -= 2;
        } else if (curr == '+') {
            d += ' ';
            continue;
        } else {
            d += curr;
        }
    }
    return d;
}

// tonumber(v, 10) as LuaJIT reads a decimal number (surrounding spaces, a sign,
// a fraction, an exponent). LuaJIT also reads hexadecimal; no test needs it.
inline std::optional<double> luaToNumber(const QByteArray &text)
{
    static const QRegularExpression number(QStringLiteral(
        "^[ \\t\\n\\v\\f\\r]*([+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)"
        "[ \\t\\n\\v\\f\\r]*$"));
    const auto match = number.match(QString::fromLatin1(text));
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toDouble();
}

// kong.vault.is_reference
inline bool isReference(const QByteArray &reference)
{
    return reference.size() >= 9 && reference.front() == '{' && reference.back() == '}' &&
           reference[6] == ':' && reference[7] == '/' && reference[8] == '/' &&
           reference.mid(1, 5) == "vault";
}

struct Reference
{
    QByteArray name;                 // url.host: the vault prefix
    QByteArray resource;             // what the vault is asked for: the secret's key
    std::optional<QByteArray> key;   // a JSON key inside the secret's value: the property
    std::optional<QByteArray> query; // config options (decode_args of a non-empty query)
    std::optional<double> version;
};

struct Result
{
    std::optional<Reference> reference;
    QByteArray error; // Kong's message when reference is nullopt
};

// kong.vault.parse_reference, line by line.
inline Result parseReference(const QByteArray &reference)
{
    if (!isReference(reference))
        return {std::nullopt, "not a reference"};
    // parse_url(sub(reference, 2, -2))
    const std::optional<Url> url = luaSocketParse(reference.mid(1, reference.size() - 2));
    if (!url)
        return {std::nullopt, "reference is not url"};
    if (!url->host)
        return {std::nullopt, "reference url is missing host"};
    if (!url->path)
        return {std::nullopt, "reference url is missing path"};
    Reference parsed;
    parsed.name = *url->host;
    // local resource = sub(path, 2)
    QByteArray resource = url->path->mid(1);
    if (resource.isEmpty())
        return {std::nullopt, "reference url has empty path"};
    if (url->fragment) {
        parsed.version = luaToNumber(*url->fragment);
        if (!parsed.version)
            return {std::nullopt, "reference url has invalid version"};
    }
    const QList<QByteArray> parts = luaSocketParsePath(resource);
    const qsizetype count = parts.size();
    if (count == 1) {
        resource = ngxUnescapeUri(parts[0]);
    } else {
        // concat(parts, "/", 1, count - 1); with no part at all that is "", and
        // parts[0] is nil, so key = unescape_uri(nil) = "" (then refused below).
        resource = ngxUnescapeUri(parts.mid(0, qMax<qsizetype>(count - 1, 0)).join('/'));
        if (count == 0)
            parsed.key = QByteArray();
        else if (!parts[count - 1].isEmpty())
            parsed.key = ngxUnescapeUri(parts[count - 1]);
    }
    if (resource.isEmpty())
        return {std::nullopt, "reference url has invalid path"};
    parsed.resource = resource;
    if (url->query && !url->query->isEmpty())
        parsed.query = *url->query;
    return {parsed, QByteArray()};
}

// The value of a kong.conf line "name = value" as Kong's conf loader reads it;
// nullopt when Penlight does not give a string (a list, a number, no '=').
inline std::optional<QByteArray> kongConfValue(const QByteArray &line)
{
    // pl.config.lines: a blank line or one starting with ';' or '#' is skipped;
    // one ending with '\' (spaces after it allowed) continues on the next.
    if (line.trimmed().isEmpty() || line.trimmed().startsWith(';') ||
        line.trimmed().startsWith('#') || line.trimmed().endsWith('\\'))
        return std::nullopt;
    // pl.config.read: line:gsub('^%s*', ''); line:find('%s*=%s*')
    QByteArray text = line;
    while (!text.isEmpty() && isSpace(text.front()))
        text.remove(0, 1);
    const qsizetype equals = text.indexOf('=');
    if (equals < 0)
        return std::nullopt;
    qsizetype valueStart = equals + 1;
    while (valueStart < text.size() && isSpace(text[valueStart]))
        ++valueStart;
    QByteArray value = text.mid(valueStart);
    // process_value: list_delim "_blank_" (value:find is a pattern, here a plain
    // string) splits the value into a list; convert_numbers reads a value that
    // starts with a digit, '+' or '-' as a number when it is one.
    if (value.contains("_blank_"))
        return std::nullopt;
    const bool numberLike = !value.isEmpty() && ((value[0] >= '0' && value[0] <= '9') ||
                                                 value[0] == '+' || value[0] == '-');
    if (numberLike && luaToNumber(value))
        return std::nullopt;
    // trim_space
    value = value.trimmed();
    // strip_comments: ngx.re.sub(value, [[\s*(?<!\\)#.*$]], ""), then gsub(value, "\\#", "#")
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == '#' && (i == 0 || value[i - 1] != '\\')) {
            qsizetype cut = i;
            while (cut > 0 && isSpace(value[cut - 1]))
                --cut;
            value.truncate(cut);
            break;
        }
    }
    value.replace("\\#", "#");
    return value;
}

} // namespace KongOracle
