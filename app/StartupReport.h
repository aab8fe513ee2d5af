#pragma once

class QWidget;

// Start-up measurement hook for the benchmark (tests/bench, B5). When the
// environment variable KVM_REPORT_STARTUP is set, install() makes the process
// print "startup-exposed <ms since process start>" on stdout once `window` has
// been painted for the first time, and then quit. Without the variable it
// does nothing.
namespace StartupReport {

void installIfRequested(QWidget *window);
// Milliseconds since the kernel started this process (10 ms resolution).
long long msSinceProcessStart();

} // namespace StartupReport
