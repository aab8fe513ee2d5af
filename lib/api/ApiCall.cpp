#include "ApiCall.h"

#include "ApiLogging.h"
#include "KonnectEndpoint.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

namespace {

// The body of a request that must never be sent twice (POST, PATCH). Qt's HTTP
// channel sends a request again by itself when the connection closes before a
// byte of the answer; it can only do that by rewinding the body, which this
// device refuses, so Qt reports the failure instead of repeating the request.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(const QByteArray &data, QObject *parent)
        : QIODevice(parent)
        , m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_position);
        std::copy_n(m_data.constData() + m_position, count, data);
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace

ApiCall::ApiCall(QNetworkAccessManager *network, ApiRequest request, QNetworkRequest prepared,
                 RetryPolicy policy, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_request(std::move(request))
    , m_prepared(std::move(prepared))
    , m_policy(policy)
{
    m_retryTimer.setSingleShot(true);
    // Never early: a coarse timer may fire 5% before a server's Retry-After.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_cancelling = true;
        m_reply->abort();
    }
}

void ApiCall::start()
{
    // Refuse plain http to anything but loopback before a byte is sent.
    const QString insecure = KonnectEndpoint::checkTransportSecurity(m_request.url);
    if (!insecure.isEmpty()) {
        startWithError(ApiError::insecureUrl(insecure));
        return;
    }
    sendAttempt();
}

void ApiCall::startWithError(const ApiError &error)
{
    // Asynchronous, so callers always get their answer from the event loop.
    QTimer::singleShot(0, this, [this, error] {
        if (!m_done)
            finish({}, error);
    });
}

void ApiCall::cancel()
{
    if (m_done)
        return;
    m_done = true;
    m_retryTimer.stop();
    if (m_reply) {
        m_cancelling = true;
        m_reply->abort();
    }
    qCDebug(lcApi).noquote() << m_request.method << m_request.url.path() << "cancelled";
    emit cancelled();
    deleteLater();
}

void ApiCall::abandon(const ApiError &error)
{
    if (m_done)
        return;
    m_retryTimer.stop();
    if (m_reply) {
        m_cancelling = true;
        m_reply->abort();
    }
    finish({}, error);
}

