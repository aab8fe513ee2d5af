#include "KonnectClient.h"

#include "ApiLogging.h"
#include "AppInfo.h"
#include "JsonReader.h"
#include "Pagination.h"
#include "SecretsPageReader.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace {

using Query = QList<QPair<QString, QString>>;

template<typename T>
bool parseEntity(const QJsonValue &json, T *out, QString *error)
{
    if (!json.isObject()) {
        *error = QStringLiteral("expected an object, got ") + jsonTypeName(json);
        return false;
    }
    return T::fromJson(json.toObject(), out, error);
}

template<typename T>
bool parseItems(const QJsonObject &body, QList<T> *items, QString *error)
{
    const QJsonValue data = body.value(QLatin1String("data"));
    if (!data.isArray()) {
        *error = QStringLiteral("data: expected an array");
        return false;
    }
    const QJsonArray array = data.toArray();
    items->reserve(array.size());
    for (const QJsonValue &entry : array) {
        T item;
        if (!parseEntity(entry, &item, error))
            return false;
        items->append(std::move(item));
    }
    return true;
}

// Items from `data`, then where the next page starts (lib/api/Pagination.h).
template<typename T>
bool parsePage(const QJsonObject &body, Page<T> *page, QString *error,
               bool (*readMeta)(const QJsonObject &, PageMeta *, QString *))
{
    if (!parseItems(body, &page->items, error))
        return false;
    PageMeta meta;
    if (!readMeta(body, &meta, error))
        return false;
    page->next = meta.next;
    page->total = meta.total;
    return true;
}

template<typename T>
bool parseNumberPage(const QJsonObject &body, Page<T> *page, QString *error)
{
    return parsePage(body, page, error, &readNumberPageMeta);
}

template<typename T>
bool parseCursorPage(const QJsonObject &body, Page<T> *page, QString *error)
{
    return parsePage(body, page, error, &readCursorPageMeta);
}

template<typename T>
bool parseOffsetPage(const QJsonObject &body, Page<T> *page, QString *error)
{
    return parsePage(body, page, error, &readOffsetPageMeta);
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

KonnectClient::KonnectClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

void KonnectClient::setEndpoint(const KonnectEndpoint &endpoint)
{
    m_endpoint = endpoint;
    m_pageSizes = std::make_shared<PageSizes>(); // another server may take other sizes
}

void KonnectClient::setToken(const QString &token)
{
    m_token = token;
}

void KonnectClient::endCalls()
{
    const QList<ApiCall *> calls = findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    if (!calls.isEmpty())
        qCInfo(lcApi, "ending %d calls of a session that ended", int(calls.size()));
    for (ApiCall *call : calls)
        call->abandon(ApiError::sessionEnded());
    m_pageSizes = std::make_shared<PageSizes>();
    emit callsEnded();
}

void KonnectClient::applySettings(const Settings &settings)
{
    m_endpoint = settings.endpoint;
    m_token = settings.token;
    m_policy = settings.retryPolicy;
    m_defaultPageSize = settings.defaultPageSize;
    m_pageSizes = settings.pageSizes ? settings.pageSizes : std::make_shared<PageSizes>();
}

QUrl KonnectClient::url(Api api, const QStringList &segments, const Query &query) const
{
    QUrl url = api == Api::Identity ? m_endpoint.identityBase()
               : api == Api::Config ? m_endpoint.configBase()
                                    : m_endpoint.controlPlanesBase();
    QString path = url.path(QUrl::FullyEncoded);
    for (const QString &segment : segments) {
        // An empty, "." or ".." segment would make the URL point elsewhere (QUrl
        // and HTTP resolve dot-segments, and %2E is decoded first): no URL.
        if (!Validation::pathSegment(QString(), segment).isEmpty())
            return QUrl();
        path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    }
    url.setPath(path, QUrl::StrictMode);
    QStringList parts;
    for (const auto &item : query) {
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(item.first, "[]")) +
                     QLatin1Char('=') +
                     QString::fromLatin1(QUrl::toPercentEncoding(item.second, ":,")));
    }
    if (!parts.isEmpty())
        url.setQuery(parts.join(QLatin1Char('&')), QUrl::StrictMode);
    return url;
}

