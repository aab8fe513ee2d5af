#include "SandboxApi.h"

#include <QJsonDocument>
#include <QRandomGenerator>

#include <functional>

namespace Sandbox {

// ---- invalid_parameters ------------------------------------------------------------

void InvalidParameters::required(const QString &field)
{
    other(field, QStringLiteral("required"), QStringLiteral("is a required field"));
}

void InvalidParameters::wrongType(const QString &field, const QString &rule, const QString &what)
{
    other(field, rule, QStringLiteral("must be %1").arg(what));
}

void InvalidParameters::minLength(const QString &field, int minimum)
{
    bound(
        field, QStringLiteral("min_length"), QStringLiteral("minimum"), minimum,
        QStringLiteral("%1 must be longer than or equal to %2 characters").arg(field).arg(minimum));
}

void InvalidParameters::maxLength(const QString &field, int maximum)
{
    bound(field, QStringLiteral("max_length"), QStringLiteral("maximum"), maximum,
          QStringLiteral("%1 must be shorter than or equal to %2 characters")
              .arg(field)
              .arg(maximum));
}

void InvalidParameters::minimum(const QString &field, int minimum)
{
    bound(field, QStringLiteral("min"), QStringLiteral("minimum"), minimum,
          QStringLiteral("must be at least %1").arg(minimum));
}

void InvalidParameters::maximum(const QString &field, int maximum)
{
    bound(field, QStringLiteral("max"), QStringLiteral("maximum"), maximum,
          QStringLiteral("must be at most %1").arg(maximum));
}

void InvalidParameters::bound(const QString &field, const QString &rule, const QString &key,
                              int value, const QString &reason)
{
    m_items.append(QJsonObject{
        {QStringLiteral("field"), field},
        {QStringLiteral("rule"), rule},
        {key, value},
        {QStringLiteral("source"), m_source},
        {QStringLiteral("reason"), reason},
    });
}

void InvalidParameters::unknownProperty(const QString &field)
{
    other(field, QStringLiteral("unknown_property"),
          QStringLiteral("property %1 should not exist").arg(field));
}

void InvalidParameters::choice(const QString &field, const QStringList &choices)
{
    m_items.append(QJsonObject{
        {QStringLiteral("field"), field},
        {QStringLiteral("rule"), QStringLiteral("enum")},
        {QStringLiteral("choices"), QJsonArray::fromStringList(choices)},
        {QStringLiteral("source"), m_source},
        {QStringLiteral("reason"),
         QStringLiteral("must be one of: %1").arg(choices.join(QStringLiteral(", ")))},
    });
}

void InvalidParameters::other(const QString &field, const QString &rule, const QString &reason)
{
    QJsonObject item{
        {QStringLiteral("field"), field},
        {QStringLiteral("source"), m_source},
        {QStringLiteral("reason"), reason},
    };
    if (!rule.isEmpty())
        item.insert(QStringLiteral("rule"), rule);
    m_items.append(item);
}

// ---- responses ---------------------------------------------------------------------

HttpResponse jsonResponse(int status, const QJsonObject &object)
{
    HttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse noContent()
{
    HttpResponse response;
    response.status = 204;
    return response;
}

static QJsonObject problemObject(int status, const QString &title, const QString &detail)
{
    // instance: the correlation id, as Konnect's "kong:trace:<n>".
    const quint64 trace = QRandomGenerator::global()->generate64() % 10000000000000000000ULL;
    return QJsonObject{
        {QStringLiteral("status"), status},
        {QStringLiteral("title"), title},
        {QStringLiteral("type"), QStringLiteral("https://httpstatuses.com/%1").arg(status)},
        {QStringLiteral("instance"), QStringLiteral("kong:trace:%1").arg(trace)},
        {QStringLiteral("detail"), detail},
    };
}

HttpResponse problem(int status, const QString &title, const QString &detail)
{
    HttpResponse response = jsonResponse(status, problemObject(status, title, detail));
    response.setHeader("Content-Type", "application/problem+json");
    return response;
}

HttpResponse badRequest(const InvalidParameters &params, const QString &detail,
                        const QString &title)
{
    QJsonObject object = problemObject(400, title, detail);
    object.insert(QStringLiteral("invalid_parameters"), params.items());
    HttpResponse response = jsonResponse(400, object);
    response.setHeader("Content-Type", "application/problem+json");
    return response;
}

HttpResponse notFound(const QString &detail)
{
    return problem(404, QStringLiteral("Not Found"), detail);
}

HttpResponse coreEntityError(int status, int code, const QString &message,
                             const QJsonArray &details)
{
    return jsonResponse(status, QJsonObject{{QStringLiteral("code"), code},
                                            {QStringLiteral("message"), message},
                                            {QStringLiteral("details"), details}});
}

QJsonArray coreEntityDetails(const InvalidParameters &params, const QString &type)
{
    QJsonArray details;
    const QJsonArray items = params.items();
    for (const QJsonValue &item : items) {
        const QJsonObject parameter = item.toObject();
        details.append(QJsonObject{
            {QStringLiteral("@type"),
             QStringLiteral("type.googleapis.com/kong.admin.model.v1.ErrorDetail")},
            {QStringLiteral("type"), type},
            {QStringLiteral("field"), parameter.value(QStringLiteral("field"))},
            {QStringLiteral("messages"), QJsonArray{parameter.value(QStringLiteral("reason"))}},
        });
    }
    return details;
}

QString isoTime(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

void checkString(const QJsonObject &body, const QString &field, bool required, int minLength,
                 int maxLength, InvalidParameters *params)
{
    const auto it = body.constFind(field);
    if (it == body.constEnd()) {
        if (required)
            params->required(field);
        return;
    }
    if (!it->isString()) {
        params->wrongType(field, QStringLiteral("is_string"), QStringLiteral("a string"));
        return;
    }
    const int length = SandboxStore::codePoints(it->toString());
    if (length < minLength)
        params->minLength(field, minLength);
    else if (maxLength > 0 && length > maxLength)
        params->maxLength(field, maxLength);
}

std::optional<HttpResponse> parseObjectBody(const HttpRequest &request, QJsonObject *object)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        InvalidParameters params;
        params.other(QStringLiteral("body"), QString(),
                     QStringLiteral("request format is invalid"));
        return badRequest(params, QStringLiteral("Invalid request format"));
    }
    *object = doc.object();
    return std::nullopt;
}

std::optional<HttpResponse> pageSizeParameter(const HttpRequest &request, const QString &name,
                                              int defaultSize, int maximum, int *size,
                                              bool refuseAboveMaximum)
{
    *size = defaultSize;
    const QString text = request.queryItem(name);
    if (text.isEmpty())
        return std::nullopt; // missing, or empty (allowEmptyValue)
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    InvalidParameters params(QStringLiteral("query"));
    if (!ok) {
        params.wrongType(name, QStringLiteral("is_integer"), QStringLiteral("an integer"));
        return badRequest(params);
    }
    if (value < 1) {
        params.minimum(name, 1);
        return badRequest(params);
    }
    if (value > maximum && refuseAboveMaximum) {
        params.maximum(name, maximum);
        return badRequest(params);
    }
    *size = int(qMin<qlonglong>(value, maximum)); // larger sizes are clamped
    return std::nullopt;
}

std::optional<HttpResponse> tagsParameter(const HttpRequest &request, QStringList *tags, bool *any)
{
    const QString text = request.queryItem(QStringLiteral("tags"));
    *any = text.contains(QLatin1Char('/'));
    if (*any && text.contains(QLatin1Char(','))) {
        InvalidParameters params(QStringLiteral("query"));
        params.other(QStringLiteral("tags"), QStringLiteral("invalid"),
                     QStringLiteral("cannot mix ',' (and) with '/' (or)"));
        return badRequest(params);
    }
    *tags = text.split(*any ? QLatin1Char('/') : QLatin1Char(','), Qt::SkipEmptyParts);
    return std::nullopt;
}

QString encodeCursor(const QString &text)
{
    return QString::fromLatin1(
        text.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QString> decodeCursor(const QString &cursor)
{
    const auto result = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result || result.decoded.isEmpty())
        return std::nullopt;
    return QString::fromUtf8(result.decoded);
}

// ---- entities ----------------------------------------------------------------------

QJsonObject controlPlaneJson(const ControlPlane &cp)
{
    QJsonObject labels;
    for (auto it = cp.labels.cbegin(); it != cp.labels.cend(); ++it)
        labels.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("id"), cp.id},
        {QStringLiteral("name"), cp.name},
        {QStringLiteral("description"), cp.description},
        {QStringLiteral("labels"), labels},
        {QStringLiteral("config"),
         QJsonObject{
             {QStringLiteral("control_plane_endpoint"), cp.controlPlaneEndpoint},
             {QStringLiteral("telemetry_endpoint"), cp.telemetryEndpoint},
             {QStringLiteral("cluster_type"), cp.clusterType},
             {QStringLiteral("auth_type"), cp.authType},
             {QStringLiteral("cloud_gateway"), cp.cloudGateway},
             {QStringLiteral("proxy_urls"), cp.proxyUrls},
         }},
        {QStringLiteral("created_at"), isoTime(cp.createdAt)},
        {QStringLiteral("updated_at"), isoTime(cp.updatedAt)},
    };
}

