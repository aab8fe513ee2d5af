#include "Entities.h"

#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

bool finish(const JsonReader &reader, QString *error)
{
    if (!reader.ok() && error)
        *error = reader.error();
    return reader.ok();
}

} // namespace

bool ControlPlane::fromJson(const QJsonObject &json, ControlPlane *out, QString *error)
{
    JsonReader r(json, QStringLiteral("ControlPlane"));
    ControlPlane cp;
    cp.id = r.string(QLatin1String("id"), JsonReader::Required);
    cp.name = r.string(QLatin1String("name"), JsonReader::Required);
    cp.description = r.string(QLatin1String("description"));
    cp.labels = r.stringMap(QLatin1String("labels"));
    const QJsonObject config = r.object(QLatin1String("config"));
    cp.createdAt = r.dateTime(QLatin1String("created_at"));
    cp.updatedAt = r.dateTime(QLatin1String("updated_at"));
    if (!finish(r, error))
        return false;
    JsonReader c(config, QStringLiteral("ControlPlane.config"));
    cp.clusterType = c.string(QLatin1String("cluster_type"));
    cp.authType = c.string(QLatin1String("auth_type"));
    cp.controlPlaneEndpoint = c.string(QLatin1String("control_plane_endpoint"));
    cp.telemetryEndpoint = c.string(QLatin1String("telemetry_endpoint"));
    cp.cloudGateway = c.boolean(QLatin1String("cloud_gateway"), false);
    if (!finish(c, error))
        return false;
    *out = std::move(cp);
    return true;
}

QString ConfigStore::displayName() const
{
    if (!name.isEmpty())
        return name;
    return QCoreApplication::translate("ConfigStore", "(unnamed) %1").arg(id.left(8));
}

bool ConfigStore::fromJson(const QJsonObject &json, ConfigStore *out, QString *error)
{
    JsonReader r(json, QStringLiteral("ConfigStore"));
    ConfigStore store;
    store.id = r.string(QLatin1String("id"), JsonReader::Required);
    store.name = r.string(QLatin1String("name"));
    store.createdAt = r.dateTime(QLatin1String("created_at"));
    store.updatedAt = r.dateTime(QLatin1String("updated_at"));
    if (!finish(r, error))
        return false;
    *out = std::move(store);
    return true;
}

bool ConfigStoreSecret::fromJson(const QJsonObject &json, ConfigStoreSecret *out, QString *error)
{
    JsonReader r(json, QStringLiteral("ConfigStoreSecret"));
    ConfigStoreSecret secret;
    secret.key = r.string(QLatin1String("key"), JsonReader::Required);
    // "value" is write-only in the spec: never read, even if a server sent it.
    secret.createdAt = r.dateTime(QLatin1String("created_at"));
    secret.updatedAt = r.dateTime(QLatin1String("updated_at"));
    if (!finish(r, error))
        return false;
    *out = std::move(secret);
    return true;
}

QString Vault::configString(const QString &field) const
{
    const QJsonValue value = config.value(field);
    return value.isString() ? value.toString() : QString();
}

bool Vault::configBool(const QString &field, bool fallback) const
{
    const QJsonValue value = config.value(field);
    return value.isBool() ? value.toBool() : fallback;
}

QString Vault::configStoreId() const
{
    return configString(QStringLiteral("config_store_id"));
}

QJsonObject Vault::toJson() const
{
    QJsonObject json{{QStringLiteral("name"), name}, {QStringLiteral("prefix"), prefix}};
    if (!description.isEmpty())
        json.insert(QStringLiteral("description"), description);
    if (!tags.isEmpty())
        json.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    if (!config.isEmpty())
        json.insert(QStringLiteral("config"), config);
    return json;
}

bool Vault::fromJson(const QJsonObject &json, Vault *out, QString *error)
{
    JsonReader r(json, QStringLiteral("Vault"));
    Vault vault;
    vault.id = r.string(QLatin1String("id"));
    vault.name = r.string(QLatin1String("name"), JsonReader::Required);
    vault.prefix = r.string(QLatin1String("prefix"), JsonReader::Required);
    vault.description = r.string(QLatin1String("description"));
    vault.tags = r.stringList(QLatin1String("tags"));
    vault.config = r.object(QLatin1String("config"));
    vault.createdAt = r.integer(QLatin1String("created_at"));
    vault.updatedAt = r.integer(QLatin1String("updated_at"));
    if (!finish(r, error))
        return false;
    *out = std::move(vault);
    return true;
}

QString User::displayName() const
{
    if (!fullName.isEmpty())
        return fullName;
    if (!preferredName.isEmpty())
        return preferredName;
    return email;
}

bool User::fromJson(const QJsonObject &json, User *out, QString *error)
{
    JsonReader r(json, QStringLiteral("User"));
    User user;
    user.id = r.string(QLatin1String("id"), JsonReader::Required);
    user.email = r.string(QLatin1String("email"));
    user.fullName = r.string(QLatin1String("full_name"));
    user.preferredName = r.string(QLatin1String("preferred_name"));
    user.active = r.boolean(QLatin1String("active"), true);
    if (!finish(r, error))
        return false;
    *out = std::move(user);
    return true;
}

bool Organization::fromJson(const QJsonObject &json, Organization *out, QString *error)
{
    JsonReader r(json, QStringLiteral("Organization"));
    Organization org;
    org.id = r.string(QLatin1String("id"), JsonReader::Required);
    org.name = r.string(QLatin1String("name"));
    org.ownerId = r.string(QLatin1String("owner_id"));
    org.state = r.string(QLatin1String("state"));
    if (!finish(r, error))
        return false;
    *out = std::move(org);
    return true;
}
