// Vaults, a Kong core entity (control-planes-config-v2.yaml): list-vault, create-vault,
// get-vault, upsert-vault, delete-vault. Kong's conventions apply here: size/offset
// pagination, unix-epoch timestamps, {VaultId} is an id or the prefix (endpoint key),
// PUT replaces the whole entity. Errors come in the core-entity shape (coreEntityError),
// not problem+json; a Kong Ingress Controller's control plane refuses every write.
#include "SandboxApi.h"

#include <QJsonDocument>
#include <QUrl>

namespace Sandbox {

namespace {

const QStringList VaultMembers = {
    QStringLiteral("config"), QStringLiteral("created_at"), QStringLiteral("description"),
    QStringLiteral("id"),     QStringLiteral("name"),       QStringLiteral("prefix"),
    QStringLiteral("tags"),   QStringLiteral("updated_at"),
};

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

const QString FieldError = QStringLiteral("ERROR_TYPE_FIELD");
const QString ReferenceError = QStringLiteral("ERROR_TYPE_REFERENCE");

// A unique constraint, answered as a 400 "data constraint error" (not a 409).
HttpResponse uniqueViolation(const QString &field)
{
    InvalidParameters params;
    params.other(field, QString(),
                 QStringLiteral("%1 (type: unique) constraint failed").arg(field));
    return coreEntityError(400, 3, QStringLiteral("data constraint error"),
                           coreEntityDetails(params, ReferenceError));
}

// The body as a JSON object, or the core-entity 400 to answer.
std::optional<HttpResponse> parseVaultBody(const HttpRequest &request, QJsonObject *object)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        return coreEntityError(400, 3, error.errorString());
    if (!doc.isObject())
        return coreEntityError(400, 3, QStringLiteral("request body must be a JSON object"));
    *object = doc.object();
    return std::nullopt;
}

// Konnect keeps a Kong Ingress Controller's core entities for the controller alone.
std::optional<HttpResponse> refuseOnIngressController(const ControlPlaneData &cp)
{
    if (cp.controlPlane.clusterType != QLatin1String("CLUSTER_TYPE_K8S_INGRESS_CONTROLLER"))
        return std::nullopt;
    const QJsonObject detail{
        {QStringLiteral("@type"),
         QStringLiteral("type.googleapis.com/kong.admin.model.v1.ErrorDetail")},
        {QStringLiteral("messages"),
         QJsonArray{QStringLiteral("operation not permitted on KIC cluster")}},
    };
    return coreEntityError(403, 7, QStringLiteral("usage constraint error"), QJsonArray{detail});
}

} // namespace

std::optional<HttpResponse> SandboxApi::validateVault(const ControlPlaneData &cp,
                                                      const QJsonObject &body,
                                                      const QString &pathPrefix,
                                                      qsizetype selfIndex, Vault *out)
{
    InvalidParameters params;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!VaultMembers.contains(it.key())) // Vault: additionalProperties: false
            params.unknownProperty(it.key());
    }

    const QJsonValue name = body.value(QStringLiteral("name"));
    if (name.isUndefined() || name.isNull())
        params.required(QStringLiteral("name"));
    else if (!name.isString())
        params.wrongType(QStringLiteral("name"), QStringLiteral("is_string"),
                         QStringLiteral("a string"));
    else if (!SandboxStore::vaultBackends().contains(name.toString()))
        params.choice(QStringLiteral("name"), SandboxStore::vaultBackends());

    QJsonValue prefix = body.value(QStringLiteral("prefix"));
    if ((prefix.isUndefined() || prefix.isNull()) && !pathPrefix.isEmpty())
        prefix = pathPrefix; // PUT /vaults/{prefix}: the path names it
    if (prefix.isUndefined() || prefix.isNull()) {
        params.required(QStringLiteral("prefix"));
    } else if (!prefix.isString()) {
        params.wrongType(QStringLiteral("prefix"), QStringLiteral("is_string"),
                         QStringLiteral("a string"));
    } else if (!pathPrefix.isEmpty() && prefix.toString() != pathPrefix) {
        params.other(QStringLiteral("prefix"), QStringLiteral("invalid"),
                     QStringLiteral("must match the prefix in the path (%1)").arg(pathPrefix));
    } else {
        const QString problem = SandboxStore::prefixProblem(prefix.toString());
        if (!problem.isEmpty())
            params.other(QStringLiteral("prefix"), QStringLiteral("matches_regex"), problem);
    }

    const QJsonValue description = body.value(QStringLiteral("description"));
    if (!description.isUndefined() && !description.isNull() && !description.isString())
        params.wrongType(QStringLiteral("description"), QStringLiteral("is_string"),
                         QStringLiteral("a string"));

    const QJsonValue config = body.value(QStringLiteral("config"));
    if (!config.isUndefined() && !config.isNull() && !config.isObject())
        params.wrongType(QStringLiteral("config"), QStringLiteral("is_object"),
                         QStringLiteral("an object"));
    if (name.toString() == QLatin1String("konnect") &&
        (config.isObject() || config.isUndefined() || config.isNull())) {
        // The konnect backend reads a config store of the same control plane.
        const QJsonValue storeId = config.toObject().value(QStringLiteral("config_store_id"));
        if (storeId.isUndefined() || storeId.isNull())
            params.required(QStringLiteral("config.config_store_id"));
        else if (!storeId.isString() || !SandboxStore::isUuid(storeId.toString()))
            params.wrongType(QStringLiteral("config.config_store_id"), QStringLiteral("is_uuid"),
                             QStringLiteral("a UUID"));
        else if (!SandboxStore::configStore(cp, storeId.toString()))
            params.other(
                QStringLiteral("config.config_store_id"), QStringLiteral("missing_reference"),
                QStringLiteral("no config store %1 in this control plane").arg(storeId.toString()));
    }

    const QJsonValue tags = body.value(QStringLiteral("tags"));
    QStringList tagList;
    if (tags.isArray()) {
        const QJsonArray array = tags.toArray();
        for (const QJsonValue &tag : array) {
            if (!tag.isString()) {
                params.wrongType(QStringLiteral("tags"), QStringLiteral("is_array"),
                                 QStringLiteral("an array of strings"));
                break;
            }
            tagList.append(tag.toString());
        }
    } else if (!tags.isUndefined() && !tags.isNull()) {
        params.wrongType(QStringLiteral("tags"), QStringLiteral("is_array"),
                         QStringLiteral("an array of strings"));
    }

    const QJsonValue id = body.value(QStringLiteral("id"));
    if (!id.isUndefined() && !id.isNull() &&
        (!id.isString() || !SandboxStore::isUuid(id.toString())))
        params.wrongType(QStringLiteral("id"), QStringLiteral("is_uuid"), QStringLiteral("a UUID"));
    for (const QString &epoch : {QStringLiteral("created_at"), QStringLiteral("updated_at")}) {
        const QJsonValue value = body.value(epoch);
        if (!value.isUndefined() && !value.isNull() && !value.isDouble())
            params.wrongType(epoch, QStringLiteral("is_integer"), QStringLiteral("an integer"));
    }

    if (params.isEmpty()) {
        // A prefix is unique per control plane. Kong's gateway answers a unique violation
        // with 409; Konnect's core entities answer a 400 "data constraint error" with an
        // ERROR_TYPE_REFERENCE detail naming the field (create-vault/upsert-vault declare
        // neither 400 nor 409).
        const qsizetype other = SandboxStore::vaultIndexByPrefix(cp, prefix.toString());
        if (other >= 0 && other != selfIndex)
            return uniqueViolation(QStringLiteral("prefix"));
        out->name = name.toString();
        out->prefix = prefix.toString();
        out->description =
            description.isString() ? std::optional<QString>(description.toString()) : std::nullopt;
        out->config = config.toObject();
        out->tags = tagList;
        return std::nullopt;
    }
    return coreEntityError(400, 3, QStringLiteral("validation error"),
                           coreEntityDetails(params, FieldError));
}

