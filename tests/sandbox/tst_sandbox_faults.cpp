// Fault injection, latency, contract breaking, request recording and logging.
#include "SandboxSeed.h"
#include "SandboxServer.h"
#include "SandboxTestClient.h"

#include <QtTest>

using namespace Sandbox;

namespace {
const QString Token = QStringLiteral("kpat_faulttests0123456789");
const QString ControlPlanes = QStringLiteral("/v2/control-planes");

Fault fault(FaultKind kind, const QString &pathPattern, int times = 1)
{
    Fault f;
    f.kind = kind;
    f.path = QRegularExpression(pathPattern);
    f.times = times;
    return f;
}

// Collects what the sandbox logs.
QStringList g_logged;
QtMessageHandler g_previousHandler = nullptr;
void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category) == "konnect.sandbox")
        g_logged.append(message);
    g_previousHandler(type, context, message);
}
} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void tooManyRequestsRetryAfterSeconds();
    void tooManyRequestsRetryAfterHttpDate();
    void tooManyRequestsWithoutRetryAfter();
    void serverErrorCountsDown();
    void alwaysFaultAndMethodFilter();
    void delayDelaysTheAnswer();
    void latencyDoesNotBlockOtherConnections();
    void setLatencyDelaysEveryResponse();
    void dropMidBodyIsANetworkError();
    void connectionClosedSendsNothingAndTouchesNoData();
    void malformedJson();
    void wrongContentType();
    void htmlErrorPage();
    void emptyOk();
    void clearFaults();
    void breakContractOnceBreaksOneResponse();
    void requestsAreRecorded();
    void logsNeitherTokenNorBody();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxFaults::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->seed(QStringLiteral("demo")));
    m_server->setToken(Token);
    QVERIFY(m_server->listen());
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl(), Token);
}

void TestSandboxFaults::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSandboxFaults::tooManyRequestsRetryAfterSeconds()
{
    Fault f = fault(FaultKind::TooManyRequests, QStringLiteral("^/v2/control-planes$"));
    f.retryAfter = RetryAfterStyle::Seconds;
    f.retryAfterSeconds = 7;
    m_server->addFault(f);
    const TestReply limited = m_client->get(ControlPlanes);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("retry-after"), QByteArray("7"));
    QCOMPARE(limited.value("status").toInt(), 429);
    QCOMPARE(m_client->get(ControlPlanes).status, 200); // times = 1
}

void TestSandboxFaults::tooManyRequestsRetryAfterHttpDate()
{
    Fault f = fault(FaultKind::TooManyRequests, QStringLiteral("control-planes"));
    f.retryAfter = RetryAfterStyle::HttpDate;
    f.retryAfterSeconds = 120;
    m_server->addFault(f);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const TestReply limited = m_client->get(ControlPlanes);
    QCOMPARE(limited.status, 429);
    const QByteArray header = limited.header("retry-after");
    QVERIFY2(header.endsWith(" GMT"), header.constData());
    // IMF-fixdate (RFC 9110): "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(header),
                                             QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    when.setTimeSpec(Qt::UTC);
    QVERIFY2(when.isValid(), header.constData());
    QVERIFY(when >= before.addSecs(118));
    QVERIFY(when <= before.addSecs(125));
}

void TestSandboxFaults::tooManyRequestsWithoutRetryAfter()
{
    m_server->addFault(fault(FaultKind::TooManyRequests, QStringLiteral("control-planes")));
    const TestReply limited = m_client->get(ControlPlanes);
    QCOMPARE(limited.status, 429);
    QVERIFY(!limited.headers.contains("retry-after"));
}

void TestSandboxFaults::serverErrorCountsDown()
{
    Fault f = fault(FaultKind::ServerError, QStringLiteral("^/v3/users/me$"), 2);
    f.status = 503;
    m_server->addFault(f);
    QCOMPARE(m_client->get(QStringLiteral("/v3/organizations/me")).status, 200); // no match
    for (int i = 0; i < 2; ++i) {
        const TestReply failed = m_client->get(QStringLiteral("/v3/users/me"));
        QCOMPARE(failed.status, 503);
        QCOMPARE(failed.header("content-type"), QByteArray("application/problem+json"));
        QCOMPARE(failed.value("status").toInt(), 503);
    }
    QCOMPARE(m_client->get(QStringLiteral("/v3/users/me")).status, 200);
}

void TestSandboxFaults::alwaysFaultAndMethodFilter()
{
    Fault f = fault(FaultKind::ServerError, QStringLiteral("/config-stores"), -1);
    f.method = QStringLiteral("POST");
    m_server->addFault(f);
    const QString stores = QStringLiteral("/v2/control-planes/%1/config-stores")
                               .arg(QLatin1String(SeedIds::PartnerControlPlane));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_client->post(stores, {{QStringLiteral("name"), QStringLiteral("x")}}).status,
                 500);
    QCOMPARE(m_client->get(stores).status, 200); // GET does not match
    // The failed creations did not reach the data.
    QVERIFY(m_server->configStoreIds(QLatin1String(SeedIds::PartnerControlPlane)).isEmpty());
}

