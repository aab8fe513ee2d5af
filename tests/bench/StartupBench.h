#pragma once

#include <QString>
#include <QStringList>

// B5: process start to the main window's first paint, measured from outside:
// the time from QProcess::start() to the "startup-exposed" line the process
// prints when KVM_REPORT_STARTUP is set (app/StartupReport.h).
namespace StartupBench {

struct Sample
{
    bool ok = false;
    QString error;
    double ms = 0;         // measured by the benchmark, spawn to the line
    double reportedMs = 0; // what the process says (since the kernel started it)
};

// Runs `program arguments` offscreen with a private, empty HOME.
Sample spawn(const QString &program, const QStringList &arguments);

// The --trivial-window mode: a QApplication with one plain window, reported the same way.
int runTrivialWindow(int argc, char *argv[]);

} // namespace StartupBench
