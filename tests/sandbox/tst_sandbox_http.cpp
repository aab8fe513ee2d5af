// The sandbox's HTTP layer, authentication, identity and control planes.
#include "SandboxSeed.h"
#include "SandboxServer.h"
#include "SandboxTestClient.h"

#include <QTcpSocket>
#include <QtTest>

using namespace Sandbox;

class TestSandboxHttp : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void identityUsersMe();
    void identityOrganizationsMe();
    void identitySystemAccountToken();
    void unauthorized_data();
    void unauthorized();
    void vaultUnauthorizedUsesGatewayShape();
    void unknownRouteIs404();
    void wrongMethodIs405();
    void bodyWithoutJsonContentTypeIs415();
    void keepAliveServesSequentialRequests();
    void notRecordingKeepsNoRequest();
    void pipelinedRequestsAreAnsweredInOrder();
    void bodySplitAcrossWrites();
    void connectionCloseIsHonoured();
    void chunkedBodyIsRejected();
    void listControlPlanesShape();
    void listControlPlanesPagination();
    void listControlPlanesPageSizeLimits();
    void listControlPlanesFilters_data();
    void listControlPlanesFilters();
    void listControlPlanesSort();
    void listControlPlanesBadQuery_data();
    void listControlPlanesBadQuery();
    void getControlPlane();

private:
    // Raw HTTP over one socket: writes request, reads one full response.
    static QByteArray readResponse(QTcpSocket &socket);
    QString token() const { return QStringLiteral("kpat_test0123456789"); }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxHttp::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->seed(QStringLiteral("demo")));
    m_server->setToken(token());
    QVERIFY(m_server->listen());
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl(), token());
}

void TestSandboxHttp::cleanup()
{
    m_client.reset();
    m_server.reset();
}

QByteArray TestSandboxHttp::readResponse(QTcpSocket &socket)
{
    // Head, then Content-Length bytes of body.
    QByteArray data;
    qsizetype headEnd = -1;
    qsizetype length = -1;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        if (headEnd < 0) {
            headEnd = data.indexOf("\r\n\r\n");
            if (headEnd >= 0) {
                const QList<QByteArray> lines = data.left(headEnd).split('\n');
                for (const QByteArray &line : lines) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
            }
        }
        if (headEnd >= 0 && length >= 0 && data.size() >= headEnd + 4 + length) {
            const QByteArray response = data.left(headEnd + 4 + length);
            data.remove(0, response.size());
            if (!data.isEmpty()) // keep the rest for the next call
                socket.setProperty("pending", data);
            return response;
        }
        if (socket.property("pending").isValid()) {
            data = socket.property("pending").toByteArray() + data;
            socket.setProperty("pending", QVariant());
            continue;
        }
        if (socket.bytesAvailable() == 0) {
            QSignalSpy spy(&socket, &QTcpSocket::readyRead);
            if (!spy.wait(2000) && socket.state() != QAbstractSocket::ConnectedState)
                break;
        }
        data += socket.readAll();
    }
    return data;
}

