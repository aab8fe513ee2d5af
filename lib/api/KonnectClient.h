#pragma once

#include "ApiCall.h"
#include "ApiResult.h"
#include "CoreEntities.h"
#include "Entities.h"
#include "FetchAll.h"
#include "KonnectEndpoint.h"
#include "PageSize.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

struct ControlPlaneQuery
{
    QString nameContains; // filter[name][contains]
    QString labels;       // e.g. "env:prod,team" (key:value pairs and key-exists checks)
    QString sort;         // SortQuery: e.g. "name" or "created_at desc" (asc is the default)
};

// The Konnect API client: every operation the app needs, by the official
// specs' operationIds. One injected QNetworkAccessManager; the Authorization,
// Accept, Content-Type and User-Agent headers are set in prepare() only.
// Every call is asynchronous and returns a cancellable ApiCall; its callback
// runs in `context`'s thread and never after `context` is destroyed.
class KonnectClient : public QObject
{
    Q_OBJECT

public:
    explicit KonnectClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setEndpoint(const KonnectEndpoint &endpoint);
    KonnectEndpoint endpoint() const { return m_endpoint; }
    void setToken(const QString &token);
    bool hasToken() const { return !m_token.isEmpty(); }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    RetryPolicy retryPolicy() const { return m_policy; }
    // The most items a page of the lists whose spec sets no maximum for
    // page[size] asks for (the page-size setting). They ask that much, or less
    // where Konnect refused it before in this session (PageSizes); an explicit
    // PageRequest::size is sent as it is.
    void setDefaultPageSize(int size) { m_defaultPageSize = size; }
    int defaultPageSize() const { return m_defaultPageSize; }
    static constexpr int MaxCoreEntityPageSize = 1000; // `size` maximum in the spec

    // All of the above, for a second client that makes the same calls on another
    // thread (SecretStream). Held in memory only, as the client holds it.
    struct Settings
    {
        KonnectEndpoint endpoint;
        QString token;
        RetryPolicy retryPolicy;
        int defaultPageSize = PageSizes::Preferred;
        std::shared_ptr<PageSizes> pageSizes; // the session's, shared
    };
    // Ends every call made through this client that is still going, each with
    // ApiError::sessionEnded() (nothing more is sent for it, a waiting retry
    // included), and emits callsEnded for the calls made elsewhere with these
    // settings (SecretStream). For when the session they belong to ends; the
    // page sizes Konnect refused are forgotten then, and with another endpoint.
    void endCalls();

    Settings settings() const
    {
        return {m_endpoint, m_token, m_policy, m_defaultPageSize, m_pageSizes};
    }
    void applySettings(const Settings &settings);

    // Control Planes v2
    ApiCall *listControlPlanes(const ControlPlaneQuery &query, const PageRequest &page,
                               QObject *context, ApiCallback<Page<ControlPlane>> done);
    ApiCall *getControlPlane(const QString &id, QObject *context, ApiCallback<ControlPlane> done);

    // Identity v3
    ApiCall *getUsersMe(QObject *context, ApiCallback<User> done);
    ApiCall *getOrganizationsMe(QObject *context, ApiCallback<Organization> done);

    // Config stores
    ApiCall *listConfigStores(const QString &cp, const PageRequest &page, QObject *context,
                              ApiCallback<Page<ConfigStore>> done);
    ApiCall *createConfigStore(const QString &cp, const QString &name, QObject *context,
                               ApiCallback<ConfigStore> done);
    ApiCall *getConfigStore(const QString &cp, const QString &id, QObject *context,
                            ApiCallback<ConfigStore> done);
    ApiCall *updateConfigStore(const QString &cp, const QString &id, const QString &name,
                               QObject *context, ApiCallback<ConfigStore> done);
    ApiCall *deleteConfigStore(const QString &cp, const QString &id, bool force, QObject *context,
                               ApiCallback<NoContent> done);

    // Config store secrets (values are write-only)
    // `early`, when set, gets the next page's cursor from the answer's meta before
    // the items are parsed (FetchAll::PageStep); `done` gets the page as usual.
    ApiCall *listConfigStoreSecrets(const QString &cp, const QString &store,
                                    const PageRequest &page, QObject *context,
                                    ApiCallback<Page<ConfigStoreSecret>> done,
                                    FetchAll::Early early = {});
    // The same list with the answer left unparsed (ApiResponse::body), for a caller
    // that reads its meta first and parses it elsewhere (SecretStream);
    // parseConfigStoreSecretsPage() reads it as listConfigStoreSecrets() does.
    ApiCall *
    listConfigStoreSecretsRaw(const QString &cp, const QString &store, const PageRequest &page,
                              QObject *context,
                              std::function<void(const ApiResponse &, const ApiError &)> done);
    static ApiResult<Page<ConfigStoreSecret>> parseConfigStoreSecretsPage(const ApiResponse &raw);
    ApiCall *createConfigStoreSecret(const QString &cp, const QString &store, const QString &key,
                                     const QString &value, QObject *context,
                                     ApiCallback<ConfigStoreSecret> done);
    ApiCall *getConfigStoreSecret(const QString &cp, const QString &store, const QString &key,
                                  QObject *context, ApiCallback<ConfigStoreSecret> done);
    ApiCall *updateConfigStoreSecret(const QString &cp, const QString &store, const QString &key,
                                     const QString &value, QObject *context,
                                     ApiCallback<ConfigStoreSecret> done);
    ApiCall *deleteConfigStoreSecret(const QString &cp, const QString &store, const QString &key,
                                     QObject *context, ApiCallback<NoContent> done);

