// Bad input at the client: every call refuses out-of-range lengths, invalid
// prefixes, empty required fields, NUL characters and unusable URLs before a
// byte is sent, with a message that names the field and the rule. The sandbox
// must record no request at all.
#include "ApiTestEnvironment.h"
#include "SandboxSeed.h"
#include "Validation.h"

#include <QNetworkProxy>
#include <QTcpServer>
#include <QTcpSocket>

namespace {

using Done = std::function<void(const ApiError &)>;
using Call =
    std::function<void(KonnectClient &, const QString &cp, const QString &store, QObject *, Done)>;

template<typename T>
ApiCallback<T> report(Done done)
{
    return [done](const ApiResult<T> &result) { done(result.error()); };
}

Vault vaultWith(const QString &name, const QString &prefix)
{
    Vault vault;
    vault.name = name;
    vault.prefix = prefix;
    return vault;
}

QString emoji(int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QStringLiteral("\U0001F511"); // two UTF-16 units, one code point
    return text;
}

// A loopback listener used as a client's proxy: every connection the client
// opens, to any host, arrives here (and is closed).
struct ConnectionTrap
{
    QTcpServer server;
    int connections = 0;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost)
    {
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                ++connections;
                socket->close();
                socket->deleteLater();
            }
        });
        return server.listen(address);
    }
    QNetworkProxy proxy() const
    {
        return QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"),
                             server.serverPort());
    }
};

} // namespace

Q_DECLARE_METATYPE(Call)

class TestBadInput : public QObject
{
    Q_OBJECT

    ApiTestEnvironment env;
    QString cp;
    QString store;

private slots:
    void initTestCase()
    {
        QVERIFY(env.start());
        cp = QString::fromLatin1(Sandbox::SeedIds::PaymentsControlPlane);
        store = QString::fromLatin1(Sandbox::SeedIds::PaymentsStore);
    }

    void init() { env.sandbox.clearRequests(); }

