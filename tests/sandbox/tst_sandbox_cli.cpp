// The standalone konnect-sandbox executable, driven through QProcess.
#include "SandboxTestClient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <csignal>

class TestSandboxCli : public QObject
{
    Q_OBJECT

private slots:
    void servesAndStopsOnSignal_data();
    void servesAndStopsOnSignal();
    void tokenFromEnvironment();
    void generatedTokenIsPrinted();
    void scaleSeed();
    void rejectsBadArguments_data();
    void rejectsBadArguments();
    void pageSizeLimit();

private:
    // Starts the sandbox and returns its port (0 on failure).
    static quint16 start(QProcess &process, const QStringList &arguments,
                         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    static bool stop(QProcess &process, int signal);
};

quint16 TestSandboxCli::start(QProcess &process, const QStringList &arguments,
                              const QProcessEnvironment &env)
{
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(KONNECT_SANDBOX_BIN), arguments);
    static const QRegularExpression line(
        QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)\\n$"));
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (!out.contains('\n') && timer.elapsed() < 15000 &&
           process.state() != QProcess::NotRunning) {
        QSignalSpy spy(&process, &QProcess::readyReadStandardOutput);
        if (process.bytesAvailable() == 0)
            spy.wait(1000);
        out += process.readAllStandardOutput();
    }
    const auto match = line.match(QString::fromUtf8(out));
    if (!match.hasMatch()) {
        qWarning() << "unexpected output" << out << process.readAllStandardError();
        return 0;
    }
    return quint16(match.captured(1).toUInt());
}

bool TestSandboxCli::stop(QProcess &process, int signal)
{
    QSignalSpy finished(&process, &QProcess::finished);
    ::kill(pid_t(process.processId()), signal);
    return finished.wait(10000) || process.state() == QProcess::NotRunning;
}

void TestSandboxCli::servesAndStopsOnSignal_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestSandboxCli::servesAndStopsOnSignal()
{
    QFETCH(int, signal);
    const QString token = QStringLiteral("kpat_clitest0123456789");
    QProcess process;
    const quint16 port =
        start(process, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"),
                        QStringLiteral("demo"), QStringLiteral("--token"), token});
    QVERIFY(port > 0);

    QUrl base;
    base.setScheme(QStringLiteral("http"));
    base.setHost(QStringLiteral("127.0.0.1"));
    base.setPort(port);
    SandboxTestClient client(base, token);
    const TestReply reply = client.get(QStringLiteral("/v2/control-planes"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.value("meta.page.total").toInt(), 3);
    client.setToken(QStringLiteral("kpat_other"));
    QCOMPARE(client.get(QStringLiteral("/v2/control-planes")).status, 401);

    QVERIFY(stop(process, signal));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    // The log has the request line, never the token.
    const QByteArray log = process.readAllStandardError();
    QVERIFY2(log.contains("GET /v2/control-planes 200"), log.constData());
    QVERIFY(!log.contains(token.toUtf8()));
}

void TestSandboxCli::tokenFromEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KONNECT_SANDBOX_TOKEN"), QStringLiteral("kpat_fromenvironment42"));
    QProcess process;
    const quint16 port = start(process, {QStringLiteral("--port"), QStringLiteral("0")}, env);
    QVERIFY(port > 0);
    QUrl base(QStringLiteral("http://127.0.0.1"));
    base.setPort(port);
    SandboxTestClient client(base, QStringLiteral("kpat_fromenvironment42"));
    QCOMPARE(client.get(QStringLiteral("/v3/users/me")).status, 200);
    QVERIFY(stop(process, SIGTERM));
    QCOMPARE(process.exitCode(), 0);
}

void TestSandboxCli::generatedTokenIsPrinted()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("KONNECT_SANDBOX_TOKEN"));
    QProcess process;
    const quint16 port = start(process, {QStringLiteral("--port"), QStringLiteral("0")}, env);
    QVERIFY(port > 0);
    static const QRegularExpression tokenRe(QStringLiteral("(kpat_[A-Za-z0-9]{49})"));
    const auto match = tokenRe.match(QString::fromUtf8(process.readAllStandardError()));
    QVERIFY(match.hasMatch());
    QUrl base(QStringLiteral("http://127.0.0.1"));
    base.setPort(port);
    SandboxTestClient client(base, match.captured(1));
    QCOMPARE(client.get(QStringLiteral("/v3/organizations/me")).status, 200);
    QVERIFY(stop(process, SIGTERM));
    QCOMPARE(process.exitCode(), 0);
}

void TestSandboxCli::scaleSeed()
{
    QProcess process;
    const quint16 port = start(process, {QStringLiteral("--seed"), QStringLiteral("scale:500"),
                                         QStringLiteral("--token"), QStringLiteral("kpat_s")});
    QVERIFY(port > 0);
    QUrl base(QStringLiteral("http://127.0.0.1"));
    base.setPort(port);
    SandboxTestClient client(base, QStringLiteral("kpat_s"));
    const TestReply cps = client.get(QStringLiteral("/v2/control-planes"));
    QCOMPARE(cps.value("meta.page.total").toInt(), 1);
    QVERIFY(stop(process, SIGTERM));
    QCOMPARE(process.exitCode(), 0);
}

void TestSandboxCli::rejectsBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("bogus")};
    QTest::newRow("page size limit")
        << QStringList{QStringLiteral("--page-size-limit"), QStringLiteral("sometimes")};
}

void TestSandboxCli::rejectsBadArguments()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(QStringLiteral(KONNECT_SANDBOX_BIN), arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY(finished.wait(10000) || process.state() == QProcess::NotRunning);
    QVERIFY(process.exitCode() != 0);
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

// --page-size-limit refuse: a page[size] above 100 is a 400 (clamped without it).
void TestSandboxCli::pageSizeLimit()
{
    QProcess process;
    const quint16 port =
        start(process, {QStringLiteral("--token"), QStringLiteral("kpat_p"),
                        QStringLiteral("--page-size-limit"), QStringLiteral("refuse")});
    QVERIFY(port > 0);
    QUrl base(QStringLiteral("http://127.0.0.1"));
    base.setPort(port);
    SandboxTestClient client(base, QStringLiteral("kpat_p"));
    const TestReply refused = client.get(QStringLiteral("/v2/control-planes?page[size]=1000"));
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.value("invalid_parameters.0.field").toString(), QStringLiteral("page[size]"));
    QCOMPARE(client.get(QStringLiteral("/v2/control-planes?page[size]=100")).status, 200);
    QVERIFY(stop(process, SIGTERM));
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandbox_cli.moc"