void TestSandboxHttp::identityUsersMe()
{
    const TestReply reply = m_client->get(QStringLiteral("/v3/users/me"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("content-type").startsWith("application/json"));
    const QJsonObject user = reply.json();
    QCOMPARE(user.value(QStringLiteral("full_name")).toString(), QStringLiteral("Ada Lovelace"));
    QVERIFY(QUuid::fromString(user.value(QStringLiteral("id")).toString()).isNull() == false);
    QVERIFY(user.value(QStringLiteral("email")).toString().contains(QLatin1Char('@')));
    QVERIFY(user.value(QStringLiteral("active")).isBool());
    QVERIFY(isIsoDateTime(user.value(QStringLiteral("created_at"))));
    QVERIFY(isIsoDateTime(user.value(QStringLiteral("updated_at"))));
}

void TestSandboxHttp::identityOrganizationsMe()
{
    const TestReply reply = m_client->get(QStringLiteral("/v3/organizations/me"));
    QCOMPARE(reply.status, 200);
    const QJsonObject org = reply.json();
    QCOMPARE(org.value(QStringLiteral("name")).toString(), QStringLiteral("Example Org"));
    QVERIFY(!QUuid::fromString(org.value(QStringLiteral("id")).toString()).isNull());
    QCOMPARE(org.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    QVERIFY(org.value(QStringLiteral("retention_period_days")).isDouble());
    QVERIFY(isIsoDateTime(org.value(QStringLiteral("created_at"))));
}

void TestSandboxHttp::identitySystemAccountToken()
{
    const QString spat = QStringLiteral("spat_systemaccount0123456789");
    m_server->setToken(spat);
    m_client->setToken(spat);
    const TestReply me = m_client->get(QStringLiteral("/v3/users/me"));
    QCOMPARE(me.status, 401);
    QCOMPARE(me.header("content-type"), QByteArray("application/problem+json"));
    QCOMPARE(me.json().value(QStringLiteral("status")).toInt(), 401);
    // The organization and everything else work with a system account token.
    QCOMPARE(m_client->get(QStringLiteral("/v3/organizations/me")).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/v2/control-planes")).status, 200);
}

void TestSandboxHttp::unauthorized_data()
{
    QTest::addColumn<QString>("presented");
    QTest::addColumn<QString>("path");
    QTest::newRow("missing") << QString() << QStringLiteral("/v2/control-planes");
    QTest::newRow("wrong") << QStringLiteral("kpat_wrong") << QStringLiteral("/v2/control-planes");
    QTest::newRow("wrong-config") << QStringLiteral("kpat_wrong")
                                  << QStringLiteral("/v2/control-planes/%1/config-stores")
                                         .arg(QLatin1String(SeedIds::PaymentsControlPlane));
    QTest::newRow("wrong-identity")
        << QStringLiteral("kpat_wrong") << QStringLiteral("/v3/users/me");
}

void TestSandboxHttp::unauthorized()
{
    QFETCH(QString, presented);
    QFETCH(QString, path);
    m_client->setToken(presented);
    const TestReply reply = m_client->get(path);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.header("content-type"), QByteArray("application/problem+json"));
    const QJsonObject problem = reply.json();
    QCOMPARE(problem.value(QStringLiteral("status")).toInt(), 401);
    for (const char *field : {"title", "type", "instance", "detail"})
        QVERIFY2(problem.value(QLatin1String(field)).isString(), field);
    QVERIFY(!reply.body.contains("data"));
}

void TestSandboxHttp::vaultUnauthorizedUsesGatewayShape()
{
    m_client->setToken(QStringLiteral("kpat_wrong"));
    const TestReply reply =
        m_client->get(QStringLiteral("/v2/control-planes/%1/core-entities/vaults")
                          .arg(QLatin1String(SeedIds::PaymentsControlPlane)));
    QCOMPARE(reply.status, 401);
    QVERIFY(reply.header("content-type").startsWith("application/json"));
    QCOMPARE(reply.json().value(QStringLiteral("status")).toInt(), 401);
    QVERIFY(reply.json().value(QStringLiteral("message")).isString());
}

void TestSandboxHttp::unknownRouteIs404()
{
    for (const QString &path : {QStringLiteral("/v2/nothing"), QStringLiteral("/v1/control-planes"),
                                QStringLiteral("/v3/users/you"),
                                QStringLiteral("/v2/control-planes/x/config-stores/y/z")}) {
        const TestReply reply = m_client->get(path);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.header("content-type"), QByteArray("application/problem+json"));
        QCOMPARE(reply.json().value(QStringLiteral("status")).toInt(), 404);
    }
}

void TestSandboxHttp::wrongMethodIs405()
{
    const TestReply reply = m_client->del(QStringLiteral("/v2/control-planes"));
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.header("allow"), QByteArray("GET"));
    const TestReply patch = m_client->send("PATCH",
                                           QStringLiteral("/v2/control-planes/%1/config-stores")
                                               .arg(QLatin1String(SeedIds::PaymentsControlPlane)),
                                           "{}");
    QCOMPARE(patch.status, 405);
    QCOMPARE(patch.header("allow"), QByteArray("GET, POST"));
}