    void refusedBeforeSending_data()
    {
        QTest::addColumn<Call>("call");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("says"); // what the message must name

        auto createStore = [](const QString &name) -> Call {
            return [name](KonnectClient &c, const QString &cp, const QString &, QObject *o,
                          Done d) { c.createConfigStore(cp, name, o, report<ConfigStore>(d)); };
        };
        auto renameStore = [](const QString &name) -> Call {
            return
                [name](KonnectClient &c, const QString &cp, const QString &store, QObject *o,
                       Done d) { c.updateConfigStore(cp, store, name, o, report<ConfigStore>(d)); };
        };
        auto createSecret = [](const QString &key, const QString &value) -> Call {
            return [key, value](KonnectClient &c, const QString &cp, const QString &store,
                                QObject *o, Done d) {
                c.createConfigStoreSecret(cp, store, key, value, o, report<ConfigStoreSecret>(d));
            };
        };
        auto rotateSecret = [](const QString &key, const QString &value) -> Call {
            return [key, value](KonnectClient &c, const QString &cp, const QString &store,
                                QObject *o, Done d) {
                c.updateConfigStoreSecret(cp, store, key, value, o, report<ConfigStoreSecret>(d));
            };
        };
        auto getSecret = [](const QString &key) -> Call {
            return [key](KonnectClient &c, const QString &cp, const QString &store, QObject *o,
                         Done d) {
                c.getConfigStoreSecret(cp, store, key, o, report<ConfigStoreSecret>(d));
            };
        };
        auto deleteSecret = [](const QString &key) -> Call {
            return [key](KonnectClient &c, const QString &cp, const QString &store, QObject *o,
                         Done d) {
                c.deleteConfigStoreSecret(cp, store, key, o, report<NoContent>(d));
            };
        };
        // A store id that is a dot-segment, caught where the URL is built.
        auto storeIdOfDots = []() -> Call {
            return [](KonnectClient &c, const QString &cp, const QString &, QObject *o, Done d) {
                c.deleteConfigStoreSecret(cp, QStringLiteral(".."), QStringLiteral("k"), o,
                                          report<NoContent>(d));
            };
        };
        auto createVault = [](const Vault &vault) -> Call {
            return [vault](KonnectClient &c, const QString &cp, const QString &, QObject *o,
                           Done d) { c.createVault(cp, vault, o, report<Vault>(d)); };
        };
        auto upsertVault = [](const Vault &vault) -> Call {
            return
                [vault](KonnectClient &c, const QString &cp, const QString &, QObject *o, Done d) {
                    c.upsertVault(cp, QStringLiteral("env-vars"), vault, o, report<Vault>(d));
                };
        };
        const QString nul = QStringLiteral("made-up") + QChar(u'\0') + QStringLiteral("value");

        QTest::newRow("store name empty") << createStore(QString()) << "name"
                                          << "min_length"
                                          << "at least 1 character";
        QTest::newRow("store name 101 characters")
            << createStore(QString(101, QLatin1Char('s'))) << "name"
            << "max_length"
            << "more than 100 characters (it has 101)";
        QTest::newRow("store name 101 code points") << createStore(emoji(101)) << "name"
                                                    << "max_length"
                                                    << "more than 100 characters (it has 101)";
        QTest::newRow("rename to empty") << renameStore(QString()) << "name"
                                         << "min_length"
                                         << "at least 1 character";
        QTest::newRow("rename to 101 characters")
            << renameStore(QString(101, QLatin1Char('s'))) << "name"
            << "max_length"
            << "more than 100";
        QTest::newRow("secret key empty") << createSecret(QString(), QStringLiteral("v")) << "key"
                                          << "min_length"
                                          << "at least 1 character";
        QTest::newRow("secret key 513 characters")
            << createSecret(QString(513, QLatin1Char('k')), QStringLiteral("v")) << "key"
            << "max_length"
            << "more than 512 characters (it has 513)";
        QTest::newRow("secret value empty")
            << createSecret(QStringLiteral("k"), QString()) << "value"
            << "min_length"
            << "at least 1 character";
        QTest::newRow("secret value 5121 characters")
            << createSecret(QStringLiteral("k"), QString(5121, QLatin1Char('v'))) << "value"
            << "max_length"
            << "more than 5120 characters (it has 5121)";
        QTest::newRow("secret value 5121 code points")
            << createSecret(QStringLiteral("k"), emoji(5121)) << "value"
            << "max_length"
            << "(it has 5121)";
        QTest::newRow("secret value with NUL") << createSecret(QStringLiteral("k"), nul) << "value"
                                               << "no_nul"
                                               << "NUL";
        QTest::newRow("rotate to empty")
            << rotateSecret(QStringLiteral("redis/password"), QString()) << "value"
            << "min_length"
            << "at least 1 character";
        QTest::newRow("rotate to 5121 characters")
            << rotateSecret(QStringLiteral("redis/password"), QString(5121, QLatin1Char('v')))
            << "value"
            << "max_length"
            << "more than 5120";
        QTest::newRow("rotate to a value with NUL")
            << rotateSecret(QStringLiteral("redis/password"), nul) << "value"
            << "no_nul"
            << "NUL";
        QTest::newRow("rotate an empty key")
            << rotateSecret(QString(), QStringLiteral("v")) << "key"
            << "min_length"
            << "at least 1 character";
        // "." and ".." are dot-segments in the secret's URL: "delete .." would be
        // DELETE .../config-stores/{id}/ (the store), a PUT of ".." would land
        // on the store resource.
        for (const QString &dots : {QStringLiteral("."), QStringLiteral("..")}) {
            const QByteArray name = dots.toLatin1();
            QTest::newRow(QByteArray("create key " + name).constData())
                << createSecret(dots, QStringLiteral("v")) << "key"
                << "path_segment"
                << "“.” or “..”";
            QTest::newRow(QByteArray("rotate key " + name).constData())
                << rotateSecret(dots, QStringLiteral("v")) << "key"
                << "path_segment"
                << "“.” or “..”";
            QTest::newRow(QByteArray("get key " + name).constData()) << getSecret(dots) << "key"
                                                                     << "path_segment"
                                                                     << "“.” or “..”";
            QTest::newRow(QByteArray("delete key " + name).constData())
                << deleteSecret(dots) << "key"
                << "path_segment"
                << "“.” or “..”";
        }
        QTest::newRow("delete an empty key") << deleteSecret(QString()) << "key"
                                             << "min_length"
                                             << "at least 1 character";
        QTest::newRow("a store id of ..") << storeIdOfDots() << "path"
                                          << "path_segment"
                                          << "“.” or “..”";
        QTest::newRow("vault without backend")
            << createVault(vaultWith(QString(), QStringLiteral("ok-prefix"))) << "name"
            << "required"
            << "is required";
        QTest::newRow("vault without prefix")
            << createVault(vaultWith(QStringLiteral("env"), QString())) << "prefix"
            << "required"
            << "is required";
        QTest::newRow("vault prefix with capitals")
            << createVault(vaultWith(QStringLiteral("env"), QStringLiteral("Payments"))) << "prefix"
            << "matches_regex"
            << "lowercase";
        QTest::newRow("vault prefix with underscore")
            << createVault(vaultWith(QStringLiteral("env"), QStringLiteral("pay_ments")))
            << "prefix"
            << "matches_regex"
            << "lowercase";
        QTest::newRow("vault prefix of one letter")
            << createVault(vaultWith(QStringLiteral("env"), QStringLiteral("p"))) << "prefix"
            << "matches_regex"
            << "end with a letter or digit";
        QTest::newRow("vault prefix starting with a digit")
            << createVault(vaultWith(QStringLiteral("env"), QStringLiteral("1pay"))) << "prefix"
            << "matches_regex"
            << "start with a lowercase letter";
        QTest::newRow("vault prefix ending with -")
            << createVault(vaultWith(QStringLiteral("env"), QStringLiteral("pay-"))) << "prefix"
            << "matches_regex"
            << "end with a letter or digit";
        QTest::newRow("vault prefix is a backend name")
            << createVault(vaultWith(QStringLiteral("env"), QStringLiteral("aws"))) << "prefix"
            << "invalid"
            << "name of a vault backend (aws)";
        QTest::newRow("upsert with a bad prefix")
            << upsertVault(vaultWith(QStringLiteral("env"), QStringLiteral("Env Vars"))) << "prefix"
            << "matches_regex"
            << "lowercase";
        QTest::newRow("upsert without backend")
            << upsertVault(vaultWith(QString(), QStringLiteral("env-vars"))) << "name"
            << "required"
            << "is required";
    }

