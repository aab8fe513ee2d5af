#include "Validation.h"

#include "VaultReference.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Validation {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Validation", text);
}

QList<InvalidParameter> length(const QString &field, const QString &text, int maximum)
{
    const int count = codePointLength(text);
    if (count < 1)
        return {{field, QStringLiteral("min_length"), tr("must have at least 1 character")}};
    if (count > maximum)
        return {{field, QStringLiteral("max_length"),
                 tr("must not have more than %1 characters (it has %2)").arg(maximum).arg(count)}};
    return {};
}

} // namespace

int codePointLength(const QString &text)
{
    int count = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

QList<InvalidParameter> configStoreName(const QString &name)
{
    return length(QStringLiteral("name"), name, ConfigStoreNameMax);
}

QList<InvalidParameter> secretKey(const QString &key)
{
    const QString field = QStringLiteral("key");
    if (key == QLatin1String(".") || key == QLatin1String(".."))
        return pathSegment(field, key);
    return length(field, key, SecretKeyMax);
}

QList<InvalidParameter> pathSegment(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return {{field, QStringLiteral("path_segment"), tr("must not be empty")}};
    if (value == QLatin1String(".") || value == QLatin1String(".."))
        return {{field, QStringLiteral("path_segment"),
                 tr("must not be “.” or “..”: in a URL they point at the store itself or "
                    "above it")}};
    return {};
}

QList<InvalidParameter> secretValue(const QString &value)
{
    const QString field = QStringLiteral("value");
    if (value.contains(QChar(u'\0')))
        return {{field, QStringLiteral("no_nul"),
                 tr("must not contain a NUL character (byte 0); is it a binary file?")}};
    return length(field, value, SecretValueMax);
}

QList<InvalidParameter> decodeSecretValue(const QByteArray &bytes, QString *value,
                                          const QString &field)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return {{field, QStringLiteral("utf8"),
                 tr("must be valid UTF-8 text; this looks like a binary file or another "
                    "encoding")}};
    QList<InvalidParameter> errors = secretValue(text);
    for (InvalidParameter &error : errors)
        error.field = field;
    if (errors.isEmpty() && value)
        *value = text;
    return errors;
}

QStringList vaultBackends()
{
    return {QStringLiteral("konnect"), QStringLiteral("env"), QStringLiteral("aws"),
            QStringLiteral("gcp"),     QStringLiteral("hcv"), QStringLiteral("azure"),
            QStringLiteral("conjur")};
}

QList<InvalidParameter> vaultPrefix(const QString &prefix)
{
    const QString field = QStringLiteral("prefix");
    if (prefix.isEmpty())
        return {{field, QStringLiteral("required"), tr("is required")}};
    // Kong's vault schema: ^[a-z][a-z%d-]-[a-z%d]+$ (VaultReference::isPrefix).
    if (!VaultReference::isPrefix(prefix))
        return {{field, QStringLiteral("matches_regex"),
                 tr("must start with a lowercase letter, end with a letter or digit, and use "
                    "only lowercase letters, digits and '-'")}};
    if (vaultBackends().contains(prefix))
        return {{field, QStringLiteral("invalid"),
                 tr("must not be the name of a vault backend (%1)").arg(prefix)}};
    return {};
}

QList<InvalidParameter> vault(const Vault &vault)
{
    QList<InvalidParameter> errors;
    if (vault.name.isEmpty())
        errors.append({QStringLiteral("name"), QStringLiteral("required"), tr("is required")});
    errors.append(vaultPrefix(vault.prefix));
    return errors;
}

} // namespace Validation