HttpResponse SandboxApi::vaults(const HttpRequest &request, ControlPlaneData &cp)
{
    if (request.method == "POST") {
        if (auto refused = refuseOnIngressController(cp))
            return *refused;
        QJsonObject body;
        if (auto error = parseVaultBody(request, &body))
            return *error;
        Vault vault;
        if (auto error = validateVault(cp, body, QString(), -1, &vault))
            return *error;
        vault.id = body.value(QStringLiteral("id")).toString();
        if (vault.id.isEmpty()) {
            vault.id = SandboxStore::newUuid();
        } else if (SandboxStore::vaultIndex(cp, vault.id) >= 0) {
            return uniqueViolation(QStringLiteral("id"));
        }
        vault.createdAt = vault.updatedAt = nowSeconds();
        cp.vaults.append(vault);
        return jsonResponse(201, vaultJson(vault));
    }

    QList<QJsonObject> vaults;
    vaults.reserve(cp.vaults.size());
    for (const Vault &vault : std::as_const(cp.vaults))
        vaults.append(vaultJson(vault));
    return offsetPage(
        request, vaults,
        QStringLiteral("/v2/control-planes/%1/core-entities/vaults").arg(cp.controlPlane.id));
}

HttpResponse SandboxApi::vault(const HttpRequest &request, ControlPlaneData &cp,
                               const QString &idOrPrefix)
{
    const qsizetype index = SandboxStore::vaultIndex(cp, idOrPrefix);
    if (request.method != "GET") {
        if (auto refused = refuseOnIngressController(cp))
            return *refused;
    }
    if (request.method == "DELETE") {
        if (index >= 0)
            cp.vaults.removeAt(index);
        return noContent(); // also when it did not exist, as the spec says
    }
    if (request.method == "GET") {
        if (index < 0)
            return notFound(QStringLiteral("The requested vault was not found."));
        return jsonResponse(200, vaultJson(cp.vaults.at(index)));
    }

    // PUT: create or replace, by id or by prefix; 200 either way (the spec's only success).
    QJsonObject body;
    if (auto error = parseVaultBody(request, &body))
        return *error;
    const bool byId = SandboxStore::isUuid(idOrPrefix);
    Vault vault;
    if (auto error = validateVault(cp, body, byId ? QString() : idOrPrefix, index, &vault))
        return *error;
    const qint64 now = nowSeconds();
    if (index >= 0) {
        const Vault &old = cp.vaults.at(index);
        vault.id = old.id;
        vault.createdAt = old.createdAt;
        vault.updatedAt = now;
        cp.vaults[index] = vault;
    } else {
        vault.id = byId ? idOrPrefix.toLower() : body.value(QStringLiteral("id")).toString();
        if (vault.id.isEmpty())
            vault.id = SandboxStore::newUuid();
        vault.createdAt = vault.updatedAt = now;
        cp.vaults.append(vault);
    }
    return jsonResponse(200, vaultJson(vault));
}

} // namespace Sandbox
