#include "VaultConfig.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace VaultConfig {

using VaultBackends::BackendDefinition;
using VaultBackends::FieldDefinition;
using VaultBackends::FieldType;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("VaultConfig", text);
}

bool isTextType(FieldType type)
{
    return type == FieldType::String || type == FieldType::Choice ||
           type == FieldType::ConfigStoreRef;
}

bool isNumberType(FieldType type)
{
    return type == FieldType::Integer || type == FieldType::Seconds;
}

QString textValue(const FieldDefinition &field, const QVariantMap &values)
{
    const QString text = values.value(field.key).toString();
    return field.sensitive ? text : text.trimmed();
}

enum class Number { Unset, Valid, NotANumber, OutOfRange };

Number numberValue(const FieldDefinition &field, const QVariantMap &values, int *out)
{
    const QVariant value = values.value(field.key);
    if (!value.isValid() || value.isNull())
        return Number::Unset;
    bool ok = false;
    qlonglong number = 0;
    if (value.userType() == QMetaType::QString) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return Number::Unset;
        number = text.toLongLong(&ok);
    } else {
        number = value.toLongLong(&ok);
    }
    if (!ok)
        return Number::NotANumber;
    if (number < field.minimum || number > field.maximum)
        return Number::OutOfRange;
    *out = int(number);
    return Number::Valid;
}

bool boolValue(const FieldDefinition &field, const QVariantMap &values)
{
    const QVariant value = values.value(field.key, field.defaultValue);
    return value.toBool();
}

// A sensitive field left blank that keeps its stored value.
bool keepsPrevious(const FieldDefinition &field, const QVariantMap &values,
                   const QJsonObject &previous)
{
    return field.sensitive && textValue(field, values).isEmpty() &&
           previous.value(field.key).isString() && !previous.value(field.key).toString().isEmpty();
}

QVariant fromJson(const FieldDefinition &field, const QJsonValue &value)
{
    switch (field.type) {
    case FieldType::Boolean:
        return value.isBool() ? QVariant(value.toBool()) : field.defaultValue;
    case FieldType::Integer:
    case FieldType::Seconds:
        if (value.isDouble())
            return QVariant(value.toInt());
        if (value.isString()) {
            bool ok = false;
            const int number = value.toString().toInt(&ok);
            return ok ? QVariant(number) : field.defaultValue;
        }
        return field.defaultValue;
    case FieldType::String:
    case FieldType::Choice:
    case FieldType::ConfigStoreRef:
        if (value.isString())
            return value.toString();
        if (value.isDouble())
            return QString::number(value.toDouble());
        return field.defaultValue.isValid() ? field.defaultValue : QVariant(QString());
    }
    return QVariant();
}

} // namespace

QVariantMap defaults(const QString &backend)
{
    QVariantMap values;
    for (const FieldDefinition &field : VaultBackends::find(backend).fields) {
        if (field.defaultValue.isValid())
            values.insert(field.key, field.defaultValue);
        else if (isTextType(field.type))
            values.insert(field.key, QString());
        else
            values.insert(field.key, QVariant());
    }
    return values;
}

QString selectorValue(const BackendDefinition &backend, const QVariantMap &values)
{
    const FieldDefinition *selector = backend.field(backend.selectorField);
    if (!selector)
        return QString();
    const QString value = textValue(*selector, values);
    return value.isEmpty() ? selector->defaultValue.toString() : value;
}

QJsonObject toConfig(const QString &backendName, const QVariantMap &values,
                     const QJsonObject &previous)
{
    const BackendDefinition &backend = VaultBackends::find(backendName);
    QJsonObject config;
    // What the table does not know (a newer Kong's fields) is kept as it was.
    for (auto it = previous.constBegin(); it != previous.constEnd(); ++it) {
        if (!backend.field(it.key()))
            config.insert(it.key(), it.value());
    }
    const QList<FieldDefinition> fields = backend.activeFields(selectorValue(backend, values));
    for (const FieldDefinition &field : fields) {
        if (field.type == FieldType::Boolean) {
            const bool value = boolValue(field, values);
            if (value != field.defaultValue.toBool())
                config.insert(field.key, value);
        } else if (isNumberType(field.type)) {
            int number = 0;
            if (numberValue(field, values, &number) == Number::Valid)
                config.insert(field.key, number);
        } else if (keepsPrevious(field, values, previous)) {
            config.insert(field.key, previous.value(field.key));
        } else {
            const QString text = textValue(field, values);
            if (!text.isEmpty())
                config.insert(field.key, text);
        }
    }
    return config;
}

QList<InvalidParameter> validate(const QString &backendName, const QVariantMap &values,
                                 const QJsonObject &previous)
{
    const BackendDefinition &backend = VaultBackends::find(backendName);
    if (!backend.isValid())
        return {{QStringLiteral("name"), QStringLiteral("one_of"),
                 tr("must be one of %1").arg(VaultBackends::names().join(QStringLiteral(", ")))}};
    QList<InvalidParameter> errors;
    const QList<FieldDefinition> fields = backend.activeFields(selectorValue(backend, values));
    for (const FieldDefinition &field : fields) {
        if (isNumberType(field.type)) {
            int number = 0;
            switch (numberValue(field, values, &number)) {
            case Number::Unset:
                if (field.required)
                    errors.append(
                        {field.fieldPath(), QStringLiteral("required"), tr("is required")});
                break;
            case Number::NotANumber:
                errors.append({field.fieldPath(), QStringLiteral("is_integer"),
                               tr("must be a whole number")});
                break;
            case Number::OutOfRange:
                errors.append(
                    {field.fieldPath(), QStringLiteral("between"),
                     tr("must be between %1 and %2").arg(field.minimum).arg(field.maximum)});
                break;
            case Number::Valid:
                break;
            }
        } else if (isTextType(field.type) && field.required && textValue(field, values).isEmpty() &&
                   !keepsPrevious(field, values, previous)) {
            errors.append({field.fieldPath(), QStringLiteral("required"), tr("is required")});
        }
    }
    return errors;
}

FormValues fromVault(const Vault &vault)
{
    FormValues form;
    form.backend = vault.name;
    form.values = defaults(vault.name);
    for (const FieldDefinition &field : VaultBackends::find(vault.name).fields) {
        const QJsonValue value = vault.config.value(field.key);
        if (value.isUndefined() || value.isNull())
            continue;
        if (field.sensitive) {
            form.values.insert(field.key, QString());
            form.unchanged.append(field.key);
        } else {
            form.values.insert(field.key, fromJson(field, value));
        }
    }
    return form;
}

QString describe(const InvalidParameter &error, const QString &backendName)
{
    QString label = error.field;
    if (error.field.startsWith(QLatin1String("config."))) {
        const FieldDefinition *field = VaultBackends::find(backendName).field(error.field.mid(7));
        if (field)
            label = field->label;
    } else if (error.field == QLatin1String("prefix")) {
        label = tr("Prefix");
    } else if (error.field == QLatin1String("name")) {
        label = tr("Backend");
    }
    if (error.rule == QLatin1String("unique"))
        return tr("%1 is already used by another vault of this control plane (Konnect: %2)")
            .arg(label, error.reason);
    return label.isEmpty() ? error.reason : label + QLatin1Char(' ') + error.reason;
}

} // namespace VaultConfig
