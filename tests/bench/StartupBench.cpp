#include "StartupBench.h"

#include "StartupReport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QWidget>

namespace StartupBench {

Sample spawn(const QString &program, const QStringList &arguments)
{
    Sample sample;
    QTemporaryDir home;
    if (!home.isValid()) {
        sample.error = QStringLiteral("no temporary HOME");
        return sample;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("KVM_REPORT_STARTUP"), QStringLiteral("1"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setProgram(program);
    process.setArguments(arguments);

    QElapsedTimer clock;
    clock.start();
    process.start();
    QByteArray output;
    qint64 seenNs = -1;
    while (seenNs < 0 && clock.elapsed() < 30000) {
        if (process.state() == QProcess::NotRunning && process.bytesAvailable() == 0)
            break;
        process.waitForReadyRead(100);
        output += process.readAllStandardOutput();
        if (output.contains("startup-exposed "))
            seenNs = clock.nsecsElapsed();
    }
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(2000);
    }
    output += process.readAllStandardOutput();
    if (seenNs < 0) {
        sample.error = QStringLiteral("%1 did not report its first paint (exit %2): %3")
                           .arg(program)
                           .arg(process.exitCode())
                           .arg(QString::fromLocal8Bit(process.readAllStandardError().left(400)));
        return sample;
    }
    sample.ms = double(seenNs) / 1e6;
    const qsizetype at = output.indexOf("startup-exposed ");
    const qsizetype end = output.indexOf('\n', at);
    sample.reportedMs = output.mid(at + 16, end - at - 16).trimmed().toDouble();
    sample.ok = true;
    return sample;
}

int runTrivialWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(QStringLiteral("A trivial Qt Widgets window"), &window));
    window.resize(1000, 700);
    window.show();
    StartupReport::installIfRequested(&window);
    return app.exec();
}

} // namespace StartupBench