// The one place where the headers of every request are set.
QNetworkRequest KonnectClient::prepare(const ApiRequest &request) const
{
    QNetworkRequest networkRequest(request.url);
    networkRequest.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    networkRequest.setRawHeader("Accept", "application/json, application/problem+json");
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, AppInfo::userAgent());
    if (!request.body.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                                 QByteArrayLiteral("application/json"));
    return networkRequest;
}

ApiCall *KonnectClient::send(ApiRequest request, QObject *context,
                             std::function<void(const ApiResponse &, const ApiError &)> handler)
{
    const bool refusedPath = request.url.isEmpty(); // url() refused a segment
    // URL and headers are fixed now, with the token of this moment (see ApiCall).
    QNetworkRequest prepared = prepare(request);
    auto *call = new ApiCall(m_network, std::move(request), std::move(prepared), m_policy, this);
    connect(call, &ApiCall::finished, context, std::move(handler));
    connect(call, &ApiCall::retrying, this, &KonnectClient::retrying);
    if (!m_endpoint.isValid())
        call->startWithError(ApiError::insecureUrl(
            QCoreApplication::translate("KonnectClient", "no Konnect region or API URL is set.")));
    else if (refusedPath)
        call->startWithError(ApiError::validation(
            {{QStringLiteral("path"), QStringLiteral("path_segment"),
              QCoreApplication::translate("KonnectClient",
                                          "holds a key or id that is empty, “.” or “..”")}}));
    else
        call->start();
    return call;
}

ApiCall *
KonnectClient::failEarly(ApiError error, QObject *context,
                         std::function<void(const ApiResponse &, const ApiError &)> handler)
{
    auto *call = new ApiCall(m_network, ApiRequest{}, QNetworkRequest(), m_policy, this);
    connect(call, &ApiCall::finished, context, std::move(handler));
    call->startWithError(error);
    return call;
}

template<typename T>
ApiCall *KonnectClient::refuse(const QList<InvalidParameter> &errors, QObject *context,
                               ApiCallback<T> done)
{
    return failEarly(ApiError::validation(errors), context,
                     [done = std::move(done)](const ApiResponse &, const ApiError &error) {
                         done(ApiResult<T>::failure(error));
                     });
}

template<typename T>
ApiCall *KonnectClient::sendFor(ApiRequest request, QObject *context, ApiCallback<T> done)
{
    return send(std::move(request), context,
                [done = std::move(done)](const ApiResponse &response, const ApiError &error) {
                    if (error.isError()) {
                        done(ApiResult<T>::failure(error));
                        return;
                    }
                    if constexpr (std::is_same_v<T, NoContent>) {
                        done(ApiResult<T>::success(NoContent{}));
                    } else {
                        T value;
                        QString problem;
                        if (!parseEntity(response.json.object(), &value, &problem)) {
                            done(ApiResult<T>::failure(
                                ApiError::invalidResponse(problem, response.status)));
                            return;
                        }
                        done(ApiResult<T>::success(std::move(value)));
                    }
                });
}

namespace {

template<typename T, typename Parser>
std::function<void(const ApiResponse &, const ApiError &)> pageHandler(ApiCallback<Page<T>> done,
                                                                       Parser parser)
{
    return [done = std::move(done), parser](const ApiResponse &response, const ApiError &error) {
        if (error.isError()) {
            done(ApiResult<Page<T>>::failure(error));
            return;
        }
        Page<T> page;
        QString problem;
        if (!response.json.isObject() || !parser(response.json.object(), &page, &problem)) {
            done(ApiResult<Page<T>>::failure(ApiError::invalidResponse(
                problem.isEmpty() ? QStringLiteral("expected an object") : problem,
                response.status)));
            return;
        }
        done(ApiResult<Page<T>>::success(std::move(page)));
    };
}

} // namespace