void ApiCall::sendAttempt()
{
    if (m_done)
        return;
    ++m_attempt;
    m_elapsed.start();
    QNetworkRequest request = m_prepared;
    request.setTransferTimeout(m_policy.transferTimeoutMs);
    // Never follow a redirect: it would carry the bearer token to another URL.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nullptr;
    if (m_request.body.isEmpty()) {
        reply = m_network->sendCustomRequest(request, m_request.method);
    } else if (m_request.isIdempotent()) {
        reply = m_network->sendCustomRequest(request, m_request.method, m_request.body);
    } else {
        // Streamed from a body that cannot be rewound: never replayed behind our back.
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(m_request.body, this);
        reply = m_network->sendCustomRequest(request, m_request.method, body);
        body->setParent(reply); // valid until the reply is gone, as QNAM requires
    }
    reply->setParent(this);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    if (!reply)
        return;
    reply->deleteLater();
    if (m_done || m_cancelling)
        return;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QByteArray contentType =
        reply->header(QNetworkRequest::ContentTypeHeader).toString().toLatin1().toLower();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    qCInfo(lcApi).noquote() << m_request.method << m_request.url.path() << status << "in"
                            << m_elapsed.elapsed() << "ms"
                            << (m_attempt > 1 ? QStringLiteral("(attempt %1)").arg(m_attempt)
                                              : QString());

    ApiResponse response;
    response.status = status;
    response.contentType = contentType;
    ApiError error;

    if (status == 0) {
        if (networkError == QNetworkReply::OperationCanceledError ||
            networkError == QNetworkReply::TimeoutError)
            error = ApiError::timeout(m_policy.transferTimeoutMs);
        else if (networkError == QNetworkReply::ContentReSendError) // see OneShotBody
            error = ApiError::network(QNetworkReply::RemoteHostClosedError,
                                      QStringLiteral("the connection closed before an answer"));
        else
            error = ApiError::network(networkError, reply->errorString());
    } else if (status == 404 && m_request.method == "DELETE" &&
               (m_attempt > 1 || m_request.absentIsDeleted)) {
        // A DELETE sent again finds what its first attempt may have deleted; and an
        // endpoint documented as 204-for-absent means gone. Any other 404 is an
        // error: a key the server could not route (an encoded '/') is not deleted.
        response.status = 204;
    } else if (status >= 300) {
        error = ApiError::http(status, body, contentType);
        if (const QUrl instead =
                m_request.resendAs ? m_request.resendAs(m_request.url, error) : QUrl();
            !instead.isEmpty() && instead != m_request.url &&
            instead.adjusted(QUrl::RemoveQuery) == m_request.url.adjusted(QUrl::RemoveQuery)) {
            m_request.url = instead;
            m_prepared.setUrl(instead);
            m_attempt = 0;
            sendAttempt();
            return;
        }
        if (isRetryable(error)) {
            const qint64 retryAfter =
                parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
            if (retryAfter > m_policy.maxDelayMs) {
                error.setAttempts(m_attempt);
                finish(response, error); // asked to wait longer than we are willing to
                return;
            }
            if (retryAfter >= 0 && m_attempt < m_policy.maxAttempts) {
                const int delay = int(retryAfter);
                emit retrying(m_attempt + 1, delay, error);
                m_retryTimer.start(delay);
                return;
            }
        }
    } else if (networkError != QNetworkReply::NoError) {
        // A 2xx whose body broke off (connection dropped mid-body).
        error = ApiError::network(networkError, reply->errorString());
    } else if (const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
               length.isValid() && length.toLongLong() > body.size()) {
        // The same, when QNAM saw the close in the same read as the last bytes
        // and reported no error: fewer bytes than Content-Length announced.
        error = ApiError::network(QNetworkReply::RemoteHostClosedError,
                                  QStringLiteral("the connection closed after %1 of %2 bytes")
                                      .arg(body.size())
                                      .arg(length.toLongLong()));
    } else if (status != 204) {
        if (!contentType.contains("json")) {
            error = ApiError::invalidResponse(QStringLiteral("expected JSON, got %1")
                                                  .arg(contentType.isEmpty()
                                                           ? QStringLiteral("no content type")
                                                           : QString::fromLatin1(contentType)),
                                              status);
        } else if (body.trimmed().isEmpty()) {
            error = ApiError::invalidResponse(QStringLiteral("empty body"), status);
        } else if (m_request.rawJson) {
            response.body = body;
        } else {
            ApiResponse::parseJson(body, status, &response.json, &error);
        }
    }

    if (error.isError() && isRetryable(error) && m_attempt < m_policy.maxAttempts) {
        const int delay = backoffDelay(m_policy, m_attempt);
        emit retrying(m_attempt + 1, delay, error);
        m_retryTimer.start(delay);
        return;
    }
    error.setAttempts(m_attempt);
    finish(response, error);
}

bool ApiResponse::parseJson(const QByteArray &body, int status, QJsonDocument *json,
                            ApiError *error)
{
    QJsonParseError parseError;
    *json = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return true;
    *error = ApiError::invalidResponse(
        QStringLiteral("malformed JSON: %1").arg(parseError.errorString()), status);
    return false;
}

bool ApiCall::isRetryable(const ApiError &error) const
{
    switch (error.kind()) {
    case ApiError::Kind::Http:
        if (error.httpStatus() == 429)
            return true; // the server did not act on it: safe for every method
        return m_request.isIdempotent() && (error.httpStatus() == 502 ||
                                            error.httpStatus() == 503 || error.httpStatus() == 504);
    case ApiError::Kind::Timeout:
        return m_request.isIdempotent();
    case ApiError::Kind::Network:
        switch (error.networkError()) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::ProxyTimeoutError:
        case QNetworkReply::UnknownNetworkError:
            return m_request.isIdempotent();
        default:
            return false;
        }
    default:
        return false;
    }
}

void ApiCall::finish(const ApiResponse &response, ApiError error)
{
    if (m_done)
        return;
    m_done = true;
    if (error.isError() && !m_request.method.isEmpty())
        qCInfo(lcApi).noquote() << m_request.method << m_request.url.path()
                                << "failed:" << error.message();
    emit finished(response, error);
    deleteLater();
}

qint64 ApiCall::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : seconds * 1000;
    // HTTP-date (IMF-fixdate), e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(text),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeZone(QTimeZone::utc());
    return std::max<qint64>(0, now.msecsTo(when));
}

int ApiCall::backoffDelay(const RetryPolicy &policy, int attempt)
{
    // Exponential backoff with "equal jitter": half fixed, half random.
    const qint64 exponential = qint64(policy.baseDelayMs) << std::min(attempt - 1, 20);
    const int capped = int(std::min<qint64>(exponential, policy.maxDelayMs));
    const int half = capped / 2;
    return half + int(QRandomGenerator::global()->bounded(half + 1));
}
