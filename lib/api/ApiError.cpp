#include "ApiError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApiError", text);
}

QString stringField(const QJsonObject &object, QLatin1String name)
{
    const QJsonValue value = object.value(name);
    return value.isString() ? value.toString() : QString();
}

// "prefix must match ..." for a field error; Konnect's core-entity messages
// already start with the field ("prefix (type: unique) constraint failed").
QString fieldSentence(const InvalidParameter &parameter)
{
    if (parameter.field.isEmpty() ||
        parameter.reason.startsWith(parameter.field + QLatin1Char(' ')))
        return parameter.reason;
    return parameter.field + QLatin1Char(' ') + parameter.reason;
}

} // namespace

std::optional<ErrorBody> parseErrorBody(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    ErrorBody result;
    result.title = stringField(object, QLatin1String("title"));
    result.detail = stringField(object, QLatin1String("detail"));
    result.instance = stringField(object, QLatin1String("instance"));
    result.type = stringField(object, QLatin1String("type"));
    const QJsonArray parameters = object.value(QLatin1String("invalid_parameters")).toArray();
    for (const QJsonValue &entry : parameters) {
        if (!entry.isObject())
            continue;
        const QJsonObject parameter = entry.toObject();
        result.invalidParameters.append({stringField(parameter, QLatin1String("field")),
                                         stringField(parameter, QLatin1String("rule")),
                                         stringField(parameter, QLatin1String("reason"))});
    }

    // Core entities: a gRPC status code, a message and details with messages[].
    result.coreEntityCode = object.value(QLatin1String("code")).toInt();
    QStringList general;
    const QJsonArray details = object.value(QLatin1String("details")).toArray();
    for (const QJsonValue &entry : details) {
        if (!entry.isObject())
            continue;
        const QJsonObject detail = entry.toObject();
        QStringList messages;
        const QJsonArray texts = detail.value(QLatin1String("messages")).toArray();
        for (const QJsonValue &text : texts) {
            if (text.isString() && !text.toString().isEmpty())
                messages.append(text.toString());
        }
        const QString field = stringField(detail, QLatin1String("field"));
        if (field.isEmpty()) {
            general.append(messages);
            continue;
        }
        const QString reason = messages.join(QStringLiteral("; "));
        const QString rule = reason.contains(QLatin1String("(type: unique)"))
                                 ? QStringLiteral("unique")
                                 : stringField(detail, QLatin1String("type"));
        result.invalidParameters.append({field, rule, reason});
    }
    // Legacy Konnect errors and core entities carry "message" instead of a detail.
    if (result.title.isEmpty() && result.detail.isEmpty())
        result.detail = general.isEmpty() ? stringField(object, QLatin1String("message"))
                                          : general.join(QLatin1Char(' '));
    return result;
}

ApiError ApiError::validation(QList<InvalidParameter> parameters)
{
    ApiError error;
    error.m_kind = Kind::Validation;
    error.m_invalidParameters = std::move(parameters);
    error.m_attempts = 0;
    return error;
}

ApiError ApiError::insecureUrl(const QString &detail)
{
    ApiError error;
    error.m_kind = Kind::InsecureUrl;
    error.m_detail = detail;
    error.m_attempts = 0;
    return error;
}

ApiError ApiError::network(QNetworkReply::NetworkError code, const QString &detail)
{
    ApiError error;
    error.m_kind = Kind::Network;
    error.m_networkError = code;
    error.m_detail = detail;
    return error;
}

ApiError ApiError::timeout(int milliseconds)
{
    ApiError error;
    error.m_kind = Kind::Timeout;
    error.m_networkError = QNetworkReply::TimeoutError;
    error.m_detail = tr("No complete answer within %1 seconds.").arg(milliseconds / 1000.0);
    return error;
}

ApiError ApiError::sessionEnded()
{
    return network(QNetworkReply::OperationCanceledError,
                   tr("the session ended before Konnect answered"));
}

ApiError ApiError::http(int status, const QByteArray &body, const QByteArray &contentType)
{
    ApiError error;
    error.m_kind = Kind::Http;
    error.m_httpStatus = status;
    // Only JSON bodies are read; an HTML error page from a proxy says nothing useful.
    if (!contentType.contains("json"))
        return error;
    if (std::optional<ErrorBody> parsed = parseErrorBody(body)) {
        error.m_title = parsed->title;
        error.m_detail = parsed->detail;
        error.m_instance = parsed->instance;
        error.m_type = parsed->type;
        error.m_coreEntityCode = parsed->coreEntityCode;
        error.m_invalidParameters = parsed->invalidParameters;
    }
    return error;
}