template<typename T>
ApiCall *KonnectClient::sendForCursorPage(ApiRequest request, QObject *context,
                                          ApiCallback<Page<T>> done)
{
    return send(std::move(request), context, pageHandler<T>(std::move(done), &parseCursorPage<T>));
}

ApiRequest KonnectClient::pageListRequest(Api api, const QStringList &segments,
                                          PageSizes::List list, int requestedSize,
                                          const Query &query) const
{
    const int size = m_pageSizes->sizeFor(list, requestedSize, m_defaultPageSize);
    Query items;
    if (size != PageSizes::Omitted)
        items.append({QStringLiteral("page[size]"), QString::number(size)});
    ApiRequest request{"GET", url(api, segments, items + query), {}};
    if (requestedSize <= 0)
        request.resendAs = PageSizes::fallback(m_pageSizes, list, m_defaultPageSize);
    return request;
}

// ---- Control Planes v2 ------------------------------------------------------

ApiCall *KonnectClient::listControlPlanes(const ControlPlaneQuery &query, const PageRequest &page,
                                          QObject *context, ApiCallback<Page<ControlPlane>> done)
{
    Query items{{QStringLiteral("page[number]"),
                 page.cursor.isEmpty() ? QStringLiteral("1") : page.cursor}};
    if (!query.nameContains.isEmpty())
        items.append({QStringLiteral("filter[name][contains]"), query.nameContains});
    if (!query.labels.isEmpty())
        items.append({QStringLiteral("labels"), query.labels});
    if (!query.sort.isEmpty())
        items.append({QStringLiteral("sort"), query.sort});
    return send(pageListRequest(Api::ControlPlanes, {QStringLiteral("control-planes")},
                                PageSizes::List::ControlPlanes, page.size, items),
                context,
                pageHandler<ControlPlane>(std::move(done), &parseNumberPage<ControlPlane>));
}

ApiCall *KonnectClient::getControlPlane(const QString &id, QObject *context,
                                        ApiCallback<ControlPlane> done)
{
    return sendFor<ControlPlane>(
        {"GET", url(Api::ControlPlanes, {QStringLiteral("control-planes"), id}), {}}, context,
        std::move(done));
}

// ---- Identity v3 ------------------------------------------------------------

ApiCall *KonnectClient::getUsersMe(QObject *context, ApiCallback<User> done)
{
    return sendFor<User>(
        {"GET", url(Api::Identity, {QStringLiteral("users"), QStringLiteral("me")}), {}}, context,
        std::move(done));
}

ApiCall *KonnectClient::getOrganizationsMe(QObject *context, ApiCallback<Organization> done)
{
    return sendFor<Organization>(
        {"GET", url(Api::Identity, {QStringLiteral("organizations"), QStringLiteral("me")}), {}},
        context, std::move(done));
}

// ---- Config stores ----------------------------------------------------------

namespace {

QStringList storePath(const QString &cp, const QString &store = QString())
{
    QStringList segments{QStringLiteral("control-planes"), cp, QStringLiteral("config-stores")};
    if (!store.isEmpty())
        segments.append(store);
    return segments;
}

QStringList secretPath(const QString &cp, const QString &store, const QString &key = QString())
{
    QStringList segments = storePath(cp, store);
    segments.append(QStringLiteral("secrets"));
    if (!key.isNull())
        segments.append(key);
    return segments;
}

QStringList vaultPath(const QString &cp, const QString &idOrPrefix = QString())
{
    QStringList segments{QStringLiteral("control-planes"), cp, QStringLiteral("core-entities"),
                         QStringLiteral("vaults")};
    if (!idOrPrefix.isNull())
        segments.append(idOrPrefix);
    return segments;
}

Query cursorQuery(const PageRequest &page)
{
    if (page.cursor.isEmpty())
        return {};
    return {{QStringLiteral("page[after]"), page.cursor}};
}

} // namespace

