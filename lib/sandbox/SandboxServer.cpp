#include "SandboxServer.h"

#include "HttpConnection.h"
#include "SandboxApi.h"
#include "SandboxSeed.h"
#include "SandboxStore.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSandbox, "konnect.sandbox", QtWarningMsg)

namespace Sandbox {

class SandboxServer::Private
{
public:
    explicit Private(SandboxServer *q)
        : q(q)
    {
    }

    void onNewConnection();
    void onRequest(HttpConnection *connection, const HttpRequest &request);
    std::optional<Fault> takeFault(const HttpRequest &request);
    void finish(const HttpRequest &request, int status);

    SandboxServer *q;
    QTcpServer server;
    SandboxStore store;
    SandboxApi api{store};
    QList<Fault> faults;
    int latencyMs = 0;
    bool breakContract = false;
    QList<RecordedRequest> records;
    bool recording = true;
};

namespace {

// The spec violation of breakContractOnce(): a schema validator must catch it.
bool breakResponse(HttpResponse &response)
{
    if (response.status < 200 || response.status >= 300)
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    if (!doc.isObject())
        return false;
    QJsonObject object = doc.object();
    if (object.contains(QStringLiteral("meta"))) {
        object.remove(QStringLiteral("meta")); // lists: the required meta is missing
    } else if (object.contains(QStringLiteral("data"))) {
        object.insert(QStringLiteral("data"), QStringLiteral("not-an-array"));
    } else if (object.value(QStringLiteral("created_at")).isString()) {
        object.insert(QStringLiteral("created_at"), 1700000000); // date-time as a number
    } else if (object.contains(QStringLiteral("created_at"))) {
        object.insert(QStringLiteral("created_at"), QStringLiteral("yesterday")); // epoch as text
    } else {
        object.insert(QStringLiteral("id"), 42);
    }
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return true;
}

HttpResponse faultResponse(const Fault &fault)
{
    HttpResponse response;
    switch (fault.kind) {
    case FaultKind::TooManyRequests: {
        response = problem(429, QStringLiteral("Too Many Requests"),
                           QStringLiteral("API rate limit exceeded"));
        if (fault.retryAfter == RetryAfterStyle::Seconds) {
            response.setHeader("Retry-After", QByteArray::number(fault.retryAfterSeconds));
        } else if (fault.retryAfter == RetryAfterStyle::HttpDate) {
            response.setHeader("Retry-After", httpDate(QDateTime::currentDateTimeUtc().addSecs(
                                                  fault.retryAfterSeconds)));
        }
        break;
    }
    case FaultKind::ServerError: {
        const int status = fault.status > 0 ? fault.status : 500;
        response = problem(status, QString::fromLatin1(reasonPhrase(status)),
                           QStringLiteral("Injected sandbox fault"));
        break;
    }
    case FaultKind::MalformedJson:
        response.status = 200;
        response.setHeader("Content-Type", "application/json; charset=utf-8");
        response.body = "{\"data\": [{\"id\": \"7f9fd312-a987, \"name\": }";
        break;
    case FaultKind::HtmlErrorPage: {
        const int status = fault.status > 0 ? fault.status : 502;
        const QByteArray title = QByteArray::number(status) + ' ' + reasonPhrase(status);
        response.status = status;
        response.setHeader("Content-Type", "text/html; charset=utf-8");
        response.body = "<!DOCTYPE html>\n<html><head><title>" + title +
                        "</title></head>\n<body><center><h1>" + title +
                        "</h1></center><hr><center>nginx</center></body></html>\n";
        break;
    }
    case FaultKind::EmptyOk:
        response.status = 200;
        response.setHeader("Content-Type", "application/json; charset=utf-8");
        break;
    case FaultKind::ConnectionClosed:
        break; // no answer at all: see onRequest()
    case FaultKind::Delay:
    case FaultKind::DropMidBody:
    case FaultKind::WrongContentType:
        break; // these alter the real response
    }
    return response;
}

} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    connect(&d->server, &QTcpServer::newConnection, this, [this] { d->onNewConnection(); });
}

SandboxServer::~SandboxServer()
{
    // Connections (children) go first: their pending timers refer to d.
    const auto connections = findChildren<HttpConnection *>(QString(), Qt::FindDirectChildrenOnly);
    for (HttpConnection *connection : connections)
        delete connection;
}

bool SandboxServer::listen(quint16 port)
{
    if (!d->server.listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcSandbox) << "cannot listen on port" << port << d->server.errorString();
        return false;
    }
    return true;
}

void SandboxServer::close()
{
    d->server.close();
    const auto connections = findChildren<HttpConnection *>(QString(), Qt::FindDirectChildrenOnly);
    for (HttpConnection *connection : connections)
        connection->closeNow();
}

quint16 SandboxServer::port() const
{
    return d->server.serverPort();
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void SandboxServer::setToken(const QString &token)
{
    d->api.setToken(token);
}

QString SandboxServer::token() const
{
    return d->api.token();
}

QString SandboxServer::randomToken()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString token = QStringLiteral("kpat_");
    auto *random = QRandomGenerator::system();
    for (int i = 0; i < 49; ++i)
        token += QLatin1Char(alphabet[random->bounded(int(sizeof(alphabet) - 1))]);
    return token;
}

bool SandboxServer::seed(const QString &spec, QString *error)
{
    return applySeed(d->store, spec, error);
}

