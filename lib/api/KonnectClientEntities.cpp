// The core entities that can hold vault references (list-service, list-route,
// list-plugin, list-certificate, list-ca_certificate, list-key, ...): read as
// raw JSON objects, since the audit walks every field of them. Kong's
// size/offset pagination, as listVaults().
#include "CoreEntities.h"
#include "KonnectClient.h"
#include "Pagination.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace CoreEntities {

const QList<CoreEntityKind> &allKinds()
{
    static const QList<CoreEntityKind> kinds{
        CoreEntityKind::Service,   CoreEntityKind::Route,       CoreEntityKind::Consumer,
        CoreEntityKind::Plugin,    CoreEntityKind::Certificate, CoreEntityKind::CaCertificate,
        CoreEntityKind::Sni,       CoreEntityKind::Upstream,    CoreEntityKind::Key,
        CoreEntityKind::KeySet,    CoreEntityKind::Partial,     CoreEntityKind::KeyAuth,
        CoreEntityKind::BasicAuth, CoreEntityKind::HmacAuth,    CoreEntityKind::Jwt,
    };
    return kinds;
}

QString pathSegment(CoreEntityKind kind)
{
    switch (kind) {
    case CoreEntityKind::Service:
        return QStringLiteral("services");
    case CoreEntityKind::Route:
        return QStringLiteral("routes");
    case CoreEntityKind::Consumer:
        return QStringLiteral("consumers");
    case CoreEntityKind::Plugin:
        return QStringLiteral("plugins");
    case CoreEntityKind::Certificate:
        return QStringLiteral("certificates");
    case CoreEntityKind::CaCertificate:
        return QStringLiteral("ca_certificates");
    case CoreEntityKind::Sni:
        return QStringLiteral("snis");
    case CoreEntityKind::Upstream:
        return QStringLiteral("upstreams");
    case CoreEntityKind::Key:
        return QStringLiteral("keys");
    case CoreEntityKind::KeySet:
        return QStringLiteral("key-sets");
    case CoreEntityKind::Partial:
        return QStringLiteral("partials");
    case CoreEntityKind::KeyAuth:
        return QStringLiteral("key-auths");
    case CoreEntityKind::BasicAuth:
        return QStringLiteral("basic-auths");
    case CoreEntityKind::HmacAuth:
        return QStringLiteral("hmac-auths");
    case CoreEntityKind::Jwt:
        return QStringLiteral("jwts");
    }
    return QString();
}

QString displayName(CoreEntityKind kind)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("CoreEntities", text);
    };
    switch (kind) {
    case CoreEntityKind::Service:
        return tr("service");
    case CoreEntityKind::Route:
        return tr("route");
    case CoreEntityKind::Consumer:
        return tr("consumer");
    case CoreEntityKind::Plugin:
        return tr("plugin");
    case CoreEntityKind::Certificate:
        return tr("certificate");
    case CoreEntityKind::CaCertificate:
        return tr("CA certificate");
    case CoreEntityKind::Sni:
        return tr("SNI");
    case CoreEntityKind::Upstream:
        return tr("upstream");
    case CoreEntityKind::Key:
        return tr("key");
    case CoreEntityKind::KeySet:
        return tr("key set");
    case CoreEntityKind::Partial:
        return tr("partial");
    case CoreEntityKind::KeyAuth:
        return tr("key-auth credential");
    case CoreEntityKind::BasicAuth:
        return tr("basic-auth credential");
    case CoreEntityKind::HmacAuth:
        return tr("hmac-auth credential");
    case CoreEntityKind::Jwt:
        return tr("JWT credential");
    }
    return QString();
}

} // namespace CoreEntities

namespace {

bool parseObjectPage(const QJsonObject &body, Page<QJsonObject> *page, QString *error)
{
    const QJsonValue data = body.value(QLatin1String("data"));
    if (!data.isArray()) {
        *error = QStringLiteral("data: expected an array");
        return false;
    }
    const QJsonArray array = data.toArray();
    page->items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *error = QStringLiteral("data[%1]: expected an object").arg(i);
            return false;
        }
        page->items.append(array.at(i).toObject());
    }
    PageMeta meta;
    if (!readOffsetPageMeta(body, &meta, error))
        return false;
    page->next = meta.next;
    return true;
}

} // namespace

ApiCall *KonnectClient::listCoreEntities(const QString &cp, CoreEntityKind kind,
                                         const PageRequest &page, QObject *context,
                                         ApiCallback<Page<QJsonObject>> done)
{
    QList<QPair<QString, QString>> items{
        {QStringLiteral("size"),
         QString::number(page.size > 0 ? std::min(page.size, MaxCoreEntityPageSize)
                                       : MaxCoreEntityPageSize)}};
    if (!page.cursor.isEmpty())
        items.append({QStringLiteral("offset"), page.cursor});
    const QStringList segments{QStringLiteral("control-planes"), cp,
                               QStringLiteral("core-entities"), CoreEntities::pathSegment(kind)};
    return send({"GET", url(Api::Config, segments, items), {}}, context,
                [done = std::move(done)](const ApiResponse &response, const ApiError &error) {
                    if (error.isError()) {
                        done(ApiResult<Page<QJsonObject>>::failure(error));
                        return;
                    }
                    Page<QJsonObject> result;
                    QString problem;
                    if (!response.json.isObject() ||
                        !parseObjectPage(response.json.object(), &result, &problem)) {
                        done(ApiResult<Page<QJsonObject>>::failure(ApiError::invalidResponse(
                            problem.isEmpty() ? QStringLiteral("expected an object") : problem,
                            response.status)));
                        return;
                    }
                    done(ApiResult<Page<QJsonObject>>::success(std::move(result)));
                });
}

FetchAll *
KonnectClient::fetchAllCoreEntities(const QString &cp, CoreEntityKind kind, QObject *context,
                                    std::function<void(const QList<QJsonObject> &)> onPage,
                                    std::function<void(const ApiError &)> onDone)
{
    return FetchAll::create<QJsonObject>(
        [this, cp, kind](const PageRequest &page, QObject *ctx, ApiCallback<Page<QJsonObject>> cb) {
            return listCoreEntities(cp, kind, page, ctx, std::move(cb));
        },
        0, context, std::move(onPage), std::move(onDone));
}