QJsonObject configStoreJson(const ConfigStore &store)
{
    return QJsonObject{
        {QStringLiteral("id"), store.id},
        {QStringLiteral("name"), store.name},
        {QStringLiteral("created_at"), isoTime(store.createdAt)},
        {QStringLiteral("updated_at"), isoTime(store.updatedAt)},
    };
}

QJsonObject secretJson(const QString &key, const Secret &secret)
{
    // value is writeOnly: never serialised.
    return QJsonObject{
        {QStringLiteral("key"), key},
        {QStringLiteral("created_at"), isoTime(secret.createdAt)},
        {QStringLiteral("updated_at"), isoTime(secret.updatedAt)},
    };
}

QJsonObject vaultJson(const Vault &vault)
{
    QJsonObject object{
        {QStringLiteral("id"), vault.id},
        {QStringLiteral("name"), vault.name},
        {QStringLiteral("prefix"), vault.prefix},
        {QStringLiteral("config"), vault.config},
        {QStringLiteral("tags"), QJsonArray::fromStringList(vault.tags)},
        {QStringLiteral("created_at"), vault.createdAt},
        {QStringLiteral("updated_at"), vault.updatedAt},
    };
    if (vault.description)
        object.insert(QStringLiteral("description"), *vault.description);
    return object;
}

