// KeychainTokenStore when there is no Secret Service: it must end, within its
// timeout, with an error a person can act on. Each case points the session bus
// at something of the test's own, so the developer's keyring is never touched.
//   noSessionBus     DBUS_SESSION_BUS_ADDRESS names a socket that does not exist
//   silentSessionBus a socket that accepts the connection and never answers: the
//                    keychain job hangs and only the store's timeout ends it
// The silent case must run last: QtKeychain runs jobs one at a time, and the hung
// job holds its queue for the rest of the process.
#include "KeychainTokenStore.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

#include <qt6keychain/keychain.h>

class TestKeychainNoBackend : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QString m_profileId = QStringLiteral("6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b");
    const QString m_token =
        QStringLiteral("kpat_CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC");

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qunsetenv("DISPLAY"); // no X11 autolaunch of a bus either
        qunsetenv("WAYLAND_DISPLAY");
    }

    // QtKeychain's codes and texts (libsecret, D-Bus) as the kinds the UI branches on.
    void classify_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("text");
        QTest::addColumn<TokenStoreError::Kind>("kind");
        using K = TokenStoreError::Kind;
        QTest::newRow("ok") << int(QKeychain::NoError) << QString() << K::None;
        QTest::newRow("not found is not an error")
            << int(QKeychain::EntryNotFound) << QStringLiteral("Entry not found") << K::None;
        QTest::newRow("no backend")
            << int(QKeychain::NoBackendAvailable) << QString() << K::NoBackend;
        QTest::newRow("no bus") << int(QKeychain::OtherError)
                                << QStringLiteral("Could not connect: No such file or directory")
                                << K::NoBackend;
        QTest::newRow("no service")
            << int(QKeychain::OtherError)
            << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service "
                              "files")
            << K::NoBackend;
        QTest::newRow("locked") << int(QKeychain::AccessDenied)
                                << QStringLiteral("Cannot create an item in a locked collection")
                                << K::Locked;
        QTest::newRow("denied by user")
            << int(QKeychain::AccessDeniedByUser) << QStringLiteral("Denied") << K::AccessDenied;
        QTest::newRow("denied") << int(QKeychain::AccessDenied) << QStringLiteral("Not allowed")
                                << K::AccessDenied;
        QTest::newRow("prompt dismissed")
            << int(QKeychain::OtherError) << QStringLiteral("The prompt was dismissed")
            << K::Locked;
        QTest::newRow("other") << int(QKeychain::OtherError) << QStringLiteral("Something odd")
                               << K::Other;
    }

    void classify()
    {
        QFETCH(int, code);
        QFETCH(QString, text);
        QFETCH(TokenStoreError::Kind, kind);
        const TokenStoreError error = KeychainTokenStore::classify(code, text);
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.message.isEmpty(), kind == TokenStoreError::Kind::None);
    }

    void noSessionBus()
    {
        const QByteArray address =
            "unix:path=" + QFile::encodeName(m_dir.filePath(QStringLiteral("no-such-bus")));
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);

        // A timeout longer than any wait here: every answer below comes from
        // the missing bus itself, promptly, never from the timeout.
        KeychainTokenStore store;
        store.setTimeout(600000);

        std::optional<TokenStoreError> writeError;
        store.write(m_profileId, m_token, this,
                    [&writeError](const TokenStoreError &e) { writeError = e; });
        QTRY_VERIFY_WITH_TIMEOUT(writeError.has_value(), 15000);
        QVERIFY(writeError->isError());
        // A clear, actionable message, whatever the kind QtKeychain's text maps to.
        QVERIFY2(writeError->kind == TokenStoreError::Kind::NoBackend,
                 qPrintable(TokenStoreError::kindName(writeError->kind) + QLatin1Char(' ') +
                            writeError->detail));
        QVERIFY2(writeError->message.startsWith(QLatin1String("No Secret Service is running")),
                 qPrintable(writeError->message));
        QVERIFY(writeError->message.contains(QLatin1String("this session only")));
        QVERIFY(!writeError->message.contains(m_token));

        std::optional<TokenReadResult> readResult;
        store.read(m_profileId, this, [&readResult](const TokenReadResult &r) { readResult = r; });
        QTRY_VERIFY_WITH_TIMEOUT(readResult.has_value(), 15000);
        QCOMPARE(readResult->status, TokenReadResult::Status::Failed); // not "not found"
        QCOMPARE(readResult->error.kind, TokenStoreError::Kind::NoBackend);

        std::optional<TokenStoreError> removeError;
        store.remove(m_profileId, this,
                     [&removeError](const TokenStoreError &e) { removeError = e; });
        QTRY_VERIFY_WITH_TIMEOUT(removeError.has_value(), 15000);
        QCOMPARE(removeError->kind, TokenStoreError::Kind::NoBackend);
    }

    void silentSessionBus()
    {
        QLocalServer silent; // accepts, never speaks D-Bus
        const QString path = m_dir.filePath(QStringLiteral("silent-bus"));
        QVERIFY(silent.listen(path));
        QList<QLocalSocket *> held; // keep accepted connections open
        connect(&silent, &QLocalServer::newConnection, this, [&silent, &held] {
            while (QLocalSocket *socket = silent.nextPendingConnection())
                held.append(socket);
        });
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(path));

        KeychainTokenStore store;
        QCOMPARE(store.timeout(), 10000); // the documented default
        QElapsedTimer elapsed;
        elapsed.start();
        std::optional<TokenStoreError> writeError;
        store.write(m_profileId, m_token, this,
                    [&writeError](const TokenStoreError &e) { writeError = e; });
        QVERIFY(!writeError.has_value()); // the UI thread is free meanwhile
        QTRY_VERIFY_WITH_TIMEOUT(writeError.has_value(), 20000);
        // Not before the timeout (a precise timer never fires early); how late
        // is the machine's business. The kind shows it was the timeout.
        const qint64 ms = elapsed.elapsed();
        QVERIFY2(ms >= 9900, qPrintable(QString::number(ms)));
        QCOMPARE(writeError->kind, TokenStoreError::Kind::Timeout);
        QVERIFY2(writeError->message.contains(QLatin1String("did not answer within 10 seconds")),
                 qPrintable(writeError->message));
        QVERIFY(writeError->message.contains(QLatin1String("this session only")));
    }
};

QTEST_GUILESS_MAIN(TestKeychainNoBackend)
#include "tst_keychain_nobackend.moc"
