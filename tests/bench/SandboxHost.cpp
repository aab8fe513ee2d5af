#include "SandboxHost.h"

#include "SandboxServer.h"

SandboxHost::SandboxHost()
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    m_thread.start();
}

SandboxHost::~SandboxHost()
{
    run([this] {
        delete m_server;
        m_server = nullptr;
    });
    QObject *anchor = m_anchor;
    QMetaObject::invokeMethod(
        anchor, [anchor] { delete anchor; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

template<typename F>
void SandboxHost::run(F &&function)
{
    QMetaObject::invokeMethod(m_anchor, std::forward<F>(function), Qt::BlockingQueuedConnection);
}

bool SandboxHost::start(QString *error)
{
    bool ok = false;
    run([this, &ok] {
        m_server = new Sandbox::SandboxServer;
        ok = m_server->listen(0);
        if (!ok)
            return;
        m_server->setToken(Sandbox::SandboxServer::randomToken());
        m_baseUrl = m_server->baseUrl();
        m_token = m_server->token();
        QObject::connect(m_server, &Sandbox::SandboxServer::requestHandled, m_server,
                         [this](const QString &, const QString &, int status) {
                             ++m_total;
                             if (status == 429)
                                 ++m_tooMany;
                             else if (status >= 500)
                                 ++m_serverErrors;
                         });
    });
    if (!ok && error)
        *error = QStringLiteral("the sandbox cannot listen on 127.0.0.1");
    return ok;
}

bool SandboxHost::seed(const QString &spec, QString *error)
{
    bool ok = false;
    run([this, &ok, &spec, error] {
        ok = m_server->seed(spec, error);
        m_server->clearRequests();
    });
    return ok;
}

void SandboxHost::setLatency(int ms)
{
    run([this, ms] { m_server->setLatency(ms); });
}

int SandboxHost::answered(int status) const
{
    if (status == 429)
        return m_tooMany.load();
    if (status >= 500)
        return m_serverErrors.load();
    return -1;
}

void SandboxHost::resetCounts()
{
    run([this] { m_server->clearRequests(); });
    m_total = 0;
    m_tooMany = 0;
    m_serverErrors = 0;
}
