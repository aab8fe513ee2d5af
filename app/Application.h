#pragma once

#include <QString>
#include <QStringList>

// Command line and application metadata, handled before any QApplication
// exists so that --help and --version work without a display.
namespace Application {

struct Options
{
    bool demo = false;
    // Set when the process should exit at once (help, version, bad usage).
    bool exitNow = false;
    int exitCode = 0;
    QString output; // what to print before exiting (stdout when exitCode == 0)
};

void setMetadata();
Options parseCommandLine(const QStringList &arguments);

} // namespace Application
