#pragma once

#include "ApiError.h"
#include "Entities.h"
#include "VaultBackends.h"

#include <QJsonObject>
#include <QStringList>
#include <QVariantMap>

// Between a vault's `config` JSON and the values of the vault form, driven by
// the backend table (VaultBackends.h).
//
// Values are keyed by config key: a QString for String, Choice and
// ConfigStoreRef fields, an int for Integer and Seconds fields (an invalid
// QVariant or an empty string when unset), a bool for Boolean fields.
namespace VaultConfig {

struct FormValues
{
    QString backend;
    QVariantMap values;
    // Sensitive fields that have a stored value: the form leaves them blank,
    // and blank means "unchanged" (toConfig() copies the stored value).
    QStringList unchanged;
};

// The form's starting values for a new vault of `backend`: every default.
QVariantMap defaults(const QString &backend);

// The value of the backend's selector field (hcv: auth_method) in `values`,
// or its default; empty for a backend without one.
QString selectorValue(const VaultBackends::BackendDefinition &backend, const QVariantMap &values);

// The `config` object the spec and Kong expect: only the fields that apply
// (the selected sub-group, never another one's), empty optional fields
// omitted, integers as JSON numbers, booleans as JSON booleans (a boolean equal
// to its default is omitted: Kong applies the same default).
// `previous` is the config the vault has now, when editing a vault of the same
// backend: a sensitive field left blank keeps its value from there, and keys
// the table does not know are carried over untouched. Pass {} otherwise.
QJsonObject toConfig(const QString &backend, const QVariantMap &values,
                     const QJsonObject &previous = QJsonObject());

// Field errors before anything is sent, with the server's field names
// ("config.region") and a reason such as "is required".
QList<InvalidParameter> validate(const QString &backend, const QVariantMap &values,
                                 const QJsonObject &previous = QJsonObject());

// The reverse of toConfig(): a vault's config as form values. Sensitive fields
// are left blank and listed in `unchanged`; fields absent from the config get
// their default.
FormValues fromVault(const Vault &vault);

// "Region is required": the field's label and the reason, for a message.
QString describe(const InvalidParameter &error, const QString &backend);

} // namespace VaultConfig