void TestSandboxHttp::bodyWithoutJsonContentTypeIs415()
{
    const QString path = QStringLiteral("/v2/control-planes/%1/config-stores")
                             .arg(QLatin1String(SeedIds::PaymentsControlPlane));
    const TestReply plain = m_client->send("POST", path, "{\"name\":\"x\"}", "text/plain");
    QCOMPARE(plain.status, 415);
    QCOMPARE(plain.header("content-type"), QByteArray("application/problem+json"));
    QCOMPARE(plain.json().value(QStringLiteral("status")).toInt(), 415);
    const TestReply none = m_client->send("POST", path, "{\"name\":\"x\"}", QByteArray());
    QCOMPARE(none.status, 415);
    // Nothing was created.
    QCOMPARE(m_server->configStoreIds(QLatin1String(SeedIds::PaymentsControlPlane)).size(), 2);
    const TestReply withCharset =
        m_client->send("POST", path, "{\"name\":\"x\"}", "application/json; charset=utf-8");
    QCOMPARE(withCharset.status, 201);
}

void TestSandboxHttp::keepAliveServesSequentialRequests()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray auth = "Authorization: Bearer " + token().toUtf8() + "\r\n";
    const QList<QByteArray> paths = {"/v3/users/me", "/v2/control-planes?page[size]=1",
                                     "/v3/organizations/me", "/v2/nope"};
    const QList<QByteArray> expected = {"HTTP/1.1 200 OK", "HTTP/1.1 200 OK", "HTTP/1.1 200 OK",
                                        "HTTP/1.1 404 Not Found"};
    for (qsizetype i = 0; i < paths.size(); ++i) {
        socket.write("GET " + paths.at(i) + " HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n");
        const QByteArray response = readResponse(socket);
        QVERIFY2(response.startsWith(expected.at(i)), response.constData());
        QVERIFY(response.contains("Connection: keep-alive"));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }
    QCOMPARE(m_server->requests().size(), 4);
}

// Not recording (the app's --demo): answered all the same, nothing kept.
void TestSandboxHttp::notRecordingKeepsNoRequest()
{
    m_server->setRecordingRequests(false);
    const TestReply reply = m_client->get(QStringLiteral("/v3/users/me"));
    QCOMPARE(reply.status, 200);
    QVERIFY(m_server->requests().isEmpty());
    m_server->setRecordingRequests(true);
    QCOMPARE(m_client->get(QStringLiteral("/v3/users/me")).status, 200);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestSandboxHttp::pipelinedRequestsAreAnsweredInOrder()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray auth = "Authorization: Bearer " + token().toUtf8() + "\r\n";
    socket.write("GET /v3/users/me HTTP/1.1\r\nHost: x\r\n" + auth +
                 "\r\n"
                 "GET /v3/organizations/me HTTP/1.1\r\nHost: x\r\n" +
                 auth + "\r\n");
    const QByteArray first = readResponse(socket);
    const QByteArray second = readResponse(socket);
    QVERIFY2(first.contains("Ada Lovelace"), first.constData());
    QVERIFY2(second.contains("Example Org"), second.constData());
}

