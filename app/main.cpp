#include "Application.h"
#include "MainWindow.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    Application::setMetadata();

    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    const Application::Options options = Application::parseCommandLine(arguments);
    if (options.exitNow) {
        std::fputs(options.output.toLocal8Bit().constData(),
                   options.exitCode == 0 ? stdout : stderr);
        return options.exitCode;
    }

    QApplication app(argc, argv);
    MainWindow window;
    window.show();
    return app.exec();
}
