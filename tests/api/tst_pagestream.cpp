// Streaming a long list fast (issue #9): the next page asked for before a page
// is parsed (JsonScan, peekCursorPageNext, FetchAll's early cursor), dates read
// without QDateTime::fromString, and SecretStream on its own thread.
#include "ApiTestEnvironment.h"
#include "FetchAll.h"
#include "JsonReader.h"
#include "JsonScan.h"
#include "Pagination.h"
#include "SecretStream.h"
#include "SecretsPageReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <memory>

namespace {

// A loopback HTTP server with canned list answers, keyed by page[after]
// ("" for the first page): for answers the sandbox never gives (a meta the
// early read cannot find, or one it reads differently from the parse).
class CannedServer : public QTcpServer
{
public:
    QHash<QString, QByteArray> pages;
    QStringList asked;

    CannedServer()
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

private:
    void answer(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        qsizetype end;
        while ((end = buffer.indexOf("\r\n\r\n")) >= 0) {
            const QByteArray head = buffer.left(end);
            buffer.remove(0, end + 4);
            const QByteArray target = head.split(' ').value(1);
            const QUrlQuery query(QUrl(QString::fromLatin1(target)).query(QUrl::FullyEncoded));
            const QString after = query.queryItemValue(QStringLiteral("page[after]"));
            asked.append(after);
            const QByteArray body = pages.value(after, "{}");
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
    }

    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray secretJson(const char *key)
{
    return QByteArray("{\"key\":\"") + key +
           "\",\"created_at\":\"2023-01-01T00:00:00.000Z\",\"updated_at\":\"2023-01-01T00:00:00."
           "000Z\"}";
}

QByteArray nextLink(const char *cursor)
{
    return QByteArray("\"/v2/x/secrets?page%5Bafter%5D=") + cursor + '"';
}

} // namespace

class TestPageStream : public QObject
{
    Q_OBJECT

    ApiTestEnvironment env;

    // A client of a loopback server of the test's own.
    void pointAt(KonnectClient *client, quint16 port)
    {
        QUrl base;
        base.setScheme(QStringLiteral("http"));
        base.setHost(QStringLiteral("127.0.0.1"));
        base.setPort(port);
        client->setEndpoint(KonnectEndpoint::forCustomUrl(base));
        client->setToken(env.sandbox.token());
    }

    QString scaleStore(int secrets, QString *cp)
    {
        if (!env.sandbox.seed(QStringLiteral("scale:%1").arg(secrets)))
            return QString();
        *cp = env.sandbox.controlPlaneIds().constFirst();
        return env.sandbox.configStoreIds(*cp).constFirst();
    }

private slots:
    void initTestCase() { QVERIFY(env.start()); }

    void init() { env.client.setDefaultPageSize(100); }