ApiCall *KonnectClient::listConfigStores(const QString &cp, const PageRequest &page,
                                         QObject *context, ApiCallback<Page<ConfigStore>> done)
{
    return sendForCursorPage<ConfigStore>(pageListRequest(Api::Config, storePath(cp),
                                                          PageSizes::List::ConfigStores, page.size,
                                                          cursorQuery(page)),
                                          context, std::move(done));
}

ApiCall *KonnectClient::createConfigStore(const QString &cp, const QString &name, QObject *context,
                                          ApiCallback<ConfigStore> done)
{
    const auto errors = Validation::configStoreName(name);
    if (!errors.isEmpty())
        return refuse<ConfigStore>(errors, context, std::move(done));
    return sendFor<ConfigStore>(
        {"POST", url(Api::Config, storePath(cp)), toJson({{QStringLiteral("name"), name}})},
        context, std::move(done));
}

ApiCall *KonnectClient::getConfigStore(const QString &cp, const QString &id, QObject *context,
                                       ApiCallback<ConfigStore> done)
{
    return sendFor<ConfigStore>({"GET", url(Api::Config, storePath(cp, id)), {}}, context,
                                std::move(done));
}

ApiCall *KonnectClient::updateConfigStore(const QString &cp, const QString &id, const QString &name,
                                          QObject *context, ApiCallback<ConfigStore> done)
{
    const auto errors = Validation::configStoreName(name);
    if (!errors.isEmpty())
        return refuse<ConfigStore>(errors, context, std::move(done));
    return sendFor<ConfigStore>(
        {"PUT", url(Api::Config, storePath(cp, id)), toJson({{QStringLiteral("name"), name}})},
        context, std::move(done));
}

ApiCall *KonnectClient::deleteConfigStore(const QString &cp, const QString &id, bool force,
                                          QObject *context, ApiCallback<NoContent> done)
{
    Query query;
    if (force)
        query.append({QStringLiteral("force"), QStringLiteral("true")});
    return sendFor<NoContent>({"DELETE", url(Api::Config, storePath(cp, id), query), {}}, context,
                              std::move(done));
}

// ---- Config store secrets ---------------------------------------------------

ApiCall *KonnectClient::listConfigStoreSecrets(const QString &cp, const QString &store,
                                               const PageRequest &page, QObject *context,
                                               ApiCallback<Page<ConfigStoreSecret>> done,
                                               FetchAll::Early early)
{
    if (!early)
        return sendForCursorPage<ConfigStoreSecret>(
            pageListRequest(Api::Config, secretPath(cp, store), PageSizes::List::Secrets, page.size,
                            cursorQuery(page)),
            context, std::move(done));
    // The answer stays unparsed until its meta has been read (the next request
    // goes out first); then it is parsed as any other page.
    return listConfigStoreSecretsRaw(
        cp, store, page, context,
        [done = std::move(done), early = std::move(early)](const ApiResponse &raw,
                                                           const ApiError &error) {
            if (error.isError()) {
                done(ApiResult<Page<ConfigStoreSecret>>::failure(error));
                return;
            }
            QString next;
            if (peekCursorPageNext(raw.body, &next))
                early(next);
            done(parseConfigStoreSecretsPage(raw));
        });
}

ApiCall *KonnectClient::listConfigStoreSecretsRaw(
    const QString &cp, const QString &store, const PageRequest &page, QObject *context,
    std::function<void(const ApiResponse &, const ApiError &)> done)
{
    ApiRequest request = pageListRequest(Api::Config, secretPath(cp, store),
                                         PageSizes::List::Secrets, page.size, cursorQuery(page));
    request.rawJson = true;
    return send(std::move(request), context, std::move(done));
}

