#pragma once

#include <QString>

#include <optional>

// A Kong vault reference: {vault://<prefix>/<key>[/<property>][#<version>]}.
//
// Kong's parser (kong.vault.parse_reference) splits the part after the prefix
// at its last '/' into resource and key, percent-decodes them, reads '?' as
// the start of config options and '#' as a version number. So build() escapes
// what it would misread: a '/' inside the key becomes %2F, and '%', '?', '#',
// '{', '}', whitespace and any non-ASCII character are percent-encoded too.
class VaultReference
{
public:
    VaultReference() = default;
    VaultReference(QString prefix, QString key, QString property = QString(), int version = 0);

    QString prefix() const { return m_prefix; }
    QString key() const { return m_key; }           // decoded: may contain '/'
    QString property() const { return m_property; } // empty when absent
    int version() const { return m_version; }       // 0 when absent

    // A prefix parse() accepts ([a-z][a-z0-9-]*), a key, and no negative version.
    bool isValid() const;

    // "{vault://prefix/key}" etc.; empty when not valid.
    QString toString() const;

    // The forms a user pastes elsewhere: quoted for YAML (decK: an unquoted
    // '{' would start a flow mapping), a JSON string, and a kong.conf line.
    enum class Form { Plain, Yaml, Json, KongConf };
    QString toString(Form form, const QString &kongConfSetting = QString()) const;

    // Parses a whole reference string (surrounding whitespace allowed); sets
    // *error with the reason when it is not one.
    static std::optional<VaultReference> parse(const QString &text, QString *error = nullptr);
    // True when text looks like a reference: starts with "{vault://" and ends with "}".
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
