// The Kong core entities that can hold vault references (control-planes-config-v2.yaml):
// list-service, list-route, list-consumer, list-plugin, list-certificate,
// list-ca_certificate, list-sni, list-upstream, list-key, list-key-set, list-partial and
// the credential lists (list-key-auth, list-basic-auth, list-hmac-auth, list-jwt). Only
// the lists: the app reads these entities, it never writes them. Kong's conventions as
// for vaults: size/offset pagination, `next` and `offset` only while more pages remain.
// Entities are stored as the spec's JSON objects (seeded, or added by tests through
// SandboxServer::addCoreEntity).
#include "SandboxApi.h"

#include <QUrl>

namespace Sandbox {

namespace {

bool hasTags(const QJsonObject &entity, const QStringList &tags, bool any)
{
    const QJsonArray entityTags = entity.value(QStringLiteral("tags")).toArray();
    for (const QString &tag : tags) {
        const bool has = entityTags.contains(tag);
        if (any && has)
            return true;
        if (!any && !has)
            return false;
    }
    return !any;
}

} // namespace

const QStringList &SandboxApi::coreEntityKinds()
{
    static const QStringList kinds{
        QStringLiteral("services"),     QStringLiteral("routes"),
        QStringLiteral("consumers"),    QStringLiteral("plugins"),
        QStringLiteral("certificates"), QStringLiteral("ca_certificates"),
        QStringLiteral("snis"),         QStringLiteral("upstreams"),
        QStringLiteral("keys"),         QStringLiteral("key-sets"),
        QStringLiteral("partials"),     QStringLiteral("key-auths"),
        QStringLiteral("basic-auths"),  QStringLiteral("hmac-auths"),
        QStringLiteral("jwts"),
    };
    return kinds;
}

HttpResponse SandboxApi::coreEntities(const HttpRequest &request, ControlPlaneData &cp,
                                      const QString &kind)
{
    return offsetPage(
        request, cp.coreEntities.value(kind),
        QStringLiteral("/v2/control-planes/%1/core-entities/%2").arg(cp.controlPlane.id, kind));
}

HttpResponse SandboxApi::offsetPage(const HttpRequest &request, const QList<QJsonObject> &entities,
                                    const QString &path) const
{
    int size = 0;
    if (auto error = pageSizeParameter(request, QStringLiteral("size"), VaultPageDefault,
                                       VaultPageMax, &size))
        return *error;

    QStringList tags;
    bool any = false;
    if (auto error = tagsParameter(request, &tags, &any))
        return *error;

    qsizetype start = 0;
    const QString offset = request.queryItem(QStringLiteral("offset"));
    if (!offset.isEmpty()) {
        const auto id = decodeCursor(offset);
        start = -1;
        for (qsizetype i = 0; id && i < entities.size(); ++i) {
            if (entities.at(i).value(QStringLiteral("id")).toString() == *id)
                start = i + 1;
        }
        if (start <= 0) {
            InvalidParameters params(QStringLiteral("query"));
            params.other(QStringLiteral("offset"), QStringLiteral("invalid"),
                         QStringLiteral("invalid offset"));
            return badRequest(params);
        }
    }

    QJsonArray data;
    qsizetype i = start;
    QString lastId;
    for (; i < entities.size() && data.size() < size; ++i) {
        const QJsonObject &entity = entities.at(i);
        if (tags.isEmpty() || hasTags(entity, tags, any)) {
            data.append(entity);
            lastId = entity.value(QStringLiteral("id")).toString();
        }
    }
    bool more = false;
    for (; i < entities.size() && !more; ++i)
        more = tags.isEmpty() || hasTags(entities.at(i), tags, any);

    QJsonObject object{{QStringLiteral("data"), data}};
    if (more) {
        const QString token = encodeCursor(lastId);
        // Kong answers next and offset; on the last page both are left out (the
        // spec's PaginationNextResponse is a plain string, so null would not validate).
        QString next = path + QStringLiteral("?offset=") + token;
        if (request.hasQueryItem(QStringLiteral("size")))
            next += QStringLiteral("&size=%1").arg(size);
        if (!tags.isEmpty())
            next += QStringLiteral("&tags=") +
                    QString::fromLatin1(
                        QUrl::toPercentEncoding(request.queryItem(QStringLiteral("tags")), "/,"));
        object.insert(QStringLiteral("next"), next);
        object.insert(QStringLiteral("offset"), token);
    }
    return jsonResponse(200, object);
}

} // namespace Sandbox
