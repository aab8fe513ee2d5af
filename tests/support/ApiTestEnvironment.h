#pragma once

// A sandbox on loopback and a KonnectClient pointed at it, for the API
// client's integration tests. When the contract suite runs them
// (tests/contract/run-contract), it sets:
//   KVM_SANDBOX_PORT       the port the sandbox must listen on (Prism's upstream)
//   KVM_CONTRACT_CP_URL, KVM_CONTRACT_CONFIG_URL, KVM_CONTRACT_IDENTITY_URL
//                          one validating Prism proxy per spec file
// and every request then goes through Prism, which fails it on any violation.

#include "KonnectClient.h"
#include "SandboxServer.h"

#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>

#include <optional>

// A sandbox fault: `kind` on `method` requests whose path matches `path`, for
// the next `times` of them (-1: all).
inline Sandbox::Fault fault(const char *method, const QString &path, Sandbox::FaultKind kind,
                            int times = 1)
{
    Sandbox::Fault f;
    f.method = QString::fromLatin1(method);
    f.path = QRegularExpression(path);
    f.kind = kind;
    f.times = times;
    return f;
}

inline Sandbox::Fault fault(const char *method, const char *path, Sandbox::FaultKind kind,
                            int times = 1)
{
    return fault(method, QString::fromLatin1(path), kind, times);
}

class ApiTestEnvironment
{
public:
    Sandbox::SandboxServer sandbox;
    QNetworkAccessManager network;
    KonnectClient client{&network};

    static bool contractMode() { return qEnvironmentVariableIsSet("KVM_CONTRACT_CP_URL"); }

    // Fast retries so the retry paths are exercised in milliseconds.
    static RetryPolicy fastRetries()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 20;
        policy.maxDelayMs = 3000;
        policy.transferTimeoutMs = 10000;
        return policy;
    }

    bool start(const QString &seed = QStringLiteral("demo"))
    {
        const auto port = quint16(qEnvironmentVariableIntValue("KVM_SANDBOX_PORT"));
        if (!sandbox.listen(port)) {
            qWarning("sandbox cannot listen on port %d", port);
            return false;
        }
        sandbox.setToken(Sandbox::SandboxServer::randomToken());
        QString error;
        if (!sandbox.seed(seed, &error)) {
            qWarning("seed failed: %s", qPrintable(error));
            return false;
        }
        client.setToken(sandbox.token());
        client.setRetryPolicy(fastRetries());
        client.setEndpoint(endpoint());
        return client.endpoint().isValid();
    }

    KonnectEndpoint endpoint() const
    {
        if (!contractMode())
            return KonnectEndpoint::forCustomUrl(sandbox.baseUrl());
        QString error;
        const KonnectEndpoint endpoint = KonnectEndpoint::forBases(
            QUrl(qEnvironmentVariable("KVM_CONTRACT_CP_URL")),
            QUrl(qEnvironmentVariable("KVM_CONTRACT_CONFIG_URL")),
            QUrl(qEnvironmentVariable("KVM_CONTRACT_IDENTITY_URL")), &error);
        if (!endpoint.isValid())
            qWarning("contract URLs: %s", qPrintable(error));
        return endpoint;
    }

    // The sandbox as a test starts from: `seed` (the demo by default), no
    // faults, no latency, no request recorded.
    bool reset(const QString &seed = QStringLiteral("demo"))
    {
        sandbox.clearFaults();
        sandbox.setLatency(0);
        if (!sandbox.seed(seed))
            return false;
        sandbox.clearRequests();
        return true;
    }

    // A bare ApiCall (no client, no endpoint check) to `url`, started; its error
    // once it finished (an invalid one after 10 s without an answer).
    ApiError bareCallError(const QUrl &url)
    {
        auto *call = new ApiCall(&network, ApiRequest{"GET", url, {}}, QNetworkRequest(url),
                                 RetryPolicy{}, &network);
        QSignalSpy finished(call, &ApiCall::finished);
        call->start();
        if (!finished.wait(10000))
            return ApiError();
        return finished.constFirst().at(1).value<ApiError>();
    }

    int countRequests(const QString &method, const QString &pathContains) const
    {
        int count = 0;
        const auto requests = sandbox.requests();
        for (const auto &request : requests) {
            if (request.method == method && request.path.contains(pathContains))
                ++count;
        }
        return count;
    }
};

// Collects one callback's result; AWAIT waits for it on the event loop.
template<typename T>
struct Awaited
{
    std::optional<ApiResult<T>> result;
    ApiCallback<T> callback()
    {
        return [this](const ApiResult<T> &r) { result = r; };
    }
    const T &value() const { return result->value(); }
    const ApiError &error() const { return result->error(); }
};

#define AWAIT(awaited) QTRY_VERIFY_WITH_TIMEOUT((awaited).result.has_value(), 20000)
#define AWAIT_OK(awaited)                                                                          \
    do {                                                                                           \
        AWAIT(awaited);                                                                            \
        QVERIFY2((awaited).result->ok(), qPrintable((awaited).result->error().fullDescription())); \
    } while (false)

// How many config stores of `cp` are called `name` (-1, and a test failure,
// when they cannot be listed).
inline int storesNamed(ApiTestEnvironment &env, const QString &cp, const QString &name)
{
    Awaited<Page<ConfigStore>> stores;
    PageRequest page;
    page.size = 100;
    env.client.listConfigStores(cp, page, &env.network, stores.callback());
    bool listed = false;
    [&] {
        AWAIT_OK(stores);
        listed = true;
    }();
    if (!listed)
        return -1;
    int count = 0;
    for (const ConfigStore &store : stores.value().items)
        count += store.name == name ? 1 : 0;
    return count;
}
