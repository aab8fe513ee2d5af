// SignInCheck against the in-process sandbox over loopback HTTP.
#include "ApiTestEnvironment.h"
#include "SignInCheck.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

class TestSignInCheck : public QObject
{
    Q_OBJECT

    ApiTestEnvironment m_env;

    std::unique_ptr<SignInCheck> makeCheck()
    {
        auto check = std::make_unique<SignInCheck>(&m_env.network);
        RetryPolicy fast = ApiTestEnvironment::fastRetries();
        fast.maxAttempts = 2;
        check->setRetryPolicy(fast);
        return check;
    }

private slots:
    void initTestCase() { QVERIFY(m_env.start()); }
    void init() { m_env.sandbox.clearRequests(); }

    void personalTokenSignsIn()
    {
        auto check = makeCheck();
        QSignalSpy succeeded(check.get(), &SignInCheck::succeeded);
        QSignalSpy failed(check.get(), &SignInCheck::failed);
        check->start(m_env.endpoint(), m_env.sandbox.token());
        QVERIFY(check->isRunning());
        QVERIFY(succeeded.wait(20000));
        QCOMPARE(failed.count(), 0);
        QVERIFY(!check->isRunning());
        const auto identity = succeeded.constFirst().constFirst().value<SignInIdentity>();
        QCOMPARE(identity.summary(), QStringLiteral("Signed in as Ada Lovelace (Example Org)"));
        QCOMPARE(identity.user.email, QStringLiteral("ada@example.org"));
        QCOMPARE(identity.organization.name, QStringLiteral("Example Org"));
        QCOMPARE(m_env.countRequests(QStringLiteral("GET"), QStringLiteral("/users/me")), 1);
        QCOMPARE(m_env.countRequests(QStringLiteral("GET"), QStringLiteral("/organizations/me")),
                 1);
    }

    void pastedWhitespaceIsTrimmed()
    {
        auto check = makeCheck();
        QSignalSpy succeeded(check.get(), &SignInCheck::succeeded);
        check->start(m_env.endpoint(),
                     QStringLiteral("  ") + m_env.sandbox.token() + QStringLiteral("\n"));
        QVERIFY(succeeded.wait(20000));
    }

    void rejectedToken()
    {
        auto check = makeCheck();
        QSignalSpy succeeded(check.get(), &SignInCheck::succeeded);
        QSignalSpy failed(check.get(), &SignInCheck::failed);
        check->start(m_env.endpoint(), Sandbox::SandboxServer::randomToken()); // well formed
        QVERIFY(failed.wait(20000));
        QCOMPARE(succeeded.count(), 0);
        const QString message = failed.constFirst().at(0).toString();
        QVERIFY2(message.startsWith(QLatin1String("The token was rejected")), qPrintable(message));
        QCOMPARE(failed.constFirst().at(1).value<ApiError>().httpStatus(), 401);
    }

    void systemAccountTokenAsksOnlyForTheOrganization()
    {
        // The sandbox accepts one token; make it a system account token for this test.
        const QString personal = m_env.sandbox.token();
        const QString system = QStringLiteral("spat_") + personal.mid(5);
        m_env.sandbox.setToken(system);
        auto check = makeCheck();
        QSignalSpy succeeded(check.get(), &SignInCheck::succeeded);
        check->start(m_env.endpoint(), system);
        const bool ok = succeeded.wait(20000);
        m_env.sandbox.setToken(personal);
        QVERIFY(ok);
        QCOMPARE(succeeded.constFirst().constFirst().value<SignInIdentity>().summary(),
                 QStringLiteral("Signed in with a system account token (Example Org)"));
        QCOMPARE(m_env.countRequests(QStringLiteral("GET"), QStringLiteral("/users/me")), 0);
    }

    void unreachableHost()
    {
        // A loopback port with nothing listening: reserve one, then close it.
        QTcpServer reserve;
        QVERIFY(reserve.listen(QHostAddress::LocalHost));
        const quint16 port = reserve.serverPort();
        reserve.close();
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(port);

        auto check = makeCheck();
        QSignalSpy failed(check.get(), &SignInCheck::failed);
        check->start(KonnectEndpoint::forCustomUrl(url), m_env.sandbox.token());
        QVERIFY(failed.wait(20000));
        const QString message = failed.constFirst().at(0).toString();
        QVERIFY2(message.startsWith(QLatin1String("Cannot reach the host")), qPrintable(message));
    }

    void malformedTokenFailsWithoutARequest()
    {
        auto check = makeCheck();
        QSignalSpy failed(check.get(), &SignInCheck::failed);
        check->start(m_env.endpoint(), QStringLiteral("not-a-token"));
        QCOMPARE(failed.count(), 0); // never inside start()
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.constFirst().at(0).toString().contains(QLatin1String("kpat_")));
        QCOMPARE(m_env.sandbox.requests().size(), 0);
    }

    void cancelledCheckSaysNothing()
    {
        m_env.sandbox.setLatency(300);
        auto check = makeCheck();
        QSignalSpy succeeded(check.get(), &SignInCheck::succeeded);
        QSignalSpy failed(check.get(), &SignInCheck::failed);
        QSignalSpy running(check.get(), &SignInCheck::runningChanged);
        check->start(m_env.endpoint(), m_env.sandbox.token());
        check->cancel();
        QVERIFY(!check->isRunning());
        QCOMPARE(running.count(), 2); // true, then false
        // A later check on the same object finishes; the cancelled one never reports.
        check->start(m_env.endpoint(), m_env.sandbox.token());
        QVERIFY(succeeded.wait(20000));
        m_env.sandbox.setLatency(0);
        QCOMPARE(succeeded.count(), 1);
        QCOMPARE(failed.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSignInCheck)
#include "tst_signincheck.moc"
