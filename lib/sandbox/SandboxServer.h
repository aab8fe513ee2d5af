#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

// The local Konnect: a stateful HTTP/1.1 server on 127.0.0.1 that serves the
// operations of the official specs (../shared/konnect-api) under /v2 and /v3.
namespace Sandbox {

enum class FaultKind {
    TooManyRequests,  // 429, with Retry-After as RetryAfterStyle says
    ServerError,      // Fault::status (500, 502, 503, 504)
    Delay,            // wait Fault::delayMs, then answer normally
    DropMidBody,      // send headers and half of the real body, then close the connection
    MalformedJson,    // 200 application/json whose body is not JSON
    WrongContentType, // the real body, labelled text/plain
    HtmlErrorPage,    // Fault::status (default 502) with a text/html page, as a proxy sends
    EmptyOk,          // 200 application/json with an empty body
    ConnectionClosed, // closes the connection without a byte of answer, data untouched (a proxy
                      // gave up)
};

enum class RetryAfterStyle { None, Seconds, HttpDate };

// What a page[size] above a list's maximum (100: control planes, config stores,
// secrets) gets: the maximum (Clamp, the default), or a 400 whose
// invalid_parameters name page[size] (Refuse). The specs set no maximum.
enum class PageSizeLimit { Clamp, Refuse };

struct Fault
{
    QString method;          // "GET", "POST", ...; empty matches any method
    QRegularExpression path; // matched against the path (with /v2 or /v3, no query)
    FaultKind kind = FaultKind::ServerError;
    int status = 0; // ServerError / HtmlErrorPage status
    RetryAfterStyle retryAfter = RetryAfterStyle::None;
    int retryAfterSeconds = 1;
    int delayMs = 0;
    int times = 1; // how many matching requests it applies to; -1 = every one
};

struct RecordedRequest
{
    QString method;
    QString path;                          // decoded path, no query
    QString query;                         // raw query string
    QHash<QByteArray, QByteArray> headers; // lower-case names
    int status = 0;                        // what was answered (0 when dropped)
};

class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1 (port 0 = ephemeral).
    bool listen(quint16 port = 0);
    void close();
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port> (no /v2)

    void setToken(const QString &token);
    QString token() const;
    static QString randomToken(); // "kpat_" + 49 random alphanumerics

    // "empty", "demo" or "scale:N". Replaces all data.
    bool seed(const QString &spec, QString *error = nullptr);

    void addFault(const Fault &fault);
    void clearFaults();
    void setLatency(int ms); // added to every response
    void setPageSizeLimit(PageSizeLimit limit);
    // Test-only: the next matching response violates the spec (for the contract suite).
    void breakContractOnce();

    // Every request answered, for tests to inspect (on by default). The app's
    // --demo and the konnect-sandbox command turn it off: a long session would
    // keep every request (and its headers) in memory.
    void setRecordingRequests(bool on);
    QList<RecordedRequest> requests() const;
    void clearRequests();

    // Read-side helpers for tests (not reachable over HTTP).
    QStringList controlPlaneIds() const; // in creation order
    QStringList configStoreIds(const QString &controlPlaneId) const;
    std::optional<QString> secretValue(const QString &controlPlaneId, const QString &configStoreId,
                                       const QString &key) const;
    // Test-only: adds a core entity (kind = path segment, "plugins") as the spec's JSON
    // object; an id is made up when it has none. False for an unknown control plane or kind.
    bool addCoreEntity(const QString &controlPlaneId, const QString &kind, QJsonObject entity);

signals:
    // A request arrived (before any latency or delay); requestHandled follows
    // when it is answered. Method and path only, as in the log.
    void requestReceived(const QString &method, const QString &path);
    void requestHandled(const QString &method, const QString &path, int status);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Sandbox
