// Config stores and their secrets (control-planes-config-v2.yaml): list/create/get/
// update/delete-config-store, create/list/get/update/delete-config-store-secret.
#include "SandboxApi.h"

#include <iterator>

namespace Sandbox {

namespace {

const QString InvalidRequest = QStringLiteral("Invalid Request");

// The 400 for a bad page[after]: the cursor is ours, so anything we cannot decode is
// the client's mistake.
HttpResponse badCursor()
{
    InvalidParameters params(QStringLiteral("query"));
    params.other(QStringLiteral("page[after]"), QStringLiteral("invalid"),
                 QStringLiteral("is not a valid cursor"));
    return badRequest(params, QStringLiteral("Invalid Parameters"), InvalidRequest);
}

// meta of a cursor page (spec CursorMeta: size, next, previous). next/previous are
// relative URLs shaped as the spec examples ("/config-stores?page[after]=..."), null
// when there is no such page.
QJsonObject cursorMeta(int size, const QString &base, const std::optional<QString> &nextAfter,
                       bool hasPrevious, const std::optional<QString> &previousAfter)
{
    const auto link = [&base](const std::optional<QString> &after) -> QJsonValue {
        if (!after)
            return base;
        return QString(base + QStringLiteral("?page[after]=") + *after);
    };
    return QJsonObject{
        {QStringLiteral("page"),
         QJsonObject{
             {QStringLiteral("size"), size},
             {QStringLiteral("next"), nextAfter ? link(nextAfter) : QJsonValue()},
             {QStringLiteral("previous"), hasPrevious ? link(previousAfter) : QJsonValue()},
         }}};
}

std::optional<HttpResponse> validateConfigStoreBody(const QJsonObject &body)
{
    InvalidParameters params;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.key() != QLatin1String("name")) // additionalProperties: false
            params.unknownProperty(it.key());
    }
    // CreateConfigStore requires no member: Konnect creates a store from an empty body
    // and lists it with an empty name. A name that is sent has 1 to 100 characters.
    checkString(body, QStringLiteral("name"), false, 1, SandboxStore::ConfigStoreNameMax, &params);
    if (!params.isEmpty())
        return badRequest(params, QStringLiteral("Invalid Parameters"), InvalidRequest);
    return std::nullopt;
}

HttpResponse configStoreNotFound()
{
    return notFound(QStringLiteral("The requested config store was not found."));
}

} // namespace

HttpResponse SandboxApi::configStores(const HttpRequest &request, ControlPlaneData &cp)
{
    if (request.method == "POST") {
        QJsonObject body;
        if (auto error = parseObjectBody(request, &body))
            return *error;
        if (auto error = validateConfigStoreBody(body))
            return *error;
        ConfigStore store;
        store.id = SandboxStore::newUuid();
        store.name = body.value(QStringLiteral("name")).toString();
        store.createdAt = store.updatedAt = SandboxStore::now();
        cp.configStores.append(store);
        return jsonResponse(201, configStoreJson(store));
    }

    int size = 0;
    if (auto error = pageSizeParameter(request, QStringLiteral("page[size]"), CursorPageDefault,
                                       CursorPageMax, &size, m_refuseLargePages))
        return *error;
    qsizetype start = 0;
    const QString after = request.queryItem(QStringLiteral("page[after]"));
    if (!after.isEmpty()) {
        const auto id = decodeCursor(after);
        const qsizetype index = id ? SandboxStore::configStoreIndex(cp, *id) : -1;
        if (index < 0)
            return badCursor();
        start = index + 1;
    }
    const qsizetype end = qMin(start + size, cp.configStores.size());
    QJsonArray data;
    for (qsizetype i = start; i < end; ++i)
        data.append(configStoreJson(cp.configStores.at(i)));
    std::optional<QString> nextAfter;
    if (end < cp.configStores.size())
        nextAfter = encodeCursor(cp.configStores.at(end - 1).id);
    std::optional<QString> previousAfter;
    const qsizetype previousStart = qMax<qsizetype>(0, start - size);
    if (previousStart > 0)
        previousAfter = encodeCursor(cp.configStores.at(previousStart - 1).id);
    QJsonObject object =
        cursorMeta(size, QStringLiteral("/config-stores"), nextAfter, start > 0, previousAfter);
    return jsonResponse(
        200, QJsonObject{{QStringLiteral("meta"), object}, {QStringLiteral("data"), data}});
}

HttpResponse SandboxApi::configStore(const HttpRequest &request, ControlPlaneData &cp,
                                     const QString &id)
{
    const qsizetype index = SandboxStore::configStoreIndex(cp, id);
    if (index < 0)
        return configStoreNotFound();
    ConfigStore &store = cp.configStores[index];

    if (request.method == "PUT") {
        QJsonObject body;
        if (auto error = parseObjectBody(request, &body))
            return *error;
        if (auto error = validateConfigStoreBody(body))
            return *error;
        if (body.contains(QStringLiteral("name")))
            store.name = body.value(QStringLiteral("name")).toString();
        store.updatedAt = SandboxStore::now();
        return jsonResponse(200, configStoreJson(store));
    }
    if (request.method == "DELETE") {
        const QString force = request.queryItem(QStringLiteral("force"));
        if (request.hasQueryItem(QStringLiteral("force")) && force != QLatin1String("true") &&
            force != QLatin1String("false")) {
            InvalidParameters params(QStringLiteral("query"));
            params.choice(QStringLiteral("force"),
                          {QStringLiteral("true"), QStringLiteral("false")});
            return badRequest(params, QStringLiteral("Invalid Parameters"), InvalidRequest);
        }
        if (!store.secrets.isEmpty() && force != QLatin1String("true")) {
            // As DeleteConfigStoreBadRequestExample.
            InvalidParameters params(QStringLiteral("query"));
            params.other(QStringLiteral("force"), QStringLiteral("required"),
                         QStringLiteral("This Config Store has %1 secrets. These must be "
                                        "individually removed before deletion or the force=true "
                                        "query param can be used to automatically delete "
                                        "associated entities.")
                             .arg(store.secrets.size()));
            return badRequest(params, QStringLiteral("Invalid Parameters"), InvalidRequest);
        }
        cp.configStores.removeAt(index);
        return noContent();
    }
    return jsonResponse(200, configStoreJson(store));
}

