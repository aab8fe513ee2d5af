// konnect-sandbox: the sandbox as a standalone server.
//   konnect-sandbox [--port P] [--token T] [--seed demo|empty|scale:N]
//                   [--page-size-limit clamp|refuse]
// The token may also come from KONNECT_SANDBOX_TOKEN; without either, one is generated
// and printed on stderr. Prints "listening on http://127.0.0.1:P" once ready and exits
// with 0 on SIGINT/SIGTERM.
#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX

// The self-pipe of the signal handler: a handler can reach nothing but a global, and
// may call nothing but async-signal-safe functions (write).
int g_signalFds[2] = {-1, -1};

extern "C" void onTerminationSignal(int)
{
    const int savedErrno = errno;
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalFds[1], &byte, 1);
    errno = savedErrno;
}

bool installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalFds) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 &&
           ::sigaction(SIGTERM, &action, nullptr) == 0;
}
#endif

// SIGINT and SIGTERM end the event loop (exit code 0) where POSIX signals exist;
// elsewhere the system's default ends the process.
bool quitOnTerminationSignals(QCoreApplication &app)
{
#ifdef Q_OS_UNIX
    if (!installSignalHandlers())
        return false;
    auto *notifier = new QSocketNotifier(g_signalFds[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(g_signalFds[0], &byte, 1);
        QCoreApplication::quit();
    });
#else
    Q_UNUSED(app);
#endif
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("konnect-sandbox"));
    // A standalone server prints its access log (method, path, status) unless
    // QT_LOGGING_RULES says otherwise; in the app the category stays quiet.
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("konnect.sandbox.info=true"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local Konnect-compatible HTTP server (control planes, config stores, "
                       "secrets, vaults, identity) on 127.0.0.1."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on (0: any free port)."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption tokenOption(
        QStringLiteral("token"),
        QStringLiteral("Bearer token to accept (default: $KONNECT_SANDBOX_TOKEN, else generated)."),
        QStringLiteral("token"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Initial data: empty, demo or scale:N."),
                                        QStringLiteral("seed"), QStringLiteral("demo"));
    const QCommandLineOption pageSizeLimitOption(
        QStringLiteral("page-size-limit"),
        QStringLiteral("A page[size] above 100: clamp (to 100) or refuse (400)."),
        QStringLiteral("clamp|refuse"), QStringLiteral("clamp"));
    parser.addOptions({portOption, tokenOption, seedOption, pageSizeLimitOption});
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "konnect-sandbox: invalid port '%s'\n",
                     qPrintable(parser.value(portOption)));
        return 2;
    }

    const QString pageSizeLimit = parser.value(pageSizeLimitOption);
    if (pageSizeLimit != QLatin1String("clamp") && pageSizeLimit != QLatin1String("refuse")) {
        std::fprintf(stderr, "konnect-sandbox: invalid page size limit '%s'\n",
                     qPrintable(pageSizeLimit));
        return 2;
    }

    Sandbox::SandboxServer server;
    server.setRecordingRequests(false); // for in-process tests only
    server.setPageSizeLimit(pageSizeLimit == QLatin1String("refuse")
                                ? Sandbox::PageSizeLimit::Refuse
                                : Sandbox::PageSizeLimit::Clamp);
    QString error;
    if (!server.seed(parser.value(seedOption), &error)) {
        std::fprintf(stderr, "konnect-sandbox: %s\n", qPrintable(error));
        return 2;
    }
    QString token = parser.value(tokenOption);
    if (token.isEmpty())
        token = qEnvironmentVariable("KONNECT_SANDBOX_TOKEN");
    if (token.isEmpty()) {
        token = Sandbox::SandboxServer::randomToken();
        std::fprintf(stderr, "konnect-sandbox: token %s\n", qPrintable(token));
        std::fflush(stderr);
    }
    server.setToken(token);

    if (!quitOnTerminationSignals(app)) {
        std::fprintf(stderr, "konnect-sandbox: cannot install signal handlers\n");
        return 1;
    }

    if (!server.listen(quint16(port))) {
        std::fprintf(stderr, "konnect-sandbox: cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    std::printf("listening on http://127.0.0.1:%u\n", unsigned(server.port()));
    std::fflush(stdout);

    const int code = app.exec();
    server.close();
    return code;
}
