#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

struct RetryPolicy
{
    int maxAttempts = 5;    // including the first
    int baseDelayMs = 500;  // first backoff; doubles each attempt
    int maxDelayMs = 30000; // cap for backoff and for an acceptable Retry-After
    int transferTimeoutMs = 30000;
};

struct ApiRequest
{
    QByteArray method; // GET, POST, PUT, PATCH, DELETE
    QUrl url;
    QByteArray body; // JSON; empty for none
    // The answer's JSON is checked (content type, not empty) but left unparsed
    // in ApiResponse::body, for a caller that reads part of it first.
    bool rawJson = false;
    // A DELETE whose spec answers 204 also when the resource did not exist
    // (delete-vault): a 404 then means it is gone, as asked.
    bool absentIsDeleted = false;
    // For a request the server may refuse for one of its query parameters:
    // given the refused URL and the error, the URL to ask with instead, or an
    // empty one to finish with that error. Only the query may differ (any other
    // URL is not sent); the same call sends it, with the same headers and
    // attempts of its own (PageSizes::fallback).
    std::function<QUrl(const QUrl &refused, const ApiError &error)> resendAs = nullptr;

    bool isIdempotent() const { return method != "POST" && method != "PATCH"; }
};

struct ApiResponse
{
    int status = 0;
    QByteArray contentType;
    QJsonDocument json; // null for 204, and with ApiRequest::rawJson
    QByteArray body;    // with ApiRequest::rawJson only

    // QJsonDocument::fromJson(), failing as ApiCall does for its own parse.
    static bool parseJson(const QByteArray &body, int status, QJsonDocument *json, ApiError *error);
};

// One API request with its retries. It finishes exactly once (finished), unless
// cancelled first (cancelled, and finished is never emitted). It deletes itself
// after either. Every attempt sends `prepared` (URL and headers, the token
// among them) as it was when the call was made, but for a query that
// ApiRequest::resendAs gives: a retry never carries a token other than the one
// meant for its URL.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ApiCall(QNetworkAccessManager *network, ApiRequest request, QNetworkRequest prepared,
            RetryPolicy policy, QObject *parent);
    ~ApiCall() override;

    void start();
    // Finishes with `error` from the event loop without sending anything.
    void startWithError(const ApiError &error);
    void cancel();
    // Finishes now with `error`, sending nothing more (a waiting retry included).
    void abandon(const ApiError &error);
    bool isRunning() const { return !m_done; }
    int attempts() const { return m_attempt; }

    // Retry-After (seconds or an HTTP date) as milliseconds from now; -1 when absent/unreadable.
    static qint64 parseRetryAfter(const QByteArray &value, const QDateTime &now);
    // The delay before attempt `attempt` + 1, from the policy (with jitter) or Retry-After.
    static int backoffDelay(const RetryPolicy &policy, int attempt);

signals:
    void finished(const ApiResponse &response, const ApiError &error);
    void retrying(int nextAttempt, int delayMs, const ApiError &reason);
    void cancelled();

private:
    void sendAttempt();
    void onReplyFinished();
    void finish(const ApiResponse &response, ApiError error);
    bool isRetryable(const ApiError &error) const;

    QNetworkAccessManager *m_network;
    ApiRequest m_request;
    QNetworkRequest m_prepared; // fixed at creation, but for ApiRequest::resendAs's query
    RetryPolicy m_policy;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
    int m_attempt = 0;
    bool m_done = false;
    bool m_cancelling = false;
};
