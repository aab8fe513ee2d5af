#include "LoadBench.h"

#include "AppInfo.h"
#include "KonnectClient.h"
#include "SandboxHost.h"
#include "SandboxSeed.h"
#include "SecretBrowser.h"
#include "SecretClipboard.h"
#include "TextFilterProxy.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <ctime>
#include <sys/resource.h>

namespace LoadBench {

namespace {

constexpr int LoadTimeoutMs = 120000;

QString scaleSecretsPath()
{
    return QStringLiteral("/v2/control-planes/%1/config-stores/%2/secrets")
        .arg(QLatin1String(Sandbox::SeedIds::ScaleControlPlane),
             QLatin1String(Sandbox::SeedIds::ScaleStore));
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

// The page[after] cursor of meta.page.next, found with a byte search (no JSON
// parsing); empty on the last page.
QByteArray nextCursor(const QByteArray &body)
{
    const qsizetype next = body.indexOf("\"next\":");
    if (next < 0)
        return QByteArray();
    qsizetype i = next + 7;
    while (i < body.size() && body.at(i) == ' ')
        ++i;
    if (i >= body.size() || body.at(i) != '"')
        return QByteArray(); // null
    const qsizetype after = body.indexOf("page[after]=", i);
    const qsizetype end = body.indexOf('"', i + 1);
    if (after < 0 || end < 0 || after > end)
        return QByteArray();
    return body.mid(after + 12, end - after - 12);
}

// Records when the viewport is first painted with rows in it.
class PaintProbe : public QObject
{
public:
    PaintProbe(QTableView *view, const QElapsedTimer *clock)
        : m_view(view)
        , m_clock(clock)
    {
        view->viewport()->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched == m_view->viewport()) {
            ++m_paints;
            if (m_firstRowNs < 0 && m_view->model()->rowCount() > 0 && m_view->isVisible())
                m_firstRowNs = m_clock->nsecsElapsed();
        }
        return false;
    }

    qint64 firstRowNs() const { return m_firstRowNs; }
    int paints() const { return m_paints; }

private:
    QTableView *m_view;
    const QElapsedTimer *m_clock;
    qint64 m_firstRowNs = -1;
    int m_paints = 0;
};

// A 1 ms precise timer: its worst lateness is the longest event-loop stall.
class StallWatch : public QObject
{
public:
    void start()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_worstNs = qMax(m_worstNs, now - m_lastNs - 1000000);
            m_lastNs = now;
        });
        m_clock.start();
        m_lastNs = 0;
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        // A stall that is still going on when the load ends counts too.
        m_worstNs = qMax(m_worstNs, m_clock.nsecsElapsed() - m_lastNs - 1000000);
        return ms(qMax<qint64>(0, m_worstNs));
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_worstNs = 0;
};

// Runs the event loop until `done` is set or the timeout passes.
bool spin(const bool &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QTimer wake; // so that the timeout is noticed when nothing else happens
    wake.start(100);
    while (!done && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return done;
}

} // namespace

class Rig
{
public:
    explicit Rig(SandboxHost *host)
        : client(&network)
        , clipboard(QGuiApplication::clipboard())
        , browser(&client, &clipboard)
    {
        client.setEndpoint(KonnectEndpoint::forCustomUrl(host->baseUrl()));
        client.setToken(host->token());
        browser.resize(1100, 700);
        browser.show();
    }

    QNetworkAccessManager network;
    KonnectClient client;
    SecretClipboard clipboard;
    SecretBrowser browser;
};

void RigDeleter::operator()(Rig *rig) const
{
    delete rig;
}

FloorRun runFloor(SandboxHost *host)
{
    FloorRun run;
    QNetworkAccessManager network;
    const int pageSize = KonnectClient(&network).defaultPageSize(); // what the client asks for
    const QByteArray authorization = "Bearer " + host->token().toUtf8();
    QElapsedTimer clock;
    bool done = false;

    std::function<void(const QByteArray &)> fetch = [&](const QByteArray &cursor) {
        QUrl url = host->baseUrl();
        url.setPath(scaleSecretsPath());
        QString query = QStringLiteral("page[size]=%1").arg(pageSize);
        if (!cursor.isEmpty())
            query += QStringLiteral("&page[after]=") + QString::fromLatin1(cursor);
        url.setQuery(query, QUrl::StrictMode);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", authorization);
        request.setRawHeader("Accept", "application/json, application/problem+json");
        request.setHeader(QNetworkRequest::UserAgentHeader, AppInfo::userAgent());
        QNetworkReply *reply = network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &network, [&, reply] {
            reply->deleteLater();
            const QByteArray body = reply->readAll();
            if (reply->error() != QNetworkReply::NoError) {
                run.error = reply->errorString();
                done = true;
                return;
            }
            ++run.pages;
            run.bytes += body.size();
            if (run.pages == 1)
                run.firstPageMs = ms(clock.nsecsElapsed());
            const QByteArray next = nextCursor(body);
            if (next.isEmpty()) {
                run.totalMs = ms(clock.nsecsElapsed());
                run.ok = true;
                done = true;
                return;
            }
            fetch(next);
        });
    };
    const double processBefore = processCpuMs();
    clock.start();
    fetch(QByteArray());
    if (!spin(done, LoadTimeoutMs) && run.error.isEmpty())
        run.error = QStringLiteral("the floor loop timed out");
    run.processCpuMs = processCpuMs() - processBefore;
    return run;
}