HttpResponse SandboxApi::secrets(const HttpRequest &request, ControlPlaneData &cp,
                                 const QString &storeId)
{
    ConfigStore *store = SandboxStore::configStore(cp, storeId);
    if (!store)
        return configStoreNotFound();

    if (request.method == "POST") {
        QJsonObject body;
        if (auto error = parseObjectBody(request, &body))
            return *error;
        // CreateConfigStoreSecret does not forbid other members: they are ignored.
        InvalidParameters params;
        checkString(body, QStringLiteral("key"), true, 1, SandboxStore::SecretKeyMax, &params);
        checkString(body, QStringLiteral("value"), true, 1, SandboxStore::SecretValueMax, &params);
        const QString key = body.value(QStringLiteral("key")).toString();
        if (params.isEmpty() && store->secrets.contains(key)) {
            // create-config-store-secret declares no 409: a duplicate is a bad request.
            params.other(QStringLiteral("key"), QStringLiteral("invalid"),
                         QStringLiteral("a secret with this key already exists"));
        }
        if (!params.isEmpty())
            return badRequest(params, QStringLiteral("Invalid Parameters"), InvalidRequest);
        Secret secret;
        secret.value = body.value(QStringLiteral("value")).toString();
        secret.createdAt = secret.updatedAt = SandboxStore::now();
        store->secrets.insert(key, secret);
        return jsonResponse(201, secretJson(key, secret));
    }

    int size = 0;
    if (auto error = pageSizeParameter(request, QStringLiteral("page[size]"), CursorPageDefault,
                                       CursorPageMax, &size, m_refuseLargePages))
        return *error;
    auto it = store->secrets.cbegin();
    const QString after = request.queryItem(QStringLiteral("page[after]"));
    if (!after.isEmpty()) {
        // The cursor is the last key of the previous page: robust to inserts and deletes.
        const auto key = decodeCursor(after);
        if (!key)
            return badCursor();
        it = store->secrets.upperBound(*key);
    }
    const bool hasPrevious = it != store->secrets.cbegin();
    std::optional<QString> previousAfter;
    if (hasPrevious) {
        auto back = it;
        int steps = 0;
        while (back != store->secrets.cbegin() && steps < size) {
            --back;
            ++steps;
        }
        if (back != store->secrets.cbegin())
            previousAfter = encodeCursor(std::prev(back).key());
    }
    QJsonArray data;
    QString lastKey;
    for (int count = 0; it != store->secrets.cend() && count < size; ++it, ++count) {
        data.append(secretJson(it.key(), it.value()));
        lastKey = it.key();
    }
    std::optional<QString> nextAfter;
    if (it != store->secrets.cend())
        nextAfter = encodeCursor(lastKey);
    const QString base = QStringLiteral("/config-stores/%1/secrets").arg(store->id);
    return jsonResponse(200,
                        QJsonObject{{QStringLiteral("meta"),
                                     cursorMeta(size, base, nextAfter, hasPrevious, previousAfter)},
                                    {QStringLiteral("data"), data}});
}

HttpResponse SandboxApi::secret(const HttpRequest &request, ControlPlaneData &cp,
                                const QString &storeId, const QString &key)
{
    ConfigStore *store = SandboxStore::configStore(cp, storeId);
    if (!store)
        return configStoreNotFound();
    const auto it = store->secrets.find(key);

    if (request.method == "PUT") {
        QJsonObject body;
        if (auto error = parseObjectBody(request, &body))
            return *error;
        InvalidParameters params;
        checkString(body, QStringLiteral("value"), true, 1, SandboxStore::SecretValueMax, &params);
        if (SandboxStore::codePoints(key) > SandboxStore::SecretKeyMax) {
            InvalidParameters pathParams(QStringLiteral("path"));
            pathParams.maxLength(QStringLiteral("key"), SandboxStore::SecretKeyMax);
            return badRequest(pathParams, QStringLiteral("Invalid Parameters"), InvalidRequest);
        }
        if (!params.isEmpty())
            return badRequest(params, QStringLiteral("Invalid Parameters"), InvalidRequest);
        const QDateTime now = SandboxStore::now();
        if (it != store->secrets.end()) { // an upsert: 200 when it existed...
            it->value = body.value(QStringLiteral("value")).toString();
            it->updatedAt = now;
            return jsonResponse(200, secretJson(key, *it));
        }
        Secret secret; // ...201 when it is new
        secret.value = body.value(QStringLiteral("value")).toString();
        secret.createdAt = secret.updatedAt = now;
        store->secrets.insert(key, secret);
        return jsonResponse(201, secretJson(key, secret));
    }

    if (it == store->secrets.end())
        return notFound(QStringLiteral("The requested secret was not found."));
    if (request.method == "DELETE") {
        store->secrets.erase(it);
        return noContent();
    }
    return jsonResponse(200, secretJson(key, *it));
}

} // namespace Sandbox
