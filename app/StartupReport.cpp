#include "StartupReport.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <ctime>
#include <unistd.h>
#endif

namespace StartupReport {

namespace {

class Reporter : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            // After this paint has been flushed: report and leave.
            QTimer::singleShot(0, this, [] {
                std::printf("startup-exposed %lld\n", msSinceProcessStart());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_reported = false;
};

} // namespace

void installIfRequested(QWidget *window)
{
    if (!qEnvironmentVariableIsSet("KVM_REPORT_STARTUP"))
        return;
    window->installEventFilter(new Reporter(window));
}

long long msSinceProcessStart()
{
#ifndef Q_OS_LINUX
    return -1; // /proc and CLOCK_BOOTTIME are Linux's
#else
    // Field 22 of /proc/self/stat: start time in clock ticks after boot.
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const long long startTicks = fields.at(19).toLongLong(); // field 22 = index 19 after "(comm)"
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const long long nowMs = (long long)now.tv_sec * 1000 + now.tv_nsec / 1000000;
    return nowMs - startTicks * 1000 / sysconf(_SC_CLK_TCK);
#endif
}

} // namespace StartupReport