PipelineRun runPipeline(SandboxHost *host, int expectedRows, bool watchStalls, RigPtr *keep,
                        int sortColumn, Qt::SortOrder order)
{
    PipelineRun run;
    RigPtr rig(new Rig(host));
    SecretBrowser &browser = rig->browser;
    browser.view()->sortByColumn(sortColumn, order);
    if (!QTest::qWaitForWindowExposed(&browser)) {
        run.error = QStringLiteral("the browser window was not exposed");
        return run;
    }
    QCoreApplication::processEvents();

    QElapsedTimer clock;
    PaintProbe probe(browser.view(), &clock);
    StallWatch stalls;
    bool done = false;
    qint64 finishedNs = 0;
    QObject::connect(&browser, &SecretBrowser::loadingChanged, &browser, [&](bool loading) {
        if (!loading) {
            finishedNs = clock.nsecsElapsed();
            done = true;
        }
    });
    QObject::connect(&browser, &SecretBrowser::errorOccurred, &browser,
                     [&](const ApiError &error) { run.error = error.message(); });

    ConfigStore store;
    store.id = QString::fromLatin1(Sandbox::SeedIds::ScaleStore);
    store.name = QStringLiteral("scale-secrets");
    if (watchStalls)
        stalls.start();
    const double cpuBefore = threadCpuMs();
    const double processBefore = processCpuMs();
    clock.start();
    browser.setStore(QString::fromLatin1(Sandbox::SeedIds::ScaleControlPlane), store,
                     {QStringLiteral("scale")});
    if (!spin(done, LoadTimeoutMs)) {
        run.error = QStringLiteral("the load timed out");
        return run;
    }
    // The view's pending updates (layout, paint) for the last page.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    run.lastRowMs = ms(clock.nsecsElapsed());
    run.cpuMs = threadCpuMs() - cpuBefore;
    run.processCpuMs = processCpuMs() - processBefore;
    if (watchStalls)
        run.longestStallMs = stalls.stop();
    Q_UNUSED(finishedNs);
    if (!run.error.isEmpty())
        return run;
    const int rows = browser.view()->model()->rowCount();
    if (rows != expectedRows) {
        run.error =
            QStringLiteral("the view shows %1 rows, expected %2").arg(rows).arg(expectedRows);
        return run;
    }
    if (probe.firstRowNs() < 0) {
        run.error = QStringLiteral("the view was never painted with rows");
        return run;
    }
    run.firstRowMs = ms(probe.firstRowNs());
    run.ok = true;
    if (keep)
        *keep = std::move(rig);
    return run;
}

double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

int visibleRows(Rig *rig)
{
    return rig->browser.view()->model()->rowCount();
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

QList<double> typeFilter(Rig *rig, const QString &text, QString *error, QList<double> *cpuMs)
{
    QList<double> times;
    QLineEdit *edit = rig->browser.filterEdit();
    QTableView *view = rig->browser.view();
    edit->setFocus();
    QCoreApplication::processEvents();
    QElapsedTimer clock;
    PaintProbe probe(view, &clock);
    for (const QChar ch : text) {
        const int paintsBefore = probe.paints();
        const double cpuBefore = threadCpuMs();
        clock.start();
        QTest::keyClick(edit, char(ch.toLatin1()));
        // Until the view has repainted (or there was nothing left to do).
        for (int idle = 0; probe.paints() == paintsBefore && idle < 3; ++idle)
            QCoreApplication::processEvents();
        times.append(ms(clock.nsecsElapsed()));
        if (cpuMs)
            cpuMs->append(threadCpuMs() - cpuBefore);
        QCoreApplication::processEvents();
    }
    if (edit->text() != text && error)
        *error = QStringLiteral("the filter field holds '%1', typed '%2'").arg(edit->text(), text);
    edit->clear();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    return times;
}

namespace {

double statusField(const char *name)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(name))
            return line.mid(qstrlen(name)).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

double peakRssMiB()
{
    const double hwm = statusField("VmHWM:");
    if (hwm >= 0)
        return hwm;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

double currentRssMiB()
{
    return statusField("VmRSS:");
}

} // namespace LoadBench