// Lower bounds only: a slow machine makes an answer later, never earlier (the
// sandbox delays with a precise timer), so none of these can flake under load.
void TestSandboxFaults::delayDelaysTheAnswer()
{
    Fault f = fault(FaultKind::Delay, QStringLiteral("^/v3/"));
    f.delayMs = 300;
    m_server->addFault(f);
    QElapsedTimer timer;
    timer.start();
    const TestReply reply = m_client->get(QStringLiteral("/v3/users/me"));
    QCOMPARE(reply.status, 200);
    QVERIFY(timer.elapsed() >= 290);
    QCOMPARE(reply.value("full_name").toString(), QStringLiteral("Ada Lovelace"));
}

// The delayed answer is held for far longer than any machine takes to answer
// the other request, and the slow reply is checked to be still pending when
// the fast one arrives: no bound on the fast one's time.
void TestSandboxFaults::latencyDoesNotBlockOtherConnections()
{
    Fault f = fault(FaultKind::Delay, QStringLiteral("^/v3/users/me$"));
    f.delayMs = 600000;
    m_server->addFault(f);
    QNetworkReply *slow = m_client->start("GET", QStringLiteral("/v3/users/me"));
    // Another connection is answered while the first waits.
    SandboxTestClient other(m_server->baseUrl(), Token);
    const TestReply fast = other.get(QStringLiteral("/v3/organizations/me"));
    QCOMPARE(fast.status, 200);
    QVERIFY(!slow->isFinished());
    slow->abort();
    slow->deleteLater();
}

void TestSandboxFaults::setLatencyDelaysEveryResponse()
{
    m_server->setLatency(250);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(m_client->get(ControlPlanes).status, 200);
    QVERIFY(timer.elapsed() >= 240);
    timer.restart();
    QCOMPARE(m_client->get(QStringLiteral("/v2/nothing")).status, 404);
    QVERIFY(timer.elapsed() >= 240);
    // Back to 0 after a latency of ten minutes: the answer comes within the
    // client's wait (10 s), which it could not if the latency still held.
    m_server->setLatency(600000);
    m_server->setLatency(0);
    QCOMPARE(m_client->get(ControlPlanes).status, 200);
}

void TestSandboxFaults::dropMidBodyIsANetworkError()
{
    m_server->addFault(fault(FaultKind::DropMidBody, QStringLiteral("^/v2/control-planes$")));
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    const TestReply dropped = m_client->get(ControlPlanes);
    QVERIFY(dropped.finished);
    QVERIFY2(dropped.error != QNetworkReply::NoError, qPrintable(QString::number(dropped.error)));
    QVERIFY(dropped.doc().isNull()); // half a body is not JSON
    QCOMPARE(handled.size(), 1);
    QCOMPARE(handled.at(0).at(2).toInt(), 0);
    QCOMPARE(m_server->requests().last().status, 0);
    // The server goes on serving.
    QCOMPARE(m_client->get(ControlPlanes).status, 200);
}

// A proxy that gave up: not a byte of answer, and the request never reached the data.
void TestSandboxFaults::connectionClosedSendsNothingAndTouchesNoData()
{
    const QString stores = QStringLiteral("/v2/control-planes/%1/config-stores")
                               .arg(QLatin1String(SeedIds::PartnerControlPlane));
    Fault f = fault(FaultKind::ConnectionClosed, QStringLiteral("config-stores$"));
    f.method = QStringLiteral("POST");
    f.times = 2; // the client's own resend of a request that got no answer is refused too
    m_server->addFault(f);
    const TestReply closed =
        m_client->post(stores, {{QStringLiteral("name"), QStringLiteral("x")}});
    QVERIFY(closed.finished);
    QCOMPARE(closed.status, 0);
    QVERIFY2(closed.error != QNetworkReply::NoError, qPrintable(QString::number(closed.error)));
    QVERIFY(m_server->configStoreIds(QLatin1String(SeedIds::PartnerControlPlane)).isEmpty());
    QCOMPARE(m_server->requests().last().status, 0);
    // The server goes on serving.
    QCOMPARE(m_client->get(ControlPlanes).status, 200);
}

void TestSandboxFaults::malformedJson()
{
    m_server->addFault(fault(FaultKind::MalformedJson, QStringLiteral("control-planes")));
    const TestReply reply = m_client->get(ControlPlanes);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("content-type").startsWith("application/json"));
    QVERIFY(!reply.body.isEmpty());
    QJsonParseError error{};
    QJsonDocument::fromJson(reply.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestSandboxFaults::wrongContentType()
{
    m_server->addFault(fault(FaultKind::WrongContentType, QStringLiteral("control-planes")));
    const TestReply reply = m_client->get(ControlPlanes);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("content-type").startsWith("text/plain"));
    QCOMPARE(reply.value("meta.page.total").toInt(), 3); // the real body
}

