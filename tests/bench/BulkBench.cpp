#include "BulkBench.h"

#include "BulkWriter.h"
#include "KonnectClient.h"
#include "SandboxHost.h"
#include "SandboxSeed.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTimer>

namespace BulkBench {

Run run(SandboxHost *host, int count, int concurrency, const QString &keyPrefix)
{
    Run result;
    host->resetCounts();
    QNetworkAccessManager network;
    KonnectClient client(&network);
    client.setEndpoint(KonnectEndpoint::forCustomUrl(host->baseUrl()));
    client.setToken(host->token());
    BulkWriter writer(&client, QString::fromLatin1(Sandbox::SeedIds::ScaleControlPlane),
                      QString::fromLatin1(Sandbox::SeedIds::ScaleStore));
    writer.setMaxConcurrency(concurrency);
    QList<BulkWriter::Item> items;
    items.reserve(count);
    for (int i = 1; i <= count; ++i) {
        // Made-up values, as in the sandbox seeds.
        items.append({QStringLiteral("%1-%2").arg(keyPrefix).arg(i, 5, 10, QLatin1Char('0')),
                      QStringLiteral("bench-value-%1").arg(i), false});
    }
    bool done = false;
    QObject::connect(&writer, &BulkWriter::finished, &writer,
                     [&](int succeeded, int failed, bool cancelled) {
                         result.succeeded = succeeded;
                         result.failed = failed;
                         if (cancelled)
                             result.error = QStringLiteral("cancelled");
                         done = true;
                     });
    QElapsedTimer clock;
    clock.start();
    writer.start(items);
    QTimer wake;
    wake.start(100);
    const qint64 timeoutMs = 60000 + qint64(count) * 200;
    while (!done && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    result.ms = double(clock.nsecsElapsed()) / 1e6;
    if (!done) {
        writer.cancel();
        result.error = QStringLiteral("timed out");
    }
    result.tooManyRequests = host->answered(429);
    result.requests = host->answeredTotal();
    if (result.error.isEmpty() && result.failed > 0)
        result.error = QStringLiteral("%1 of %2 writes failed").arg(result.failed).arg(count);
    result.ok = result.error.isEmpty() && result.succeeded == count;
    return result;
}

} // namespace BulkBench
