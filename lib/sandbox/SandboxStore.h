#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The sandbox's data (control planes, config stores, secrets, vaults) and the Konnect
// rules that do not depend on HTTP. Secret values live here only: nothing in the
// sandbox serialises them.
namespace Sandbox {

struct ControlPlane
{
    QString id;
    QString name;
    QString description;
    QMap<QString, QString> labels;
    QString controlPlaneEndpoint;
    QString telemetryEndpoint;
    QString clusterType;
    QString authType = QStringLiteral("pinned_client_certs");
    bool cloudGateway = false;
    QJsonArray proxyUrls;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct Secret
{
    QString value;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct ConfigStore
{
    QString id;
    QString name;
    QDateTime createdAt;
    QDateTime updatedAt;
    QMap<QString, Secret> secrets; // by key, in key order (the listing order)
};

struct Vault
{
    QString id;
    QString name; // the backend
    QString prefix;
    std::optional<QString> description;
    QJsonObject config;
    QStringList tags;
    qint64 createdAt = 0; // unix epoch seconds, as Kong's core entities
    qint64 updatedAt = 0;
};

struct ControlPlaneData
{
    ControlPlane controlPlane;
    QList<ConfigStore> configStores; // creation order
    QList<Vault> vaults;             // creation order
    // The other core entities (services, routes, plugins, certificates, ...) as the
    // spec's JSON objects, by path segment ("plugins", "ca_certificates"); creation order.
    QMap<QString, QList<QJsonObject>> coreEntities;
};

class SandboxStore
{
public:
    void clear() { m_controlPlanes.clear(); }

    QList<ControlPlaneData> &controlPlanes() { return m_controlPlanes; }
    const QList<ControlPlaneData> &controlPlanes() const { return m_controlPlanes; }
    ControlPlaneData *controlPlane(const QString &id);
    const ControlPlaneData *controlPlane(const QString &id) const;

    static ConfigStore *configStore(ControlPlaneData &cp, const QString &id);
    static const ConfigStore *configStore(const ControlPlaneData &cp, const QString &id);
    static qsizetype configStoreIndex(const ControlPlaneData &cp, const QString &id);
    // A vault by id, or by prefix when idOrPrefix is not a UUID (Kong's endpoint key).
    static qsizetype vaultIndex(const ControlPlaneData &cp, const QString &idOrPrefix);
    static qsizetype vaultIndexByPrefix(const ControlPlaneData &cp, const QString &prefix);

    static QString newUuid();
    static bool isUuid(const QString &text);
    static QDateTime now(); // UTC, millisecond precision

    // Konnect/Kong rules.
    static constexpr int ConfigStoreNameMax = 100;
    static constexpr int SecretKeyMax = 512;
    static constexpr int SecretValueMax = 5120;
    static const QStringList &vaultBackends(); // konnect, env, aws, gcp, hcv, azure, conjur
    // Empty when valid, else the reason (the backend-name rule included).
    static QString prefixProblem(const QString &prefix);
    static int codePoints(const QString &text) { return int(text.toUcs4().size()); }

private:
    QList<ControlPlaneData> m_controlPlanes;
};

} // namespace Sandbox
