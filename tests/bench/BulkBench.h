#pragma once

#include <QString>

class SandboxHost;

// B6: creating secrets through BulkWriter (lib/bulk) while the sandbox adds
// latency to every response: bounded concurrency against one at a time.
namespace BulkBench {

struct Run
{
    bool ok = false;
    QString error;
    double ms = 0;
    int succeeded = 0;
    int failed = 0;
    int tooManyRequests = 0; // 429s the sandbox answered
    int requests = 0;        // responses the sandbox sent
};

// Creates `count` new secrets (keys "<keyPrefix>-00001", ...) in the scale store.
Run run(SandboxHost *host, int count, int concurrency, const QString &keyPrefix);

} // namespace BulkBench