    void refusedBeforeSending()
    {
        QFETCH(Call, call);
        QFETCH(QString, field);
        QFETCH(QString, rule);
        QFETCH(QString, says);
        std::optional<ApiError> outcome;
        call(env.client, cp, store, this, [&outcome](const ApiError &e) { outcome = e; });
        QVERIFY(!outcome.has_value()); // the answer comes from the event loop, as always
        QTRY_VERIFY(outcome.has_value());
        QCOMPARE(outcome->kind(), ApiError::Kind::Validation);
        QCOMPARE(outcome->attempts(), 0);
        const auto parameters = outcome->invalidParameters();
        QVERIFY(!parameters.isEmpty());
        QCOMPARE(parameters.constFirst().field, field);
        QCOMPARE(parameters.constFirst().rule, rule);
        const QString message = outcome->message();
        QVERIFY2(message.startsWith(QLatin1String("Nothing was sent")), qPrintable(message));
        QVERIFY2(message.contains(field + QLatin1Char(' ')), qPrintable(message));
        QVERIFY2(message.contains(says), qPrintable(message));
        // Nothing reached the server, not even a request that would be refused there.
        QTest::qWait(50);
        QCOMPARE(env.sandbox.requests().size(), 0);
    }

    // The limits themselves are accepted (and really sent): the rules are not off by one.
    void limitsAreAccepted()
    {
        Awaited<ConfigStore> created;
        env.client.createConfigStore(cp, emoji(100), this, created.callback());
        AWAIT_OK(created);
        Awaited<ConfigStoreSecret> secret;
        env.client.createConfigStoreSecret(cp, store, QString(512, QLatin1Char('k')), emoji(5120),
                                           this, secret.callback());
        AWAIT_OK(secret);
        QCOMPARE(env.sandbox.secretValue(cp, store, QString(512, QLatin1Char('k'))),
                 std::optional<QString>(emoji(5120)));
        Awaited<Vault> vault;
        env.client.createVault(cp, vaultWith(QStringLiteral("env"), QStringLiteral("p1")), this,
                               vault.callback());
        AWAIT_OK(vault);
        QCOMPARE(env.sandbox.requests().size(), 3);
    }