ApiResult<Page<ConfigStoreSecret>>
KonnectClient::parseConfigStoreSecretsPage(const ApiResponse &raw)
{
    // Konnect's usual answer straight from its bytes; anything else through QJsonDocument.
    if (Page<ConfigStoreSecret> page; SecretsPageReader::read(raw.body, &page))
        return ApiResult<Page<ConfigStoreSecret>>::success(std::move(page));
    ApiResponse response;
    response.status = raw.status;
    response.contentType = raw.contentType;
    ApiError error;
    ApiResponse::parseJson(raw.body, raw.status, &response.json, &error);
    std::optional<ApiResult<Page<ConfigStoreSecret>>> result;
    pageHandler<ConfigStoreSecret>(
        [&result](const ApiResult<Page<ConfigStoreSecret>> &page) { result = page; },
        &parseCursorPage<ConfigStoreSecret>)(response, error);
    return *result;
}

ApiCall *KonnectClient::createConfigStoreSecret(const QString &cp, const QString &store,
                                                const QString &key, const QString &value,
                                                QObject *context,
                                                ApiCallback<ConfigStoreSecret> done)
{
    const auto errors = Validation::secretKey(key) + Validation::secretValue(value);
    if (!errors.isEmpty())
        return refuse<ConfigStoreSecret>(errors, context, std::move(done));
    return sendFor<ConfigStoreSecret>(
        {"POST", url(Api::Config, secretPath(cp, store)),
         toJson({{QStringLiteral("key"), key}, {QStringLiteral("value"), value}})},
        context, std::move(done));
}

ApiCall *KonnectClient::getConfigStoreSecret(const QString &cp, const QString &store,
                                             const QString &key, QObject *context,
                                             ApiCallback<ConfigStoreSecret> done)
{
    if (const auto errors = Validation::secretKey(key); !errors.isEmpty())
        return refuse<ConfigStoreSecret>(errors, context, std::move(done));
    return sendFor<ConfigStoreSecret>({"GET", url(Api::Config, secretPath(cp, store, key)), {}},
                                      context, std::move(done));
}

ApiCall *KonnectClient::updateConfigStoreSecret(const QString &cp, const QString &store,
                                                const QString &key, const QString &value,
                                                QObject *context,
                                                ApiCallback<ConfigStoreSecret> done)
{
    const auto errors = Validation::secretKey(key) + Validation::secretValue(value);
    if (!errors.isEmpty())
        return refuse<ConfigStoreSecret>(errors, context, std::move(done));
    return sendFor<ConfigStoreSecret>({"PUT", url(Api::Config, secretPath(cp, store, key)),
                                       toJson({{QStringLiteral("value"), value}})},
                                      context, std::move(done));
}

ApiCall *KonnectClient::deleteConfigStoreSecret(const QString &cp, const QString &store,
                                                const QString &key, QObject *context,
                                                ApiCallback<NoContent> done)
{
    if (const auto errors = Validation::secretKey(key); !errors.isEmpty())
        return refuse<NoContent>(errors, context, std::move(done));
    return sendFor<NoContent>({"DELETE", url(Api::Config, secretPath(cp, store, key)), {}}, context,
                              std::move(done));
}

// ---- Vaults -----------------------------------------------------------------

ApiCall *KonnectClient::listVaults(const QString &cp, const QStringList &tags,
                                   const PageRequest &page, QObject *context,
                                   ApiCallback<Page<Vault>> done)
{
    Query items{{QStringLiteral("size"),
                 QString::number(page.size > 0 ? std::min(page.size, MaxCoreEntityPageSize)
                                               : MaxCoreEntityPageSize)}};
    if (!page.cursor.isEmpty())
        items.append({QStringLiteral("offset"), page.cursor});
    if (!tags.isEmpty())
        items.append({QStringLiteral("tags"), tags.join(QLatin1Char(','))});
    return send({"GET", url(Api::Config, vaultPath(cp), items), {}}, context,
                pageHandler<Vault>(std::move(done), &parseOffsetPage<Vault>));
}