    // `meta`: what topLevelMember finds (from the start); `last`: what
    // lastTopLevelMember finds (from the end, only when meta is the last member).
    void jsonScanReadsOneTopLevelMember_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("meta");
        QTest::addColumn<QByteArray>("last");
        const QByteArray none;
        QTest::newRow("after data")
            << QByteArray("{\"data\":[{\"key\":\"a\"}],\"meta\":{\"page\":1}}")
            << QByteArray("{\"page\":1}") << QByteArray("{\"page\":1}");
        QTest::newRow("before data") << QByteArray(" {\n \"meta\" : {\"p\":[1,2]} , \"data\":[]}")
                                     << QByteArray("{\"p\":[1,2]}") << none;
        QTest::newRow("a nested meta is not it")
            << QByteArray("{\"data\":[{\"meta\":1}],\"meta\":null}") << QByteArray("null")
            << QByteArray("null");
        QTest::newRow("quotes and braces inside strings")
            << QByteArray("{\"data\":[\"\\\"meta\\\":{\",\"}]\\\\\"],\"meta\":\"x\"}")
            << QByteArray("\"x\"") << QByteArray("\"x\"");
        QTest::newRow("an escaped quote in the value")
            << QByteArray("{\"meta\":[\"a\\\"}\",\"{\"]}") << QByteArray("[\"a\\\"}\",\"{\"]")
            << QByteArray("[\"a\\\"}\",\"{\"]");
        QTest::newRow("an even run of backslashes ends a string")
            << QByteArray("{\"meta\":[\"x\\\\\\\\\",1]}") << QByteArray("[\"x\\\\\\\\\",1]")
            << QByteArray("[\"x\\\\\\\\\",1]");
        QTest::newRow("whitespace everywhere")
            << QByteArray("{ \"data\" : [] , \"meta\" : { \"a\" : 1 } }\n")
            << QByteArray("{ \"a\" : 1 }") << QByteArray("{ \"a\" : 1 }");
        QTest::newRow("the only member")
            << QByteArray("{\"meta\":{}}") << QByteArray("{}") << QByteArray("{}");
        QTest::newRow("duplicated: the first and the last")
            << QByteArray("{\"meta\":1,\"data\":[],\"meta\":2}") << QByteArray("1")
            << QByteArray("2");
        QTest::newRow("numbers and literals")
            << QByteArray("{\"a\":-1.5e3,\"b\":true,\"c\":null,\"meta\":0}") << QByteArray("0")
            << QByteArray("0");
        QTest::newRow("absent") << QByteArray("{\"data\":[]}") << none << none;
        QTest::newRow("an escaped key is not matched")
            << QByteArray("{\"m\\u0065ta\":{}}") << none << none;
        QTest::newRow("not an object") << QByteArray("[{\"meta\":{}}]") << none << none;
        QTest::newRow("something before the brace") << QByteArray("x{\"meta\":{}}") << none << none;
        // Neither is a validator: from the end, the broken start is never seen
        // (the parse of the whole answer has the last word).
        QTest::newRow("an unterminated string")
            << QByteArray("{\"data\":[\"abc,\"meta\":{}}") << none << QByteArray("{}");
        QTest::newRow("cut off before it") << QByteArray("{\"data\":[1,2") << none << none;
        QTest::newRow("a value cut off at its start") << QByteArray("{\"meta\":}") << none << none;
        QTest::newRow("empty") << QByteArray() << none << none;
    }

