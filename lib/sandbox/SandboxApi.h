#pragma once

#include "HttpMessage.h"
#include "SandboxStore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

// The Konnect operations over HTTP: routing, authentication, validation and the spec's
// response shapes. Implemented across SandboxApi.cpp (routing, shared helpers) and one
// SandboxRoutes*.cpp per resource.
namespace Sandbox {

// Builds the invalid_parameters array of a BadRequestError (spec: InvalidParameters).
class InvalidParameters
{
public:
    explicit InvalidParameters(QString source = QStringLiteral("body"))
        : m_source(std::move(source))
    {
    }
    void required(const QString &field);
    void wrongType(const QString &field, const QString &rule, const QString &what);
    void minLength(const QString &field, int minimum);
    void maxLength(const QString &field, int maximum);
    void minimum(const QString &field, int minimum);
    void maximum(const QString &field, int maximum);
    void unknownProperty(const QString &field);
    void choice(const QString &field, const QStringList &choices);
    // rule may be empty (then omitted).
    void other(const QString &field, const QString &rule, const QString &reason);
    bool isEmpty() const { return m_items.isEmpty(); }
    QJsonArray items() const { return m_items; }

private:
    // A bound entry: `rule`, `key` (minimum or maximum) = `value`, and `reason`.
    void bound(const QString &field, const QString &rule, const QString &key, int value,
               const QString &reason);

    QJsonArray m_items;
    QString m_source;
};

HttpResponse jsonResponse(int status, const QJsonObject &object);
HttpResponse noContent();
// application/problem+json with status, title, type, instance and detail.
HttpResponse problem(int status, const QString &title, const QString &detail);
HttpResponse badRequest(const InvalidParameters &params,
                        const QString &detail = QStringLiteral("Invalid Parameters"),
                        const QString &title = QStringLiteral("Bad Request"));
HttpResponse notFound(const QString &detail);
// The error body of the endpoints Konnect shares with Kong's Admin API (everything
// under /core-entities/): a gRPC status code, a message and ErrorDetail entries,
// {"code": 3, "message": "validation error", "details": [{"@type": ..., "type":
// "ERROR_TYPE_FIELD", "field": "prefix", "messages": [...]}]}.
HttpResponse coreEntityError(int status, int code, const QString &message,
                             const QJsonArray &details = {});
// ErrorDetail entries of the given type, one per field error.
QJsonArray coreEntityDetails(const InvalidParameters &params, const QString &type);
QString isoTime(const QDateTime &utc); // 2022-11-04T20:10:06.927Z

// Checks a string member: required or not, type, length in characters (code points).
void checkString(const QJsonObject &body, const QString &field, bool required, int minLength,
                 int maxLength, InvalidParameters *params);
// The request body as a JSON object, or the 400 to answer.
std::optional<HttpResponse> parseObjectBody(const HttpRequest &request, QJsonObject *object);
// page[size]-style integer parameter: default when missing or empty, 400 when not an
// integer or below 1; above maximum, clamped to it or, with refuseAboveMaximum, a 400
// naming the parameter (rule "max").
std::optional<HttpResponse> pageSizeParameter(const HttpRequest &request, const QString &name,
                                              int defaultSize, int maximum, int *size,
                                              bool refuseAboveMaximum = false);
// tags=a,b means every tag, tags=a/b any of them (PaginationTagsFilter); mixing
// both is a 400.
std::optional<HttpResponse> tagsParameter(const HttpRequest &request, QStringList *tags, bool *any);
QString encodeCursor(const QString &text);
std::optional<QString> decodeCursor(const QString &cursor);

QJsonObject controlPlaneJson(const ControlPlane &cp);
QJsonObject configStoreJson(const ConfigStore &store);
QJsonObject secretJson(const QString &key, const Secret &secret); // never the value
QJsonObject vaultJson(const Vault &vault);

class SandboxApi
{
public:
    // Page sizes. The Konnect specs declare no default nor maximum for page[size]; these
    // are Konnect's platform defaults. Vaults: the spec's size default 100, maximum 1000.
    // A page[size] above its maximum is clamped, or refused with a 400 while
    // setRefusingLargePages(true) (a Konnect that refuses is served so too).
    static constexpr int ControlPlanePageDefault = 10;
    static constexpr int ControlPlanePageMax = 100;
    static constexpr int CursorPageDefault = 10;
    static constexpr int CursorPageMax = 100;
    static constexpr int VaultPageDefault = 100;
    static constexpr int VaultPageMax = 1000;

    explicit SandboxApi(SandboxStore &store)
        : m_store(store)
    {
    }

    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    void setRefusingLargePages(bool on) { m_refuseLargePages = on; }

    HttpResponse handle(const HttpRequest &request);
    // The core entity lists served besides vaults ("plugins", "ca_certificates", ...).
    static const QStringList &coreEntityKinds();

private:
    HttpResponse listControlPlanes(const HttpRequest &request);
    HttpResponse getControlPlane(const QString &id);

    HttpResponse configStores(const HttpRequest &request, ControlPlaneData &cp);
    HttpResponse configStore(const HttpRequest &request, ControlPlaneData &cp, const QString &id);
    HttpResponse secrets(const HttpRequest &request, ControlPlaneData &cp, const QString &storeId);
    HttpResponse secret(const HttpRequest &request, ControlPlaneData &cp, const QString &storeId,
                        const QString &key);

    HttpResponse vaults(const HttpRequest &request, ControlPlaneData &cp);
    HttpResponse vault(const HttpRequest &request, ControlPlaneData &cp, const QString &idOrPrefix);
    std::optional<HttpResponse> validateVault(const ControlPlaneData &cp, const QJsonObject &body,
                                              const QString &pathPrefix, qsizetype selfIndex,
                                              Vault *out);

    // GET .../core-entities/<kind> (SandboxRoutesCore.cpp).
    HttpResponse coreEntities(const HttpRequest &request, ControlPlaneData &cp,
                              const QString &kind);
    // One page of a core entity list as Kong answers it (SandboxRoutesCore.cpp):
    // `size`, `offset` (the last id of the previous page) and `tags` (a,b every
    // tag, a/b any); `next` (on `path`) and `offset` only when more follow.
    HttpResponse offsetPage(const HttpRequest &request, const QList<QJsonObject> &entities,
                            const QString &path) const;

    HttpResponse usersMe();
    HttpResponse organizationsMe();

    SandboxStore &m_store;
    QString m_token;
    bool m_refuseLargePages = false;
};

} // namespace Sandbox