ApiError ApiError::invalidResponse(const QString &detail, int status)
{
    ApiError error;
    error.m_kind = Kind::InvalidResponse;
    error.m_detail = detail;
    error.m_httpStatus = status;
    return error;
}

QString ApiError::message() const
{
    switch (m_kind) {
    case Kind::None:
        return QString();
    case Kind::Validation:
        if (m_invalidParameters.size() == 1)
            return tr("Nothing was sent: %1.").arg(fieldSentence(m_invalidParameters.constFirst()));
        return tr("Nothing was sent: %1 fields need attention.").arg(m_invalidParameters.size());
    case Kind::InsecureUrl:
        return tr("Refused to connect: %1").arg(m_detail);
    case Kind::Timeout:
        return tr("Konnect did not answer in time. Check your connection and try again.");
    case Kind::InvalidResponse:
        return tr("Konnect sent an answer this app cannot read (%1). Try again; if it persists, "
                  "the API may have changed.")
            .arg(m_detail);
    case Kind::Network:
        switch (m_networkError) {
        case QNetworkReply::HostNotFoundError:
            return tr("Cannot reach the host: its name could not be resolved. Check the region or "
                      "API URL and your network.");
        case QNetworkReply::ConnectionRefusedError:
            return tr("Cannot reach the host: the connection was refused. Check the API URL.");
        case QNetworkReply::SslHandshakeFailedError:
            return tr("The secure connection failed: the server's certificate was not accepted.");
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyAuthenticationRequiredError:
            return tr("Cannot reach the host through the proxy. Check the system proxy settings.");
        case QNetworkReply::OperationCanceledError:
            return tr("Stopped: you signed out or switched profile before Konnect answered. "
                      "Nothing more was sent; sign in again to retry.");
        default:
            return tr("The connection to Konnect failed (%1). Check your network and try again.")
                .arg(m_detail);
        }
    case Kind::Http:
        break;
    }

    switch (m_httpStatus) {
    case 400:
        if (!m_invalidParameters.isEmpty())
            return tr("Konnect rejected the request: %1.")
                .arg(fieldSentence(m_invalidParameters.constFirst()));
        return tr("Konnect rejected the request: %1")
            .arg(m_detail.isEmpty() ? tr("bad request.") : m_detail);
    case 401:
        return tr("The token was rejected: it may be expired or revoked. Sign in again with a "
                  "valid token.");
    case 403:
        if (isReadOnlyControlPlane())
            return tr("Konnect does not allow this change on this control plane (%1). A Kong "
                      "Ingress Controller manages its gateway entities: change them in "
                      "Kubernetes.")
                .arg(m_detail.isEmpty() ? tr("usage constraint") : m_detail);
        return tr("The token is valid but lacks permission for this. Ask an organization admin "
                  "for the right role.");
    case 404:
        return tr("Not found: it may have been deleted by someone else. Refresh and try again.");
    case 409:
        return tr("Conflict: %1").arg(m_detail.isEmpty() ? tr("it already exists.") : m_detail);
    case 415:
        return tr("Konnect did not accept the request format (415). This is a bug in the app.");
    case 429:
        return tr("Konnect is rate limiting requests. Wait a moment and try again.");
    default:
        break;
    }
    if (m_httpStatus >= 500)
        return tr("Konnect had a problem (HTTP %1). Try again in a moment.").arg(m_httpStatus);
    return tr("Konnect answered HTTP %1%2")
        .arg(m_httpStatus)
        .arg(m_detail.isEmpty() ? QStringLiteral(".") : QStringLiteral(": ") + m_detail);
}

bool ApiError::isReadOnlyControlPlane() const
{
    // gRPC code 7, PERMISSION_DENIED, which Konnect's core entities send as "usage
    // constraint error" ("operation not permitted on KIC cluster").
    return m_kind == Kind::Http && m_httpStatus == 403 && m_coreEntityCode == 7;
}

QString ApiError::fullDescription() const
{
    QStringList lines{message()};
    if (!m_title.isEmpty() || !m_detail.isEmpty()) {
        const QString server = m_title.isEmpty()    ? m_detail
                               : m_detail.isEmpty() ? m_title
                                                    : m_title + QStringLiteral(": ") + m_detail;
        if (!lines.constFirst().contains(server))
            lines.append(server);
    }
    for (const InvalidParameter &parameter : m_invalidParameters)
        lines.append(QStringLiteral("• %1: %2").arg(parameter.field, parameter.reason));
    if (!m_instance.isEmpty())
        lines.append(tr("Reference: %1").arg(m_instance));
    return lines.join(QLatin1Char('\n'));
}