void SandboxServer::addFault(const Fault &fault)
{
    if (fault.times != 0)
        d->faults.append(fault);
}

void SandboxServer::clearFaults()
{
    d->faults.clear();
}

void SandboxServer::setLatency(int ms)
{
    d->latencyMs = qMax(0, ms);
}

void SandboxServer::setPageSizeLimit(PageSizeLimit limit)
{
    d->api.setRefusingLargePages(limit == PageSizeLimit::Refuse);
}

void SandboxServer::breakContractOnce()
{
    d->breakContract = true;
}

void SandboxServer::setRecordingRequests(bool on)
{
    d->recording = on;
    if (!on)
        d->records.clear();
}

QList<RecordedRequest> SandboxServer::requests() const
{
    return d->records;
}

void SandboxServer::clearRequests()
{
    d->records.clear();
}

QStringList SandboxServer::controlPlaneIds() const
{
    QStringList ids;
    for (const auto &cp : d->store.controlPlanes())
        ids.append(cp.controlPlane.id);
    return ids;
}

QStringList SandboxServer::configStoreIds(const QString &controlPlaneId) const
{
    QStringList ids;
    if (const ControlPlaneData *cp = d->store.controlPlane(controlPlaneId)) {
        for (const auto &store : cp->configStores)
            ids.append(store.id);
    }
    return ids;
}

std::optional<QString> SandboxServer::secretValue(const QString &controlPlaneId,
                                                  const QString &configStoreId,
                                                  const QString &key) const
{
    const ControlPlaneData *cp = d->store.controlPlane(controlPlaneId);
    const ConfigStore *store = cp ? SandboxStore::configStore(*cp, configStoreId) : nullptr;
    if (!store)
        return std::nullopt;
    const auto it = store->secrets.constFind(key);
    if (it == store->secrets.cend())
        return std::nullopt;
    return it->value;
}

bool SandboxServer::addCoreEntity(const QString &controlPlaneId, const QString &kind,
                                  QJsonObject entity)
{
    ControlPlaneData *cp = d->store.controlPlane(controlPlaneId);
    if (!cp || !SandboxApi::coreEntityKinds().contains(kind))
        return false;
    if (!entity.value(QStringLiteral("id")).isString())
        entity.insert(QStringLiteral("id"), SandboxStore::newUuid());
    cp->coreEntities[kind].append(entity);
    return true;
}

// ---- Private -----------------------------------------------------------------------

void SandboxServer::Private::onNewConnection()
{
    while (QTcpSocket *socket = server.nextPendingConnection()) {
        // Request/response traffic: send each answer at once (no Nagle delay).
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto *connection = new HttpConnection(socket, q);
        QObject::connect(
            connection, &HttpConnection::requestReceived, q,
            [this, connection](const HttpRequest &request) { onRequest(connection, request); });
    }
}

std::optional<Fault> SandboxServer::Private::takeFault(const HttpRequest &request)
{
    for (qsizetype i = 0; i < faults.size(); ++i) {
        Fault &fault = faults[i];
        if (!fault.method.isEmpty() &&
            fault.method.compare(QString::fromLatin1(request.method), Qt::CaseInsensitive) != 0)
            continue;
        if (!fault.path.match(request.path).hasMatch())
            continue;
        const Fault taken = fault;
        if (fault.times > 0 && --fault.times == 0)
            faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

void SandboxServer::Private::onRequest(HttpConnection *connection, const HttpRequest &request)
{
    emit q->requestReceived(QString::fromLatin1(request.method), request.path);
    const std::optional<Fault> fault = takeFault(request);
    HttpResponse response;
    int delayMs = latencyMs;
    bool drop = false;
    const bool realResponse = !fault || fault->kind == FaultKind::Delay ||
                              fault->kind == FaultKind::DropMidBody ||
                              fault->kind == FaultKind::WrongContentType;
    // Faults that stand for a failure before the API (a proxy, a rate limiter) answer
    // without touching the data; the others alter the real, processed response.
    response = realResponse ? api.handle(request) : faultResponse(*fault);
    if (fault) {
        if (fault->kind == FaultKind::Delay)
            delayMs += qMax(0, fault->delayMs);
        else if (fault->kind == FaultKind::DropMidBody ||
                 fault->kind == FaultKind::ConnectionClosed)
            drop = true; // ConnectionClosed: an empty response, so not a byte is sent
        else if (fault->kind == FaultKind::WrongContentType)
            response.setHeader("Content-Type", "text/plain; charset=utf-8");
    }
    if (breakContract && breakResponse(response))
        breakContract = false;

    const auto send = [this, connection, request, response, drop] {
        if (drop)
            connection->respondAndDrop(response);
        else
            connection->respond(response);
        finish(request, drop ? 0 : response.status);
    };
    if (delayMs > 0)
        QTimer::singleShot(delayMs, connection, send); // never blocks other connections
    else
        send();
}

void SandboxServer::Private::finish(const HttpRequest &request, int status)
{
    const QString method = QString::fromLatin1(request.method);
    if (recording) {
        RecordedRequest record;
        record.method = method;
        record.path = request.path;
        record.query = QString::fromUtf8(request.rawQuery);
        record.headers = request.headers; // never the body: it may hold secret values
        record.status = status;
        records.append(record);
    }
    // Method, path and status only: never a header (Authorization) nor a body.
    qCInfo(lcSandbox).noquote() << method << request.path << status;
    emit q->requestHandled(method, request.path, status);
}

} // namespace Sandbox
