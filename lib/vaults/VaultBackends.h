#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// The one table of vault backends the app knows (Kong's vault implementations
// as Konnect offers them). The vault form is generated from it and the vault
// `config` JSON is produced from it (VaultConfig.h), so adding a field here is
// all it takes to support it end to end.
namespace VaultBackends {

enum class FieldType {
    String,
    Integer,
    Boolean,
    Choice,
    ConfigStoreRef, // a config store of the same control plane, by id
    Seconds,        // a non-negative number of seconds; empty = Kong's default
};

struct Choice
{
    QString value; // what goes into the JSON
    QString label; // what the user reads
};

struct FieldDefinition
{
    QString key; // the config key, e.g. "region" (the server names it "config.region")
    QString label;
    FieldType type = FieldType::String;
    bool required = false;
    QVariant defaultValue; // QString, int or bool; invalid when none
    QList<Choice> choices;
    bool sensitive = false; // masked in the form, never shown back, kept when left blank
    QString tooltip;
    QString placeholder;
    bool advanced = false; // shown in the collapsible "Advanced" group
    // Non-empty: the field belongs to the sub-group selected by the backend's
    // selector field (hcv's auth_method) having this value.
    QString selectorValue;
    int minimum = 0;
    int maximum = 2147483647;

    QString fieldPath() const { return QStringLiteral("config.") + key; }
};

struct BackendDefinition
{
    QString name; // the vault's `name`: konnect, env, aws, ...
    QString displayName;
    QString iconName;
    QString description;
    QString selectorField; // hcv: "auth_method"; empty when the backend has no sub-groups
    QList<FieldDefinition> fields;

    bool isValid() const { return !name.isEmpty(); }
    const FieldDefinition *field(const QString &key) const;
    // The fields that apply when the selector field has `selectorValue`
    // (every field for a backend without a selector).
    QList<FieldDefinition> activeFields(const QString &selectorValue) const;
    // The values the selector field offers (hcv: token, kubernetes, ...).
    QStringList selectorValues() const;
};

// Every backend, in the order the form offers them.
const QList<BackendDefinition> &all();
// The backend named `name`; an invalid definition when unknown.
const BackendDefinition &find(const QString &name);
QStringList names();
// Display name for `name`, or `name` itself when unknown.
QString displayName(const QString &name);
QString iconName(const QString &name);
// The AWS regions the region field offers.
QStringList awsRegions();

} // namespace VaultBackends