void TestSandboxHttp::bodySplitAcrossWrites()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray body = "{\"name\":\"split-body-store\"}";
    const QByteArray head =
        "POST /v2/control-planes/" + QByteArray(SeedIds::PartnerControlPlane) +
        "/config-stores HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token().toUtf8() +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\n\r\n";
    socket.write(head.left(20));
    QVERIFY(socket.waitForBytesWritten(2000));
    QTest::qWait(0);
    socket.write(head.mid(20) + body.left(5));
    QVERIFY(socket.waitForBytesWritten(2000));
    // The server waits for the rest of the body.
    QSignalSpy early(&socket, &QTcpSocket::readyRead);
    QVERIFY(!early.wait(200)); // the event loop runs: the server has the partial request
    QVERIFY(m_server->requests().isEmpty());
    socket.write(body.mid(5));
    const QByteArray response = readResponse(socket);
    QVERIFY2(response.startsWith("HTTP/1.1 201 Created"), response.constData());
    QVERIFY(response.contains("split-body-store"));
}

void TestSandboxHttp::connectionCloseIsHonoured()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /v3/users/me HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: "
                 "Bearer " +
                 token().toUtf8() + "\r\n\r\n");
    const QByteArray response = readResponse(socket);
    QVERIFY(response.startsWith("HTTP/1.1 200 OK"));
    QVERIFY(response.contains("Connection: close"));
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
}

void TestSandboxHttp::chunkedBodyIsRejected()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /v2/control-planes/" + QByteArray(SeedIds::PartnerControlPlane) +
                 "/config-stores HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                 "Content-Type: application/json\r\n\r\n5\r\n{\"a\":\r\n0\r\n\r\n");
    const QByteArray response = readResponse(socket);
    QVERIFY2(response.startsWith("HTTP/1.1 411"), response.constData());
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
}

void TestSandboxHttp::listControlPlanesShape()
{
    const TestReply reply = m_client->get(QStringLiteral("/v2/control-planes"));
    QCOMPARE(reply.status, 200);
    const QJsonObject page = reply.json()
                                 .value(QStringLiteral("meta"))
                                 .toObject()
                                 .value(QStringLiteral("page"))
                                 .toObject();
    QCOMPARE(page.value(QStringLiteral("number")).toInt(), 1);
    QCOMPARE(page.value(QStringLiteral("size")).toInt(), 10); // the default page size
    QCOMPARE(page.value(QStringLiteral("total")).toInt(), 3);
    const QJsonArray data = reply.data();
    QCOMPARE(data.size(), 3);
    QSet<QString> clusterTypes;
    for (const QJsonValue &value : data) {
        const QJsonObject cp = value.toObject();
        QCOMPARE(cp.keys().size(), 7);
        QVERIFY(!QUuid::fromString(cp.value(QStringLiteral("id")).toString()).isNull());
        QVERIFY(!cp.value(QStringLiteral("name")).toString().isEmpty());
        QVERIFY(!cp.value(QStringLiteral("description")).toString().isEmpty());
        QVERIFY(cp.value(QStringLiteral("labels")).isObject());
        QVERIFY(isIsoDateTime(cp.value(QStringLiteral("created_at"))));
        QVERIFY(isIsoDateTime(cp.value(QStringLiteral("updated_at"))));
        const QJsonObject config = cp.value(QStringLiteral("config")).toObject();
        QVERIFY(config.value(QStringLiteral("control_plane_endpoint"))
                    .toString()
                    .startsWith(QLatin1String("https://")));
        QVERIFY(config.value(QStringLiteral("telemetry_endpoint"))
                    .toString()
                    .startsWith(QLatin1String("https://")));
        QVERIFY(config.value(QStringLiteral("cloud_gateway")).isBool());
        QVERIFY(config.value(QStringLiteral("proxy_urls")).isArray());
        QVERIFY(
            QStringList({QStringLiteral("pinned_client_certs"), QStringLiteral("pki_client_certs")})
                .contains(config.value(QStringLiteral("auth_type")).toString()));
        clusterTypes.insert(config.value(QStringLiteral("cluster_type")).toString());
    }
    QCOMPARE(clusterTypes.size(), 3);
    QCOMPARE(m_server->controlPlaneIds(),
             QStringList({QLatin1String(SeedIds::PaymentsControlPlane),
                          QLatin1String(SeedIds::StorefrontControlPlane),
                          QLatin1String(SeedIds::PartnerControlPlane)}));
}