ApiCall *KonnectClient::createVault(const QString &cp, const Vault &vault, QObject *context,
                                    ApiCallback<Vault> done)
{
    const auto errors = Validation::vault(vault);
    if (!errors.isEmpty())
        return refuse<Vault>(errors, context, std::move(done));
    return sendFor<Vault>({"POST", url(Api::Config, vaultPath(cp)), toJson(vault.toJson())},
                          context, std::move(done));
}

ApiCall *KonnectClient::getVault(const QString &cp, const QString &idOrPrefix, QObject *context,
                                 ApiCallback<Vault> done)
{
    return sendFor<Vault>({"GET", url(Api::Config, vaultPath(cp, idOrPrefix)), {}}, context,
                          std::move(done));
}

ApiCall *KonnectClient::upsertVault(const QString &cp, const QString &idOrPrefix,
                                    const Vault &vault, QObject *context, ApiCallback<Vault> done)
{
    const auto errors = Validation::vault(vault);
    if (!errors.isEmpty())
        return refuse<Vault>(errors, context, std::move(done));
    return sendFor<Vault>(
        {"PUT", url(Api::Config, vaultPath(cp, idOrPrefix)), toJson(vault.toJson())}, context,
        std::move(done));
}

ApiCall *KonnectClient::deleteVault(const QString &cp, const QString &idOrPrefix, QObject *context,
                                    ApiCallback<NoContent> done)
{
    // delete-vault: "204 Successfully deleted Vault or the resource didn't exist".
    ApiRequest request{"DELETE", url(Api::Config, vaultPath(cp, idOrPrefix)), {}};
    request.absentIsDeleted = true;
    return sendFor<NoContent>(std::move(request), context, std::move(done));
}

// ---- Fetch all --------------------------------------------------------------

FetchAll *
KonnectClient::fetchAllControlPlanes(const ControlPlaneQuery &query, QObject *context,
                                     std::function<void(const QList<ControlPlane> &)> onPage,
                                     std::function<void(const ApiError &)> onDone)
{
    return FetchAll::create<ControlPlane>(
        [this, query](const PageRequest &page, QObject *ctx, ApiCallback<Page<ControlPlane>> cb) {
            return listControlPlanes(query, page, ctx, std::move(cb));
        },
        0, context, std::move(onPage), std::move(onDone));
}

FetchAll *
KonnectClient::fetchAllConfigStores(const QString &cp, QObject *context,
                                    std::function<void(const QList<ConfigStore> &)> onPage,
                                    std::function<void(const ApiError &)> onDone)
{
    return FetchAll::create<ConfigStore>(
        [this, cp](const PageRequest &page, QObject *ctx, ApiCallback<Page<ConfigStore>> cb) {
            return listConfigStores(cp, page, ctx, std::move(cb));
        },
        0, context, std::move(onPage), std::move(onDone));
}

FetchAll *KonnectClient::fetchAllConfigStoreSecrets(
    const QString &cp, const QString &store, QObject *context,
    std::function<void(const QList<ConfigStoreSecret> &)> onPage,
    std::function<void(const ApiError &)> onDone)
{
    return FetchAll::createEarly<ConfigStoreSecret>(
        [this, cp, store](const PageRequest &page, QObject *ctx, FetchAll::Early early,
                          ApiCallback<Page<ConfigStoreSecret>> cb) {
            return listConfigStoreSecrets(cp, store, page, ctx, std::move(cb), std::move(early));
        },
        0, context, std::move(onPage), std::move(onDone));
}

FetchAll *KonnectClient::fetchAllVaults(const QString &cp, const QStringList &tags,
                                        QObject *context,
                                        std::function<void(const QList<Vault> &)> onPage,
                                        std::function<void(const ApiError &)> onDone)
{
    return FetchAll::create<Vault>(
        [this, cp, tags](const PageRequest &page, QObject *ctx, ApiCallback<Page<Vault>> cb) {
            return listVaults(cp, tags, page, ctx, std::move(cb));
        },
        0, context, std::move(onPage), std::move(onDone));
}
