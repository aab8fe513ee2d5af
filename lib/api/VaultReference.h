#pragma once

#include <QString>

#include <optional>

// A Kong vault reference: {vault://<prefix>/<key>[/<property>][#<version>]}.
//
// How Kong reads one (kong.vault.parse_reference, kong/pdk/vault.lua): a value is
// a reference only when it starts with "{vault://" and its last byte is '}'
// (is_reference: nothing trimmed). LuaSocket's url.parse takes the part between
// the braces apart: the first '#' starts the version, the host (our prefix,
// after any "user@" and ":port") runs to the first '/', the first '?' starts
// config options, the first ';' parameters (ignored). url.parse_path splits the
// path at '/' (empty segments dropped) and percent-decodes each segment; then
// ngx.unescape_uri decodes a second time, reading '+' as a space: all segments
// but the last, joined by '/', are the key (Kong's resource), the last one the
// property (a JSON key), when there are two or more.
//
// So build() writes a key or property so that the two decodings give it back
// exactly: an unreserved character (A-Z a-z 0-9 - . _ ~) as it is, '%' as %2525
// and '+' as %252B, and every other byte of its UTF-8 as %XX (a '/' as %2F, so
// the key stays one segment; the first decoding turns it into '/', the second
// leaves it). parse() follows Kong's steps: the key it yields is the key Kong
// looks up.
class VaultReference
{
public:
    VaultReference() = default;
    VaultReference(QString prefix, QString key, QString property = QString(), int version = 0);

    QString prefix() const { return m_prefix; }
    QString key() const { return m_key; }           // decoded: may contain '/'
    QString property() const { return m_property; } // empty when absent
    int version() const { return m_version; }       // 0 when absent

    // A vault prefix as Kong's vault schema allows it (kong/db/schema/entities/vaults.lua,
    // ^[a-z][a-z%d-]-[a-z%d]+$): a lowercase letter, then lowercase letters, digits or
    // '-', ending in a letter or digit; at least two characters.
    static bool isPrefix(const QString &prefix);

    // A prefix isPrefix() accepts, a key, and no negative version.
    bool isValid() const;

    // "{vault://prefix/key}" etc.; empty when not valid.
    QString toString() const;

    // The forms a user pastes elsewhere: quoted for YAML (decK: an unquoted
    // '{' would start a flow mapping), a JSON string, and a kong.conf line
    // (its '#' written "\#": kong.conf reads an unescaped '#' as a comment).
    enum class Form { Plain, Yaml, Json, KongConf };
    QString toString(Form form, const QString &kongConfSetting = QString()) const;

    // Reads a reference as Kong does (see above), the whole text and nothing
    // around it; sets *error with the reason when Kong would not read it, or
    // when it has what this type does not model: config options (?...), a
    // version that is not a positive whole number, a key or property that does
    // not decode to UTF-8 text.
    static std::optional<VaultReference> parse(const QString &text, QString *error = nullptr);
    // Kong's is_reference: the text starts with "{vault://" and ends with "}".
    static bool looksLikeReference(const QString &text);

    bool operator==(const VaultReference &other) const
    {
        return m_prefix == other.m_prefix && m_key == other.m_key &&
               m_property == other.m_property && m_version == other.m_version;
    }

private:
    QString m_prefix;
    QString m_key;
    QString m_property;
    int m_version = 0;
};