void TestSandboxFaults::htmlErrorPage()
{
    m_server->addFault(fault(FaultKind::HtmlErrorPage, QStringLiteral("control-planes")));
    Fault gateway = fault(FaultKind::HtmlErrorPage, QStringLiteral("users"));
    gateway.status = 504;
    m_server->addFault(gateway);
    const TestReply reply = m_client->get(ControlPlanes);
    QCOMPARE(reply.status, 502);
    QVERIFY(reply.header("content-type").startsWith("text/html"));
    QVERIFY(reply.body.contains("<html>"));
    QCOMPARE(m_client->get(QStringLiteral("/v3/users/me")).status, 504);
}

void TestSandboxFaults::emptyOk()
{
    m_server->addFault(fault(FaultKind::EmptyOk, QStringLiteral("control-planes")));
    const TestReply reply = m_client->get(ControlPlanes);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.isEmpty());
    QCOMPARE(reply.header("content-length"), QByteArray("0"));
}

void TestSandboxFaults::clearFaults()
{
    m_server->addFault(fault(FaultKind::ServerError, QStringLiteral("."), -1));
    QCOMPARE(m_client->get(ControlPlanes).status, 500);
    m_server->clearFaults();
    QCOMPARE(m_client->get(ControlPlanes).status, 200);
}

void TestSandboxFaults::breakContractOnceBreaksOneResponse()
{
    m_server->breakContractOnce();
    const TestReply broken = m_client->get(ControlPlanes);
    QCOMPARE(broken.status, 200);
    QVERIFY(broken.json().contains(QStringLiteral("data")));
    QVERIFY(!broken.json().contains(QStringLiteral("meta"))); // required by the spec
    QVERIFY(m_client->get(ControlPlanes).json().contains(QStringLiteral("meta")));

    m_server->breakContractOnce();
    const TestReply vault =
        m_client->get(QStringLiteral("/v2/control-planes/%1/core-entities/vaults/payments")
                          .arg(QLatin1String(SeedIds::PaymentsControlPlane)));
    QCOMPARE(vault.status, 200);
    QVERIFY(vault.value("created_at").isString()); // the spec says integer
}

void TestSandboxFaults::requestsAreRecorded()
{
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    const QString secrets = QStringLiteral("/v2/control-planes/%1/config-stores/%2/secrets")
                                .arg(QLatin1String(SeedIds::PaymentsControlPlane),
                                     QLatin1String(SeedIds::PaymentsStore));
    m_client->get(ControlPlanes + QStringLiteral("?page[size]=2&filter[name][contains]=a%20b"));
    m_client->put(secrets + QStringLiteral("/a%2Fb"),
                  {{QStringLiteral("value"), QStringLiteral("demo-recorded-secret")}});
    m_client->get(QStringLiteral("/v2/unknown"));
    QCOMPARE(handled.size(), 3);
    const QList<RecordedRequest> records = m_server->requests();
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).method, QStringLiteral("GET"));
    QCOMPARE(records.at(0).path, ControlPlanes);
    QCOMPARE(records.at(0).query, QStringLiteral("page[size]=2&filter[name][contains]=a%20b"));
    QCOMPARE(records.at(0).status, 200);
    QCOMPARE(records.at(0).headers.value("authorization"), "Bearer " + Token.toUtf8());
    for (auto it = records.at(0).headers.cbegin(); it != records.at(0).headers.cend(); ++it)
        QCOMPARE(it.key(), it.key().toLower());
    QCOMPARE(records.at(1).method, QStringLiteral("PUT"));
    QCOMPARE(records.at(1).path, secrets + QStringLiteral("/a/b"));
    QCOMPARE(records.at(1).status, 201);
    QCOMPARE(records.at(1).headers.value("content-type"), QByteArray("application/json"));
    for (const QByteArray &value : records.at(1).headers)
        QVERIFY(!value.contains("demo-recorded-secret"));
    QCOMPARE(records.at(2).status, 404);
    QCOMPARE(handled.at(1).at(0).toString(), QStringLiteral("PUT"));
    QCOMPARE(handled.at(1).at(2).toInt(), 201);
    m_server->clearRequests();
    QVERIFY(m_server->requests().isEmpty());
}

void TestSandboxFaults::logsNeitherTokenNorBody()
{
    g_logged.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("konnect.sandbox.info=true"));
    g_previousHandler = qInstallMessageHandler(captureMessages);
    const QString secrets = QStringLiteral("/v2/control-planes/%1/config-stores/%2/secrets")
                                .arg(QLatin1String(SeedIds::PaymentsControlPlane),
                                     QLatin1String(SeedIds::PaymentsStore));
    m_client->post(secrets, {{QStringLiteral("key"), QStringLiteral("logged-key")},
                             {QStringLiteral("value"), QStringLiteral("demo-never-logged")}});
    m_client->get(ControlPlanes);
    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules(QString());
    QCOMPARE(g_logged.size(), 2);
    QCOMPARE(g_logged.at(0), QStringLiteral("POST %1 201").arg(secrets));
    QCOMPARE(g_logged.at(1), QStringLiteral("GET /v2/control-planes 200"));
    for (const QString &line : std::as_const(g_logged)) {
        QVERIFY(!line.contains(Token));
        QVERIFY(!line.contains(QLatin1String("demo-never-logged")));
    }
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