    void jsonScanReadsOneTopLevelMember()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, meta);
        QFETCH(QByteArray, last);
        const QByteArray found = JsonScan::topLevelMember(json, "meta");
        QCOMPARE(found, meta);
        QCOMPARE(found.isNull(), meta.isNull());
        const QByteArray foundLast = JsonScan::lastTopLevelMember(json, "meta");
        QCOMPARE(foundLast, last);
        QCOMPARE(foundLast.isNull(), last.isNull());
    }

    void peekedCursorIsTheParsedOne()
    {
        const QByteArray body =
            "{\"data\":[{\"key\":\"k\",\"created_at\":\"2023-01-01T00:00:00.000Z\"}],"
            "\"meta\":{\"page\":{\"size\":1,\"next\":\"/v2/x/"
            "secrets?page[size]=1&page[after]=ab%3D%3D\"}}}";
        QString peeked;
        QVERIFY(peekCursorPageNext(body, &peeked));
        PageMeta meta;
        QString error;
        QVERIFY(readCursorPageMeta(QJsonDocument::fromJson(body).object(), &meta, &error));
        QCOMPARE(peeked, meta.next);
        QCOMPARE(peeked, QStringLiteral("ab=="));

        QVERIFY(peekCursorPageNext("{\"meta\":{\"page\":{\"next\":null}},\"data\":[]}", &peeked));
        QVERIFY(peeked.isEmpty());
        QVERIFY(!peekCursorPageNext("{\"meta\":{\"page\":{\"next\":7}}}", &peeked));
        QVERIFY(!peekCursorPageNext("{\"data\":[]}", &peeked));
    }

    // Konnect's links are read without QUrl (the early cursor is on the walk);
    // whatever the link, the value is QUrl's.
    void queryValueReadsAsQUrlDoes_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *link, const char *expected) {
            QTest::newRow(link) << QString::fromUtf8(link) << QString::fromUtf8(expected);
        };
        row("/v2/cp/secrets?page%5Bsize%5D=10&page%5Bafter%5D=YWJj%3D%3D", "YWJj==");
        row("/v2/cp/secrets?page[size]=10&page[after]=a=b", "a=b");
        row("/p?page%5bafter%5d=lower", "lower");
        row("/p?page[after]", "");
        row("/p?x=1&page[after]=", "");
        row("/p?page[after]=1&page[after]=2", "1");
        row("/p?page[after]=%E2%82%AC", "€");
        row("/p?page[after]=%26%2B+", "&++");
        row("/p", "");
        row("/p?a=%zz&page[after]=x", "x");
        row("/p?page[after]=x#frag", "x");
        row("/p#frag?page[after]=x", "");
        row("/p?page[after]=sp ace", "sp ace");
        row("//host/p?page[after]=x", "x");
        row("http://[::1?page[after]=x", "x");
        row("p?page[after]=x", "x");
    }

    void queryValueReadsAsQUrlDoes()
    {
        QFETCH(QString, link);
        QFETCH(QString, expected);
        const QString name = QStringLiteral("page[after]");
        QCOMPARE(queryValueByQUrl(link, name), expected);
        QCOMPARE(queryValue(link, name), expected);
    }

    // The early cursor is read as the whole page reads it.
    void earlyCursorIsThePagesOwn_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("next");
        QTest::newRow("escaped link") << QByteArray("{\"data\":[],\"meta\":{\"page\":{\"next\":"
                                                    "\"\\/p?page%5Bafter%5D=a%2Fb\"}}}")
                                      << QStringLiteral("a/b");
        QTest::newRow("plain link") << QByteArray("{\"data\":[],\"meta\":{\"page\":{\"size\":"
                                                  "10,\"next\":\"/p?page%5Bafter%5D=a%2Fb\"}}}")
                                    << QStringLiteral("a/b");
        QTest::newRow("last page")
            << QByteArray("{\"data\":[],\"meta\":{\"page\":{\"next\":null}}}") << QString();
        QTest::newRow("non-ASCII") << QByteArray("{\"data\":[],\"meta\":{\"page\":{\"next\":"
                                                 "\"/p?page[after]=\xc3\xa9\"}}}")
                                   << QStringLiteral("é");
    }

    void earlyCursorIsThePagesOwn()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, next);
        QString peeked = QStringLiteral("unset");
        QVERIFY(peekCursorPageNext(body, &peeked));
        QCOMPARE(peeked, next);
        Page<ConfigStoreSecret> page;
        QVERIFY(SecretsPageReader::read(body, &page));
        QCOMPARE(page.next, next);
    }

    void timestampsAreReadAsQtReadsThem_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text :
             {"2023-01-01T00:00:00.000Z", "2024-02-29T23:59:59.999Z", "1970-01-01T00:00:00Z",
              "2023-02-29T00:00:00.000Z", "2023-13-01T00:00:00.000Z", "2023-01-01T24:00:00.000Z",
              "2023-01-01T23:60:00Z", "2023-01-01T00:00:60Z", "2023-01-01T12:30:00.5Z",
              "2023-01-01T12:30:00+02:00", "2023-01-01T12:30:00", "2023-01-01 12:30:00Z",
              "2023-01-0xT00:00:00Z", "yesterday", "0000-01-01T00:00:00Z"})
            QTest::newRow(text) << QString::fromLatin1(text);
    }

    void timestampsAreReadAsQtReadsThem()
    {
        QFETCH(QString, text);
        QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!qt.isValid())
            qt = QDateTime::fromString(text, Qt::ISODate);
        const QDateTime ours = JsonReader::parseUtcTimestamp(text);
        QCOMPARE(ours.isValid(), qt.isValid());
        if (qt.isValid()) {
            QCOMPARE(ours, qt);
            QCOMPARE(ours.timeSpec(), qt.timeSpec());
            QCOMPARE(ours.offsetFromUtc(), qt.offsetFromUtc());
        }
        // The same from the Latin-1 bytes of a page (SecretsPageReader).
        const QByteArray latin1 = text.toLatin1();
        const QDateTime fromBytes = JsonReader::parseUtcTimestamp(QLatin1String(latin1));
        QCOMPARE(fromBytes.isValid(), qt.isValid());
        if (qt.isValid()) {
            QCOMPARE(fromBytes, qt);
            QCOMPARE(fromBytes.timeSpec(), qt.timeSpec());
        }
    }

    void sandboxPagesAreReadWithoutADocument()
    {
        QString cp;
        const QString store = scaleStore(150, &cp);
        QVERIFY(!store.isEmpty());
        std::optional<ApiResponse> raw;
        env.client.listConfigStoreSecretsRaw(
            cp, store, PageRequest{}, this,
            [&](const ApiResponse &response, const ApiError &error) {
                QVERIFY2(!error.isError(), qPrintable(error.fullDescription()));
                raw = response;
            });
        QTRY_VERIFY(raw.has_value());
        Awaited<Page<ConfigStoreSecret>> viaDocument;
        env.client.listConfigStoreSecrets(cp, store, PageRequest{}, this, viaDocument.callback());
        AWAIT_OK(viaDocument);

        Page<ConfigStoreSecret> fast;
        QVERIFY(SecretsPageReader::read(raw->body, &fast)); // the sandbox writes as Konnect does
        const Page<ConfigStoreSecret> &expected = viaDocument.value();
        QCOMPARE(fast.next, expected.next);
        QCOMPARE(fast.items.size(), expected.items.size());
        for (qsizetype i = 0; i < fast.items.size(); ++i) {
            QCOMPARE(fast.items.at(i).key, expected.items.at(i).key);
            QCOMPARE(fast.items.at(i).createdAt, expected.items.at(i).createdAt);
            QCOMPARE(fast.items.at(i).updatedAt, expected.items.at(i).updatedAt);
        }
    }

    void unusualPagesFallBackToTheDocument_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("key");
        const QByteArray meta = ",\"meta\":{\"page\":{\"next\":null}}}";
        QTest::newRow("escape") << "{\"data\":[{\"key\":\"a\\u0062\"}]" + meta << "ab";
        QTest::newRow("non-ASCII")
            << "{\"data\":[{\"key\":\"caf\xc3\xa9\"}]" + meta << QStringLiteral("caf\u00e9");
        QTest::newRow("unknown member") << "{\"data\":[{\"key\":\"a\",\"tags\":[1]}]" + meta << "a";
        QTest::newRow("null date")
            << "{\"data\":[{\"key\":\"a\",\"created_at\":null}]" + meta << "a";
        QTest::newRow("extra top-level member")
            << "{\"data\":[{\"key\":\"a\"}],\"x\":1" + meta << "a";
    }

    void unusualPagesFallBackToTheDocument()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, key);
        Page<ConfigStoreSecret> fast;
        QVERIFY(!SecretsPageReader::read(body, &fast));
        ApiResponse raw;
        raw.status = 200;
        raw.body = body;
        const auto parsed = KonnectClient::parseConfigStoreSecretsPage(raw);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().fullDescription()));
        QCOMPARE(parsed.value().items.size(), 1);
        QCOMPARE(parsed.value().items.constFirst().key, key);
        // What the document refuses stays refused, with the reason.
        raw.body = "{\"data\":[{\"kee\":\"a\"}]" + body.mid(body.indexOf(",\"meta\""));
        QVERIFY(!KonnectClient::parseConfigStoreSecretsPage(raw).ok());
    }

    void nextPageLeavesBeforeThePageIsHandedOver()
    {
        QString cp;
        const QString store = scaleStore(250, &cp);
        QVERIFY(!store.isEmpty());
        QList<int> requestsRunningAtPage; // ApiCalls of the client that are still running
        int keys = 0;
        std::optional<ApiError> done;
        env.client.fetchAllConfigStoreSecrets(
            cp, store, this,
            [&](const QList<ConfigStoreSecret> &items) {
                keys += int(items.size());
                int running = 0;
                const auto calls = env.client.findChildren<ApiCall *>();
                for (const ApiCall *call : calls)
                    running += call->isRunning() ? 1 : 0;
                requestsRunningAtPage.append(running);
            },
            [&](const ApiError &error) { done = error; });
        QTRY_VERIFY(done.has_value());
        QVERIFY2(!done->isError(), qPrintable(done->fullDescription()));
        QCOMPARE(keys, 250);
        // Pages 1 and 2: the request for the following page is out already; page 3 is the last.
        QCOMPARE(requestsRunningAtPage, (QList<int>{1, 1, 0}));
    }

    void theParseOverrulesAWrongEarlyCursor()
    {
        // A step that reports "B" early, then finds "C" in the whole page.
        QStringList asked;
        QList<QPointer<ApiCall>> calls;
        auto step = [&](const QString &cursor, QObject *context, FetchAll::Early early,
                        FetchAll::Done done) {
            asked.append(cursor);
            auto *call =
                new ApiCall(&env.network, ApiRequest{}, QNetworkRequest(), RetryPolicy(), context);
            calls.append(call);
            QTimer::singleShot(0, call, [call, cursor, early, done] {
                if (!call->isRunning())
                    return; // cancelled: a real call never answers then
                if (cursor.isEmpty()) {
                    early(QStringLiteral("B"));
                    done(ApiError(), QStringLiteral("C"));
                } else {
                    done(ApiError(), QString()); // the last page
                }
            });
            return call;
        };
        auto *fetch = new FetchAll(step, this);
        QSignalSpy finished(fetch, &FetchAll::finished);
        fetch->start();
        QVERIFY(finished.wait());
        QCOMPARE(asked, (QStringList{QString(), QStringLiteral("B"), QStringLiteral("C")}));
        QVERIFY(calls.at(1).isNull() || !calls.at(1)->isRunning()); // "B" was cancelled
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.constFirst().constFirst().value<ApiError>().isError());
    }

    void streamDeliversEveryPageInOrder()
    {
        QString cp;
        const QString store = scaleStore(450, &cp);
        QVERIFY(!store.isEmpty());
        SecretStream stream(&env.client);
        QStringList keys;
        QList<quint64> ids;
        connect(&stream, &SecretStream::page, this,
                [&](quint64 id, const QList<ConfigStoreSecret> &items) {
                    ids.append(id);
                    for (const ConfigStoreSecret &secret : items)
                        keys.append(secret.key);
                });
        QSignalSpy finished(&stream, &SecretStream::finished);
        const quint64 id = stream.start(cp, store);
        QVERIFY(stream.isRunning());
        QVERIFY(finished.wait(20000));
        QVERIFY(!stream.isRunning());
        QCOMPARE(finished.constFirst().constFirst().toULongLong(), id);
        QVERIFY(!finished.constFirst().at(1).value<ApiError>().isError());
        QCOMPARE(keys.size(), 450);
        QStringList sorted = keys;
        sorted.sort();
        QCOMPARE(keys, sorted); // the sandbox's order, page after page
        QCOMPARE(ids, QList<quint64>(5, id));
    }

    void streamFollowsTheParseWhereTheEarlyReadFails_data()
    {
        QTest::addColumn<QByteArray>("firstPage");
        QTest::addColumn<bool>("wrongAsked"); // the early read went the wrong way
        // The early read finds no "meta" (its key is escaped): the parse finds the way on.
        QTest::newRow("escaped meta key")
            << "{\"data\":[" + secretJson("a") +
                   "],\"m\\u0065ta\":{\"page\":{\"next\":" + nextLink("p2") + "}}}"
            << false;
        // Two "meta" members, neither of them last: the early read takes the first,
        // the parse the last (Qt's rule), so the page asked for early is the wrong
        // one and must not show up.
        QTest::newRow("two metas")
            << "{\"meta\":{\"page\":{\"next\":" + nextLink("wrong") + "}},\"data\":[" +
                   secretJson("a") + "],\"meta\":{\"page\":{\"next\":" + nextLink("p2") +
                   "}},\"x\":1}"
            << true;
        // The same with the second one last: read from the end, as the parse reads it.
        QTest::newRow("two metas, one last")
            << "{\"meta\":{\"page\":{\"next\":" + nextLink("wrong") + "}},\"data\":[" +
                   secretJson("a") + "],\"meta\":{\"page\":{\"next\":" + nextLink("p2") + "}}}"
            << false;
    }

    void streamFollowsTheParseWhereTheEarlyReadFails()
    {
        QFETCH(QByteArray, firstPage);
        QFETCH(bool, wrongAsked);
        CannedServer server;
        QVERIFY(server.isListening());
        server.pages.insert(QString(), firstPage);
        server.pages.insert(QStringLiteral("wrong"), "{\"data\":[" + secretJson("WRONG") +
                                                         "],\"meta\":{\"page\":{\"next\":null}}}");
        server.pages.insert(QStringLiteral("p2"), "{\"data\":[" + secretJson("b") +
                                                      "],\"meta\":{\"page\":{\"next\":null}}}");
        QNetworkAccessManager network;
        KonnectClient client(&network);
        pointAt(&client, server.serverPort());
        SecretStream stream(&client);
        QStringList keys;
        connect(&stream, &SecretStream::page, this,
                [&](quint64, const QList<ConfigStoreSecret> &items) {
                    for (const ConfigStoreSecret &secret : items)
                        keys.append(secret.key);
                });
        QSignalSpy finished(&stream, &SecretStream::finished);
        stream.start(QStringLiteral("cp"), QStringLiteral("store"));
        QVERIFY(finished.wait(20000));
        QVERIFY2(!finished.constFirst().at(1).value<ApiError>().isError(),
                 qPrintable(finished.constFirst().at(1).value<ApiError>().fullDescription()));
        QCOMPARE(keys, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(server.asked.contains(QStringLiteral("p2")));
        QCOMPARE(server.asked.contains(QStringLiteral("wrong")), wrongAsked);
    }

    // Closing the window mid-load destroys the stream while a request is in
    // flight: its call aborts the reply, which needs the stream thread's network
    // access manager (destroyed first, as the older child, it crashed whenever
    // the thread quit before the stream's cancel reached it: a race, so the
    // test tries a few times, and ASan sees a use after free at once).
    void destroyedWhileARequestIsInFlight()
    {
        QTcpServer silent; // reads the request, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QByteArray received;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, socket,
                        [&, socket] { received += socket->readAll(); });
        });
        QNetworkAccessManager network;
        KonnectClient client(&network);
        pointAt(&client, silent.serverPort());
        for (int round = 0; round < 20; ++round) {
            received.clear();
            auto stream = std::make_unique<SecretStream>(&client);
            stream->start(QStringLiteral("cp"), QStringLiteral("store"));
            QTRY_VERIFY(received.contains("\r\n\r\n"));
            stream.reset(); // the test passes by not crashing
        }
    }

    void aNewerStartOrACancelSilencesTheOldStream()
    {
        QString cp;
        const QString store = scaleStore(300, &cp);
        QVERIFY(!store.isEmpty());
        env.sandbox.setLatency(30); // so that the first stream is still running
        SecretStream stream(&env.client);
        QList<quint64> pageIds;
        connect(&stream, &SecretStream::page, this,
                [&](quint64 id, const QList<ConfigStoreSecret> &) { pageIds.append(id); });
        QSignalSpy finished(&stream, &SecretStream::finished);
        const quint64 first = stream.start(cp, store);
        const quint64 second = stream.start(cp, store);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().constFirst().toULongLong(), second);
        QVERIFY(!pageIds.contains(first));
        QCOMPARE(pageIds.size(), 3);

        pageIds.clear();
        stream.start(cp, store);
        QTRY_VERIFY(!pageIds.isEmpty());
        stream.cancel();
        QVERIFY(!stream.isRunning());
        const int pagesAtCancel = int(pageIds.size());
        // Nothing more arrives: give the cancelled stream the time it would have needed.
        QVERIFY(!finished.wait(500));
        QCOMPARE(pageIds.size(), pagesAtCancel);
        env.sandbox.setLatency(0);
    }

    void streamUsesTheClientsSettingsAndReportsErrors()
    {
        QString cp;
        const QString store = scaleStore(10, &cp);
        QVERIFY(!store.isEmpty());
        SecretStream stream(&env.client);
        QSignalSpy finished(&stream, &SecretStream::finished);
        env.client.setToken(QStringLiteral("kpat_") +
                            QString(49, QLatin1Char('x'))); // not the sandbox's
        stream.start(cp, store);
        QVERIFY(finished.wait(20000));
        env.client.setToken(env.sandbox.token());
        QCOMPARE(finished.constFirst().at(1).value<ApiError>().httpStatus(), 401);
        // The token is taken when a stream starts: the next one signs in.
        finished.clear();
        stream.start(cp, store);
        QVERIFY(finished.wait(20000));
        QVERIFY(!finished.constFirst().at(1).value<ApiError>().isError());
    }
};

QTEST_GUILESS_MAIN(TestPageStream)
#include "tst_pagestream.moc"
