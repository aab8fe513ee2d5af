#pragma once

#include <QList>
#include <QString>
#include <Qt>

#include <memory>

class SandboxHost;
class SecretBrowser;

// B1 (load), B2 (filter), B3 (stalls), B4 (memory): the real pipeline
// (KonnectClient -> SecretLoader -> SecretModel -> SecretFilterProxy -> the
// SecretBrowser widget, shown offscreen) against the sandbox's scale seed.
namespace LoadBench {

// The same pages fetched by a bare, sequential QNetworkAccessManager loop
// that parses nothing: the floor the pipeline is compared with.
struct FloorRun
{
    bool ok = false;
    QString error;
    double firstPageMs = 0;
    double totalMs = 0;
    int pages = 0;
    qint64 bytes = 0;
    double processCpuMs = 0; // CPU time of every thread (sandbox, network, GUI)
};

struct PipelineRun
{
    bool ok = false;
    QString error;
    double firstRowMs = 0; // first viewport paint that shows a row
    double lastRowMs = 0;  // all rows in the view, the view's updates processed
    double longestStallMs = 0;
    double cpuMs = 0;        // CPU time of the GUI thread during the load
    double processCpuMs = 0; // CPU time of every thread (sandbox, network, workers, GUI)
    int pages = 0;
};

// A SecretBrowser with its own network access and client, shown offscreen.
class Rig;
struct RigDeleter
{
    void operator()(Rig *rig) const;
};
using RigPtr = std::unique_ptr<Rig, RigDeleter>;

FloorRun runFloor(SandboxHost *host);
// Loads the scale store into a fresh browser. `watchStalls` runs a 1 ms
// precise timer during the load and reports its worst lateness. `keep`
// receives the loaded rig (for the filter benchmark).
// `sortColumn`/`order`: how the table is sorted (by key, ascending, as the
// browser starts; the sandbox lists in key order too).
PipelineRun runPipeline(SandboxHost *host, int expectedRows, bool watchStalls,
                        RigPtr *keep = nullptr, int sortColumn = 0,
                        Qt::SortOrder order = Qt::AscendingOrder);

// Types `text` key by key into the browser's filter field; returns the time
// of each keystroke until the view was updated, then clears the field.
// `cpuMs` receives the GUI thread's CPU time of each keystroke.
QList<double> typeFilter(Rig *rig, const QString &text, QString *error,
                         QList<double> *cpuMs = nullptr);
// CPU time of the calling thread, in ms (wall times are noisy on a busy machine).
double threadCpuMs();
// CPU time of the whole process (all threads), in ms.
double processCpuMs();
int visibleRows(Rig *rig);

// Peak and current resident set size of this process, in MiB.
double peakRssMiB();
double currentRssMiB();

} // namespace LoadBench
