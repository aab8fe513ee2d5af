#pragma once

#include <QObject>
#include <QString>
#include <QThread>
#include <QUrl>

#include <atomic>

namespace Sandbox {
class SandboxServer;
}

// The in-process sandbox on its own thread: the benchmark measures the app's
// pipeline, so the server's work (JSON of each page, the added latency) must
// not run on the event loop being measured, as a remote Konnect would not.
// Every call blocks until the sandbox thread has done it.
class SandboxHost
{
public:
    SandboxHost();
    ~SandboxHost();

    bool start(QString *error);
    bool seed(const QString &spec, QString *error = nullptr);
    void setLatency(int ms);

    QUrl baseUrl() const { return m_baseUrl; }
    QString token() const { return m_token; }

    // Responses the sandbox answered since the last resetCounts().
    int answered(int status) const;
    int answeredTotal() const { return m_total.load(); }
    void resetCounts();

private:
    template<typename F>
    void run(F &&function);

    QThread m_thread;
    QObject *m_anchor = nullptr; // lives in m_thread
    Sandbox::SandboxServer *m_server = nullptr;
    QUrl m_baseUrl;
    QString m_token;
    std::atomic<int> m_total{0};
    std::atomic<int> m_tooMany{0};
    std::atomic<int> m_serverErrors{0};
};