void TestSandboxHttp::listControlPlanesPagination()
{
    QStringList seen;
    for (int number = 1; number <= 4; ++number) {
        const TestReply reply = m_client->get(
            QStringLiteral("/v2/control-planes?page[size]=1&page[number]=%1").arg(number));
        QCOMPARE(reply.status, 200);
        const QJsonObject page = reply.json()
                                     .value(QStringLiteral("meta"))
                                     .toObject()
                                     .value(QStringLiteral("page"))
                                     .toObject();
        QCOMPARE(page.value(QStringLiteral("number")).toInt(), number);
        QCOMPARE(page.value(QStringLiteral("size")).toInt(), 1);
        QCOMPARE(page.value(QStringLiteral("total")).toInt(), 3);
        const QJsonArray data = reply.data();
        QCOMPARE(data.size(), number <= 3 ? 1 : 0);
        for (const QJsonValue &cp : data)
            seen.append(cp.toObject().value(QStringLiteral("id")).toString());
    }
    QCOMPARE(seen, m_server->controlPlaneIds());
    const TestReply two =
        m_client->get(QStringLiteral("/v2/control-planes?page%5Bsize%5D=2&page%5Bnumber%5D=2"));
    QCOMPARE(two.data().size(), 1); // percent-encoded brackets are the same parameter
}

void TestSandboxHttp::listControlPlanesPageSizeLimits()
{
    const TestReply big = m_client->get(QStringLiteral("/v2/control-planes?page[size]=1000"));
    QCOMPARE(big.status, 200); // larger than the maximum: clamped
    QCOMPARE(big.value("meta.page.size").toInt(), 100);
    const TestReply empty = m_client->get(QStringLiteral("/v2/control-planes?page[size]="));
    QCOMPARE(empty.value("meta.page.size").toInt(), 10); // allowEmptyValue: default
}

void TestSandboxHttp::listControlPlanesFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("names");
    const QString payments = QStringLiteral("Payments Production");
    const QString storefront = QStringLiteral("Storefront Staging");
    const QString partner = QStringLiteral("Partner APIs");
    QTest::newRow("contains") << QStringLiteral("filter[name][contains]=PAY")
                              << QStringList{payments};
    QTest::newRow("contains-space")
        << QStringLiteral("filter[name][contains]=ner%20AP") << QStringList{partner};
    QTest::newRow("eq") << QStringLiteral("filter[name][eq]=Partner%20APIs")
                        << QStringList{partner};
    QTest::newRow("eq-is-exact") << QStringLiteral("filter[name][eq]=Partner") << QStringList{};
    QTest::newRow("neq") << QStringLiteral("filter[name][neq]=Partner%20APIs")
                         << QStringList{payments, storefront};
    QTest::newRow("cluster-type")
        << QStringLiteral("filter[cluster_type][eq]=CLUSTER_TYPE_K8S_INGRESS_CONTROLLER")
        << QStringList{storefront};
    QTest::newRow("id-oeq") << QStringLiteral("filter[id][oeq]=%1,%2")
                                   .arg(QLatin1String(SeedIds::PartnerControlPlane),
                                        QLatin1String(SeedIds::PaymentsControlPlane))
                            << QStringList{payments, partner};
    QTest::newRow("cloud-gateway")
        << QStringLiteral("filter[cloud_gateway]=true") << QStringList{partner};
    QTest::newRow("label-value") << QStringLiteral("labels=env:production")
                                 << QStringList{payments, partner};
    QTest::newRow("label-exists") << QStringLiteral("labels=tier") << QStringList{partner};
    QTest::newRow("labels-and") << QStringLiteral("labels=env:production,team:payments")
                                << QStringList{payments};
    QTest::newRow("labels-none") << QStringLiteral("labels=env:qa") << QStringList{};
    QTest::newRow("filter-and-label")
        << QStringLiteral("filter[name][contains]=a&labels=team:web") << QStringList{storefront};
}