    // Vaults (core entities); idOrPrefix: the vault's id or its prefix
    ApiCall *listVaults(const QString &cp, const QStringList &tags, const PageRequest &page,
                        QObject *context, ApiCallback<Page<Vault>> done);
    ApiCall *createVault(const QString &cp, const Vault &vault, QObject *context,
                         ApiCallback<Vault> done);
    ApiCall *getVault(const QString &cp, const QString &idOrPrefix, QObject *context,
                      ApiCallback<Vault> done);
    ApiCall *upsertVault(const QString &cp, const QString &idOrPrefix, const Vault &vault,
                         QObject *context, ApiCallback<Vault> done);
    ApiCall *deleteVault(const QString &cp, const QString &idOrPrefix, QObject *context,
                         ApiCallback<NoContent> done);

    // Core entities that can hold vault references (list-plugin, list-certificate, ...),
    // each item as its raw JSON object; size/offset pages. KonnectClientEntities.cpp.
    ApiCall *listCoreEntities(const QString &cp, CoreEntityKind kind, const PageRequest &page,
                              QObject *context, ApiCallback<Page<QJsonObject>> done);
    FetchAll *fetchAllCoreEntities(const QString &cp, CoreEntityKind kind, QObject *context,
                                   std::function<void(const QList<QJsonObject> &)> onPage,
                                   std::function<void(const ApiError &)> onDone);

    // Fetch-all front ends: onPage gets each page's items as it arrives.
    FetchAll *fetchAllControlPlanes(const ControlPlaneQuery &query, QObject *context,
                                    std::function<void(const QList<ControlPlane> &)> onPage,
                                    std::function<void(const ApiError &)> onDone);
    FetchAll *fetchAllConfigStores(const QString &cp, QObject *context,
                                   std::function<void(const QList<ConfigStore> &)> onPage,
                                   std::function<void(const ApiError &)> onDone);
    FetchAll *
    fetchAllConfigStoreSecrets(const QString &cp, const QString &store, QObject *context,
                               std::function<void(const QList<ConfigStoreSecret> &)> onPage,
                               std::function<void(const ApiError &)> onDone);
    FetchAll *fetchAllVaults(const QString &cp, const QStringList &tags, QObject *context,
                             std::function<void(const QList<Vault> &)> onPage,
                             std::function<void(const ApiError &)> onDone);

signals:
    // Every call that is about to be retried, for a status bar ("Retrying in 2 s").
    void retrying(int nextAttempt, int delayMs, const ApiError &reason);
    // endCalls() was called.
    void callsEnded();

private:
    enum class Api { ControlPlanes, Config, Identity };
    QUrl url(Api api, const QStringList &segments,
             const QList<QPair<QString, QString>> &query = {}) const;
    QNetworkRequest prepare(const ApiRequest &request) const;
    // A GET of one page of `list`: page[size] as PageSizes says, then `query`;
    // a refused page[size] is asked again smaller by the same call.
    ApiRequest pageListRequest(Api api, const QStringList &segments, PageSizes::List list,
                               int requestedSize,
                               const QList<QPair<QString, QString>> &query) const;
    ApiCall *send(ApiRequest request, QObject *context,
                  std::function<void(const ApiResponse &, const ApiError &)> handler);
    ApiCall *failEarly(ApiError error, QObject *context,
                       std::function<void(const ApiResponse &, const ApiError &)> handler);
    // Refuses before sending: the callback gets a Validation error.
    template<typename T>
    ApiCall *refuse(const QList<InvalidParameter> &errors, QObject *context, ApiCallback<T> done);
    template<typename T>
    ApiCall *sendFor(ApiRequest request, QObject *context, ApiCallback<T> done);
    template<typename T>
    ApiCall *sendForCursorPage(ApiRequest request, QObject *context, ApiCallback<Page<T>> done);

    QNetworkAccessManager *m_network;
    KonnectEndpoint m_endpoint;
    QString m_token;
    RetryPolicy m_policy;
    int m_defaultPageSize = PageSizes::Preferred;
    std::shared_ptr<PageSizes> m_pageSizes = std::make_shared<PageSizes>();
};
