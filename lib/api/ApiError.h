#pragma once

#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

#include <optional>

// One field error: a problem+json `invalid_parameters` entry, a core-entity
// `details` entry, or the client's own validation before a request is sent.
struct InvalidParameter
{
    QString field;
    // e.g. "required", "min_length", "max_length", "matches_regex"; "unique" for a
    // core entity's unique constraint, else its detail type ("ERROR_TYPE_FIELD").
    QString rule;
    QString reason; // e.g. "must not have more than 100 characters"

    bool operator==(const InvalidParameter &other) const
    {
        return field == other.field && rule == other.rule && reason == other.reason;
    }
};

// An error is a value: what went wrong, with everything the server said and a
// sentence a person can act on.
class ApiError
{
public:
    enum class Kind {
        None,
        Validation,      // refused by the client before sending (invalidParameters say why)
        InsecureUrl,     // plain http to a non-loopback host, or a URL that cannot be used
        Network,         // cannot reach the host, connection reset, TLS failure...
        Timeout,         // no complete answer within the transfer timeout
        Http,            // the server answered with an error status
        InvalidResponse, // the answer is not what the spec describes (not JSON, wrong types)
    };

    ApiError() = default;

    static ApiError validation(QList<InvalidParameter> parameters);
    static ApiError insecureUrl(const QString &detail);
    static ApiError network(QNetworkReply::NetworkError code, const QString &detail);
    static ApiError timeout(int milliseconds);
    // The session a call belonged to ended (sign-out, another profile) before
    // its answer: a network error of kind OperationCanceledError.
    static ApiError sessionEnded();
    static ApiError http(int status, const QByteArray &body, const QByteArray &contentType);
    static ApiError invalidResponse(const QString &detail, int status = 0);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    QNetworkReply::NetworkError networkError() const { return m_networkError; }

    // From problem+json, or from a core-entity error (detail: its field-less
    // messages, else its message), when the server sent one.
    QString title() const { return m_title; }
    QString detail() const { return m_detail; }
    QString instance() const { return m_instance; }
    QString type() const { return m_type; }
    QList<InvalidParameter> invalidParameters() const { return m_invalidParameters; }
    // The gRPC status code of a core-entity error (3 invalid argument, 7 usage
    // constraint...); 0 for any other answer.
    int coreEntityCode() const { return m_coreEntityCode; }
    // Konnect refused a write because a Kong Ingress Controller owns the control
    // plane's core entities (403, code 7).
    bool isReadOnlyControlPlane() const;

    // A sentence a person can act on, e.g. "The token was rejected: it may be
    // expired or revoked. Sign in again with a valid token."
    QString message() const;
    // message() plus the server's detail and field errors, for a details pane.
    QString fullDescription() const;

    // How many attempts were made before giving up (1 when not retried).
    int attempts() const { return m_attempts; }
    void setAttempts(int attempts) { m_attempts = attempts; }

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
    QString m_title;
    QString m_detail;
    QString m_instance;
    QString m_type;
    QList<InvalidParameter> m_invalidParameters;
    int m_coreEntityCode = 0;
    int m_attempts = 1;
};

Q_DECLARE_METATYPE(ApiError)

// What an error body says, in either of Konnect's two shapes:
// - application/problem+json (Konnect's own APIs): title, detail, instance, type,
//   invalid_parameters[] {field, rule, reason};
// - core entities (the endpoints shared with Kong's Admin API, vaults included):
//   {"code": 3, "message": "validation error", "details": [{"type": "ERROR_TYPE_FIELD",
//   "field": "config.config_store_id", "messages": [...]}]}; a detail without a field
//   is about the whole request.
struct ErrorBody
{
    QString title;
    QString detail;
    QString instance;
    QString type;
    int coreEntityCode = 0;
    QList<InvalidParameter> invalidParameters;
};

// Parses an error body. Returns nothing when the body is not a JSON object; fills
// what it finds and ignores unknown or mistyped fields.
std::optional<ErrorBody> parseErrorBody(const QByteArray &body);
