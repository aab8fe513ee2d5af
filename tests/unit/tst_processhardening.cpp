// Core dumps off (issue: a crash wrote the token and values to disk through
// systemd-coredump). Each case runs in a child process of its own: once off,
// a process cannot turn them back on.
#include "ProcessHardening.h"

#include <QProcess>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

#include <cstdio>

namespace {

// In the child: applies, then prints "<applied> <dumpable> <soft> <hard>".
int child()
{
    const ProcessHardening::Result result = ProcessHardening::disableCoreDumps();
    rlimit limit{};
    ::getrlimit(RLIMIT_CORE, &limit);
    std::printf("%d %d %lld %lld\n", result.applied ? 1 : 0, ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0),
                static_cast<long long>(limit.rlim_cur), static_cast<long long>(limit.rlim_max));
    return 0;
}

QList<QByteArray> runChild(const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child")});
    if (!process.waitForFinished(60000))
        return {};
    return process.readAllStandardOutput().trimmed().split(' ');
}

} // namespace

class TestProcessHardening : public QObject
{
    Q_OBJECT

private slots:
    void coreDumpsAreOff()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QString::fromLatin1(ProcessHardening::AllowCoreDumpsVariable));
        const QList<QByteArray> fields = runChild(environment);
        QCOMPARE(fields, (QList<QByteArray>{"1", "0", "0", "0"}));
    }

    void theOptOutLeavesThemOn()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(ProcessHardening::AllowCoreDumpsVariable),
                           QStringLiteral("1"));
        const QList<QByteArray> fields = runChild(environment);
        QCOMPARE(fields.size(), 4);
        QCOMPARE(fields.at(0), QByteArray("0"));
        QCOMPARE(fields.at(1), QByteArray("1")); // still dumpable
    }
};

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0)
        return child();
    QCoreApplication app(argc, argv);
    TestProcessHardening test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_processhardening.moc"
