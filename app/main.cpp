#include "AppSettings.h"
#include "Application.h"
#include "KeychainTokenStore.h"
#include "KonnectClient.h"
#include "LockController.h"
#include "MainWindow.h"
#include "ProcessHardening.h"
#include "ProfileStore.h"
#include "SandboxServer.h"
#include "ScreenLockWatcher.h"
#include "SessionController.h"
#include "StartupReport.h"

#include <QApplication>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

#include <cstdio>

int main(int argc, char *argv[])
{
    // First of all: no core dump of a process that will hold the token.
    if (const auto hardening = ProcessHardening::disableCoreDumps(); !hardening.applied)
        std::fprintf(stderr, "konnect-vault-manager: core dumps stay on: %s\n",
                     qUtf8Printable(hardening.detail));
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
    Application::installTranslations(AppSettings().language()); // before any widget exists
    QNetworkProxyFactory::setUseSystemConfiguration(true);      // honour the system proxy
    QNetworkAccessManager network;
    KonnectClient client(&network);
    AppSettings settings;
    MainWindow window(&client);
    window.setSettings(&settings);

    Sandbox::SandboxServer sandbox;
    ProfileStore profiles;
    KeychainTokenStore tokens;
    SessionController session(&profiles, &tokens, &client);
    // Locks after the idle time set in Settings and when the screen locks.
    LockController locking(&session);
    locking.setSettings(&settings);
    ScreenLockWatcher screenLock;
    locking.watchScreenLock(&screenLock);
    if (options.demo) {
        // The built-in sandbox: an ephemeral loopback port, a random token, demo data.
        if (!sandbox.listen(0) || !sandbox.seed(QStringLiteral("demo"))) {
            QMessageBox::critical(nullptr, QObject::tr("Konnect Vault Manager"),
                                  QObject::tr("The built-in sandbox could not start."));
            return 1;
        }
        sandbox.setToken(Sandbox::SandboxServer::randomToken());
        sandbox.setRecordingRequests(false); // for tests only
        client.setEndpoint(KonnectEndpoint::forCustomUrl(sandbox.baseUrl()));
        client.setToken(sandbox.token());
        window.setSession(true);
    } else {
        window.attachSession(&session, &network);
        screenLock.start();
        session.restore(); // the last profile, its token read from the keychain
    }
    window.show();
    StartupReport::installIfRequested(&window); // KVM_REPORT_STARTUP: tests/bench B5
    return app.exec();
}
