#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

// Typed entities of the Konnect APIs. Each fromJson() ignores unknown fields,
// accepts null where the spec allows it, and returns false with a message
// naming the field when a type is wrong or a required field is missing.

struct ControlPlane
{
    QString id;
    QString name;
    QString description;
    QMap<QString, QString> labels;
    QString clusterType; // CLUSTER_TYPE_CONTROL_PLANE, CLUSTER_TYPE_HYBRID, ...
    QString authType;
    QString controlPlaneEndpoint;
    QString telemetryEndpoint;
    bool cloudGateway = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    // Konnect refuses writes to the core entities (vaults) of a Kong Ingress
    // Controller's control plane: the controller owns them (403, code 7).
    bool coreEntitiesReadOnly() const
    {
        return clusterType == QLatin1String("CLUSTER_TYPE_K8S_INGRESS_CONTROLLER");
    }

    static bool fromJson(const QJsonObject &json, ControlPlane *out, QString *error);
};

struct ConfigStore
{
    QString id;
    QString name;
    QDateTime createdAt;
    QDateTime updatedAt;

    // What a person sees: the name, or "(unnamed) 1a2b3c4d" (the start of the id)
    // for a store created without one (CreateConfigStore requires no member).
    QString displayName() const;

    static bool fromJson(const QJsonObject &json, ConfigStore *out, QString *error);
};

// Konnect never returns a secret's value: this type has no field for it.
struct ConfigStoreSecret
{
    QString key;
    QDateTime createdAt;
    QDateTime updatedAt;

    static bool fromJson(const QJsonObject &json, ConfigStoreSecret *out, QString *error);
};
// Moved in memory as a whole when a list of them grows (a page of secrets).
Q_DECLARE_TYPEINFO(ConfigStoreSecret, Q_RELOCATABLE_TYPE);

struct Vault
{
    QString id;     // empty until created
    QString name;   // the backend: konnect, env, aws, gcp, hcv, azure, conjur...
    QString prefix; // what references use: {vault://<prefix>/<key>}
    QString description;
    QStringList tags;
    QJsonObject config;   // backend-specific
    qint64 createdAt = 0; // unix epoch seconds (core entities use integers)
    qint64 updatedAt = 0;

    // Typed accessors over config.
    QString configString(const QString &field) const;
    bool configBool(const QString &field, bool fallback = false) const;
    QString configStoreId() const; // konnect backend: config.config_store_id

    // The body for create-vault / upsert-vault: only what a client may set.
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, Vault *out, QString *error);
};

struct User
{
    QString id;
    QString email;
    QString fullName;
    QString preferredName;
    bool active = true;

    QString displayName() const; // full name, else preferred name, else email
    static bool fromJson(const QJsonObject &json, User *out, QString *error);
};

struct Organization
{
    QString id;
    QString name;
    QString ownerId;
    QString state;

    static bool fromJson(const QJsonObject &json, Organization *out, QString *error);
};