// ---- routing -----------------------------------------------------------------------

namespace {

struct Route
{
    QList<QByteArray> methods;
    bool gatewayUnauthorized = false; // core entities answer 401 as Kong's gateway does
    std::function<HttpResponse()> run;
};

bool isJsonContentType(const QByteArray &value)
{
    const qsizetype semicolon = value.indexOf(';');
    const QByteArray mediaType = (semicolon < 0 ? value : value.left(semicolon)).trimmed();
    return mediaType.compare("application/json", Qt::CaseInsensitive) == 0;
}

} // namespace

HttpResponse SandboxApi::handle(const HttpRequest &request)
{
    const QStringList &s = request.segments;
    const qsizetype n = s.size();
    std::optional<Route> route;
    const auto withControlPlane = [this](const QString &cpId,
                                         std::function<HttpResponse(ControlPlaneData &)> fn) {
        return [this, cpId, fn]() {
            ControlPlaneData *cp = m_store.controlPlane(cpId);
            if (!cp)
                return notFound(QStringLiteral("The requested control plane was not found."));
            return fn(*cp);
        };
    };

    if (n >= 2 && s.at(0) == QLatin1String("v2") && s.at(1) == QLatin1String("control-planes")) {
        if (n == 2) {
            route = Route{{"GET"}, false, [&] { return listControlPlanes(request); }};
        } else if (n == 3) {
            route = Route{{"GET"}, false, [&] { return getControlPlane(s.at(2)); }};
        } else if (s.at(3) == QLatin1String("config-stores")) {
            const auto m = [&](std::function<HttpResponse(ControlPlaneData &)> fn) {
                return withControlPlane(s.at(2), std::move(fn));
            };
            if (n == 4) {
                route = Route{{"GET", "POST"}, false, m([&](ControlPlaneData &cp) {
                                  return configStores(request, cp);
                              })};
            } else if (n == 5) {
                route = Route{{"GET", "PUT", "DELETE"}, false, m([&](ControlPlaneData &cp) {
                                  return configStore(request, cp, s.at(4));
                              })};
            } else if (n == 6 && s.at(5) == QLatin1String("secrets")) {
                route = Route{{"GET", "POST"}, false, m([&](ControlPlaneData &cp) {
                                  return secrets(request, cp, s.at(4));
                              })};
            } else if (n == 7 && s.at(5) == QLatin1String("secrets")) {
                route = Route{{"GET", "PUT", "DELETE"}, false, m([&](ControlPlaneData &cp) {
                                  return secret(request, cp, s.at(4), s.at(6));
                              })};
            }
        } else if (n == 5 && s.at(3) == QLatin1String("core-entities") &&
                   coreEntityKinds().contains(s.at(4))) {
            route = Route{{"GET"}, true, withControlPlane(s.at(2), [&](auto &cp) {
                              return coreEntities(request, cp, s.at(4));
                          })};
        } else if (n >= 5 && s.at(3) == QLatin1String("core-entities") &&
                   s.at(4) == QLatin1String("vaults")) {
            if (n == 5) {
                route = Route{{"GET", "POST"}, true, withControlPlane(s.at(2), [&](auto &cp) {
                                  return vaults(request, cp);
                              })};
            } else if (n == 6) {
                route =
                    Route{{"GET", "PUT", "DELETE"}, true, withControlPlane(s.at(2), [&](auto &cp) {
                              return vault(request, cp, s.at(5));
                          })};
            }
        }
    } else if (n == 3 && s.at(0) == QLatin1String("v3") && s.at(2) == QLatin1String("me")) {
        if (s.at(1) == QLatin1String("users"))
            route = Route{{"GET"}, false, [this] { return usersMe(); }};
        else if (s.at(1) == QLatin1String("organizations"))
            route = Route{{"GET"}, false, [this] { return organizationsMe(); }};
    }

    if (!route)
        return notFound(QStringLiteral("No route matches %1").arg(request.path));

    const QByteArray authorization = request.header("authorization");
    const bool bearer = authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0;
    const QString presented =
        bearer ? QString::fromUtf8(authorization.mid(7).trimmed()) : QString();
    if (m_token.isEmpty() || presented != m_token) {
        HttpResponse response;
        if (route->gatewayUnauthorized) {
            // Core entities: the spec's HTTP401Error (GatewayUnauthorizedError), plain JSON.
            response = jsonResponse(
                401, QJsonObject{{QStringLiteral("message"), QStringLiteral("Unauthorized")},
                                 {QStringLiteral("status"), 401}});
        } else {
            response = problem(401, QStringLiteral("Unauthorized"),
                               authorization.isEmpty() ? QStringLiteral("A valid token is required")
                                                       : QStringLiteral("Invalid credentials"));
        }
        response.setHeader("WWW-Authenticate", "Bearer");
        return response;
    }

    if (!route->methods.contains(request.method)) {
        HttpResponse response =
            problem(405, QStringLiteral("Method Not Allowed"),
                    QStringLiteral("%1 is not allowed on %2")
                        .arg(QString::fromLatin1(request.method), request.path));
        response.setHeader("Allow", route->methods.join(", "));
        return response;
    }

    const bool carriesBody = request.method == "POST" || request.method == "PUT" ||
                             request.method == "PATCH" || !request.body.isEmpty();
    if (carriesBody && !isJsonContentType(request.header("content-type"))) {
        return problem(415, QStringLiteral("Unsupported Media Type"),
                       QStringLiteral("This API only supports requests with "
                                      "`Content-Type: application/json`"));
    }
    return route->run();
}

} // namespace Sandbox