void TestSandboxHttp::listControlPlanesFilters()
{
    QFETCH(QString, query);
    QFETCH(QStringList, names);
    const TestReply reply = m_client->get(QStringLiteral("/v2/control-planes?") + query);
    QCOMPARE(reply.status, 200);
    QStringList got;
    const QJsonArray data = reply.data();
    for (const QJsonValue &cp : data)
        got.append(cp.toObject().value(QStringLiteral("name")).toString());
    QCOMPARE(got, names);
    QCOMPARE(reply.value("meta.page.total").toInt(), names.size());
}

void TestSandboxHttp::listControlPlanesSort()
{
    const auto names = [this](const QString &sort) {
        QStringList got;
        const QJsonArray data =
            m_client->get(QStringLiteral("/v2/control-planes?sort=") + sort).data();
        for (const QJsonValue &cp : data)
            got.append(cp.toObject().value(QStringLiteral("name")).toString());
        return got;
    };
    const QStringList ascending = {QStringLiteral("Payments Production"),
                                   QStringLiteral("Storefront Staging"),
                                   QStringLiteral("Partner APIs")};
    QCOMPARE(names(QStringLiteral("created_at")), ascending);
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(names(QStringLiteral("created_at%20desc")), descending);
    QCOMPARE(names(QStringLiteral("name")),
             QStringList({QStringLiteral("Partner APIs"), QStringLiteral("Payments Production"),
                          QStringLiteral("Storefront Staging")}));
}

void TestSandboxHttp::listControlPlanesBadQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("size-zero") << QStringLiteral("page[size]=0") << QStringLiteral("page[size]");
    QTest::newRow("size-text") << QStringLiteral("page[size]=ten") << QStringLiteral("page[size]");
    QTest::newRow("number-zero") << QStringLiteral("page[number]=0")
                                 << QStringLiteral("page[number]");
    QTest::newRow("bad-sort") << QStringLiteral("sort=colour") << QStringLiteral("sort");
    QTest::newRow("bad-filter") << QStringLiteral("filter[colour][eq]=red")
                                << QStringLiteral("filter[colour][eq]");
    QTest::newRow("bad-operator") << QStringLiteral("filter[name][oeq]=a")
                                  << QStringLiteral("filter[name][oeq]");
}

void TestSandboxHttp::listControlPlanesBadQuery()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const TestReply reply = m_client->get(QStringLiteral("/v2/control-planes?") + query);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.header("content-type"), QByteArray("application/problem+json"));
    const QJsonArray invalid = reply.json().value(QStringLiteral("invalid_parameters")).toArray();
    QCOMPARE(invalid.size(), 1);
    QCOMPARE(TestReply::jsonPath(invalid.at(0), "field").toString(), field);
    QVERIFY(TestReply::jsonPath(invalid.at(0), "reason").isString());
}

void TestSandboxHttp::getControlPlane()
{
    const TestReply reply = m_client->get(QStringLiteral("/v2/control-planes/%1")
                                              .arg(QLatin1String(SeedIds::StorefrontControlPlane)));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("name")).toString(),
             QStringLiteral("Storefront Staging"));
    QCOMPARE(reply.value("labels.env").toString(), QStringLiteral("staging"));

    const TestReply missing =
        m_client->get(QStringLiteral("/v2/control-planes/00000000-0000-4000-8000-000000000000"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.header("content-type"), QByteArray("application/problem+json"));
    QCOMPARE(missing.json().value(QStringLiteral("title")).toString(), QStringLiteral("Not Found"));

    const TestReply malformed = m_client->get(QStringLiteral("/v2/control-planes/not-a-uuid"));
    QCOMPARE(malformed.status, 400);
    QCOMPARE(malformed.value("invalid_parameters.0.field").toString(), QStringLiteral("id"));
}

QTEST_GUILESS_MAIN(TestSandboxHttp)
#include "tst_sandbox_http.moc"
