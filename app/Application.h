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

// Installs the app's and Qt's own translations on the application for
// `language` ("" follows the system locale; a language the app is not
// translated into falls back to English) and makes its locale the default.
// Replaces translations installed by an earlier call. Returns the language
// used ("en", "de", ...).
QString installTranslations(const QString &language);

} // namespace Application