    // Bytes from a file or the clipboard: valid UTF-8 without NUL, within the limits.
    void decodedSecretValues_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("rule"); // empty: accepted
        QTest::newRow("text") << QByteArray("made-up\nvalue\n") << QString();
        QTest::newRow("UTF-8 text") << QByteArray("p\xc3\xa4ss \xf0\x9f\x94\x91") << QString();
        QTest::newRow("invalid UTF-8") << QByteArray("made-up\xff\xfe") << "utf8";
        QTest::newRow("Latin-1 text") << QByteArray("p\xe4ss") << "utf8";
        QTest::newRow("truncated sequence") << QByteArray("key \xe2\x82") << "utf8";
        QTest::newRow("overlong encoding") << QByteArray("\xc0\xaf") << "utf8";
        QTest::newRow("NUL byte") << QByteArray("made-up\0value", 13) << "no_nul";
        QTest::newRow("a binary file") << QByteArray("\x7f"
                                                     "ELF\x02\x01\x01\0\0\0",
                                                     10)
                                       << "no_nul";
        QTest::newRow("empty file") << QByteArray() << "min_length";
        QTest::newRow("too long") << QByteArray(5121, 'v') << "max_length";
    }

    void decodedSecretValues()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, rule);
        QString value = QStringLiteral("untouched");
        const auto errors = Validation::decodeSecretValue(bytes, &value);
        if (rule.isEmpty()) {
            QVERIFY(errors.isEmpty());
            QCOMPARE(value, QString::fromUtf8(bytes));
            return;
        }
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.constFirst().rule, rule);
        QCOMPARE(errors.constFirst().field, QStringLiteral("value"));
        QVERIFY(!errors.constFirst().reason.isEmpty());
        QCOMPARE(value, QStringLiteral("untouched")); // nothing half-decoded handed back
    }

    // Custom API URLs: https anywhere; plain http only to loopback
    // (127.0.0.0/8, ::1, localhost); anything else refused with a reason.
    void customUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("refusal"); // empty: accepted
        QTest::newRow("https remote") << "https://konnect.example.com" << QString();
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080" << QString();
        QTest::newRow("http 127.0.0.2") << "http://127.0.0.2:8080" << QString();
        QTest::newRow("http 127.255.255.254") << "http://127.255.255.254" << QString();
        QTest::newRow("http [::1]") << "http://[::1]:8080" << QString();
        QTest::newRow("http localhost") << "http://localhost:8080/v2" << QString();
        QTest::newRow("http LOCALHOST") << "http://LOCALHOST" << QString();
        QTest::newRow("http remote") << "http://konnect.example.com"
                                     << "only to this computer";
        QTest::newRow("http remote IP") << "http://192.0.2.10"
                                        << "only to this computer";
        QTest::newRow("http 0.0.0.0") << "http://0.0.0.0:8080"
                                      << "only to this computer";
        QTest::newRow("http [::2]") << "http://[::2]"
                                    << "only to this computer";
        QTest::newRow("http localhost.example.com") << "http://localhost.example.com"
                                                    << "only to this computer";
        QTest::newRow("http 127.0.0.1.nip.io") << "http://127.0.0.1.nip.io"
                                               << "only to this computer";
        QTest::newRow("http 128.0.0.1") << "http://128.0.0.1"
                                        << "only to this computer";
        QTest::newRow("ftp") << "ftp://127.0.0.1"
                             << "not supported";
        QTest::newRow("file") << "file:///etc/passwd"
                              << "not a valid URL";
        QTest::newRow("no scheme") << "konnect.example.com"
                                   << "not a valid URL";
        QTest::newRow("no host") << "https://"
                                 << "not a valid URL";
        QTest::newRow("credentials") << "https://user:secret@konnect.example.com"
                                     << "credentials";
        QTest::newRow("query") << "https://konnect.example.com/?x=1"
                               << "query";
        QTest::newRow("fragment") << "https://konnect.example.com/#v2"
                                  << "fragment";
    }

    void customUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, refusal);
        QString error;
        const KonnectEndpoint endpoint = KonnectEndpoint::forCustomUrl(QUrl(url), &error);
        if (refusal.isEmpty()) {
            QVERIFY2(endpoint.isValid(), qPrintable(error));
            return;
        }
        QVERIFY(!endpoint.isValid());
        QVERIFY2(error.contains(refusal), qPrintable(error));

        // And a client pointed nowhere usable sends nothing anywhere: every
        // connection it would open goes to a trap on loopback (its proxy),
        // which sees none (the control below shows that it would).
        ConnectionTrap trap;
        QVERIFY(trap.listen());
        QNetworkAccessManager network;
        network.setProxy(trap.proxy());
        KonnectClient client(&network);
        client.setEndpoint(endpoint);
        client.setToken(env.sandbox.token());
        Awaited<Page<ControlPlane>> planes;
        client.listControlPlanes({}, {}, this, planes.callback());
        AWAIT(planes);
        QCOMPARE(planes.error().kind(), ApiError::Kind::InsecureUrl);
        QCOMPARE(planes.error().attempts(), 0);
        QVERIFY(planes.error().message().startsWith(QLatin1String("Refused to connect")));
        QTest::qWait(100); // a connection opened anyway would have reached the trap
        QCOMPARE(trap.connections, 0);
    }

    // A 3xx is an answer, never a hop: the client does not follow a redirect to
    // another host (it would carry the bearer token there), and says what came.
    void aRedirectToAnotherHostIsNotFollowed()
    {
        ConnectionTrap elsewhere; // "another host": 127.0.0.2
        QVERIFY(elsewhere.listen(QHostAddress(QStringLiteral("127.0.0.2"))));
        const QByteArray location =
            "http://127.0.0.2:" + QByteArray::number(elsewhere.server.serverPort()) +
            "/v2/control-planes";
        QTcpServer redirector;
        QByteArray received;
        connect(&redirector, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = redirector.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                received += socket->readAll();
                if (!received.contains("\r\n\r\n"))
                    return;
                socket->write("HTTP/1.1 302 Found\r\nLocation: " + location +
                              "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
        });
        QVERIFY(redirector.listen(QHostAddress::LocalHost));

        QNetworkAccessManager network;
        KonnectClient client(&network);
        client.setEndpoint(KonnectEndpoint::forCustomUrl(
            QUrl(QStringLiteral("http://127.0.0.1:%1").arg(redirector.serverPort()))));
        client.setToken(env.sandbox.token());
        Awaited<Page<ControlPlane>> planes;
        client.listControlPlanes({}, {}, this, planes.callback());
        AWAIT(planes);
        QVERIFY(received.contains("Authorization: Bearer")); // the first host got it
        QCOMPARE(planes.error().kind(), ApiError::Kind::Http);
        QCOMPARE(planes.error().httpStatus(), 302);
        QTest::qWait(100); // a followed redirect would have reached it by now
        QCOMPARE(elsewhere.connections, 0);
    }

    // The control: a usable remote URL does try to connect, through the trap.
    void theTrapSeesAConnectionToAUsableUrl()
    {
        ConnectionTrap trap;
        QVERIFY(trap.listen());
        QNetworkAccessManager network;
        network.setProxy(trap.proxy());
        KonnectClient client(&network);
        client.setEndpoint(
            KonnectEndpoint::forCustomUrl(QUrl(QStringLiteral("https://konnect.example.com"))));
        client.setToken(env.sandbox.token());
        client.listControlPlanes({}, {}, this, [](const ApiResult<Page<ControlPlane>> &) {});
        QTRY_VERIFY(trap.connections > 0);
    }

    // Defence in depth: whatever URL reaches ApiCall, plain http leaves only to loopback.
    void apiCallRefusesPlainHttpToRemoteHosts_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("http remote") << "http://konnect.example.com/v2/x" << false;
        QTest::newRow("http 10.0.0.1") << "http://10.0.0.1/v2/x" << false;
        QTest::newRow("http [::ffff:192.0.2.1]") << "http://[::ffff:192.0.2.1]/v2/x" << false;
        QTest::newRow("http 127.0.0.2") << "http://127.0.0.2:9/v2/x" << true;
    }

    void apiCallRefusesPlainHttpToRemoteHosts()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(KonnectEndpoint::checkTransportSecurity(QUrl(url)).isEmpty(), allowed);
        if (allowed)
            return;
        const ApiError error = env.bareCallError(QUrl(url));
        QCOMPARE(error.kind(), ApiError::Kind::InsecureUrl);
        QCOMPARE(error.attempts(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
