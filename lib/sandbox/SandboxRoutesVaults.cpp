// Vaults, a Kong core entity (control-planes-config-v2.yaml): list-vault, create-vault,
// get-vault, upsert-vault, delete-vault. Kong's conventions apply here: size/offset
// pagination, unix-epoch timestamps, {VaultId} is an id or the prefix (endpoint key),
// PUT replaces the whole entity.
#include "SandboxApi.h"

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
        // with 409 ("UNIQUE violation detected on '{prefix="..."}'"); Konnect's
        // core-entities API answers it as a 400 "data constraint error" ("prefix (type:
        // unique) constraint failed"), and create-vault/upsert-vault declare neither 400
        // nor 409. We answer Konnect's 400 in the BadRequestError shape every other
        // validation error of this API uses, with invalid_parameters naming the prefix,
        // so clients handle one 400 shape.
        const qsizetype other = SandboxStore::vaultIndexByPrefix(cp, prefix.toString());
        if (other >= 0 && other != selfIndex) {
            params.other(QStringLiteral("prefix"), QString(),
                         QStringLiteral("prefix (type: unique) constraint failed for value '%1'")
                             .arg(prefix.toString()));
            return badRequest(params, QStringLiteral("data constraint error"));
        }
        out->name = name.toString();
        out->prefix = prefix.toString();
        out->description =
            description.isString() ? std::optional<QString>(description.toString()) : std::nullopt;
        out->config = config.toObject();
        out->tags = tagList;
        return std::nullopt;
    }
    return badRequest(params, QStringLiteral("schema violation"));
}

HttpResponse SandboxApi::vaults(const HttpRequest &request, ControlPlaneData &cp)
{
    if (request.method == "POST") {
        QJsonObject body;
        if (auto error = parseObjectBody(request, &body))
            return *error;
        Vault vault;
        if (auto error = validateVault(cp, body, QString(), -1, &vault))
            return *error;
        vault.id = body.value(QStringLiteral("id")).toString();
        if (vault.id.isEmpty()) {
            vault.id = SandboxStore::newUuid();
        } else if (SandboxStore::vaultIndex(cp, vault.id) >= 0) {
            InvalidParameters params;
            params.other(
                QStringLiteral("id"), QString(),
                QStringLiteral("id (type: unique) constraint failed for value '%1'").arg(vault.id));
            return badRequest(params, QStringLiteral("data constraint error"));
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
    if (auto error = parseObjectBody(request, &body))
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
