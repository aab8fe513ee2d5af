#pragma once

#include "TokenStore.h"

#include <functional>

namespace QKeychain {
class Job;
}

// Tokens in the OS keychain through QtKeychain (Secret Service / KWallet on
// Linux): service = AppInfo::appId(), key = the profile id. Never an insecure
// plain-text fallback. Each job has a timeout (10 s by default): when it fires,
// the caller gets a Timeout error and the job's late answer is ignored.
//
// QtKeychain runs its jobs one at a time, so a job that never answers (a
// keyring waiting on an unlock prompt nobody can see) holds the ones after it;
// they time out too, each with the same clear error.
class KeychainTokenStore : public TokenStore
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 10000;

    explicit KeychainTokenStore(QObject *parent = nullptr);

    void read(const QString &profileId, QObject *context, TokenReadCallback done) override;
    void write(const QString &profileId, const QString &token, QObject *context,
               TokenStoreCallback done) override;
    void remove(const QString &profileId, QObject *context, TokenStoreCallback done) override;
    QString description() const override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    QString service() const { return m_service; }

    // QtKeychain's error code and text, as a TokenStoreError (public for tests).
    static TokenStoreError classify(int keychainError, const QString &errorString,
                                    int timeoutMs = DefaultTimeoutMs);

private:
    // Starts `job` with the timeout; exactly one of `finished` or `timedOut` runs.
    void run(QKeychain::Job *job, const char *operation,
             std::function<void(QKeychain::Job *)> finished, std::function<void()> timedOut);

    // Secret Service only: whether the default collection is locked (false when unknown).
    void isDefaultCollectionLocked(int timeoutMs, std::function<void(bool)> done);

    QString m_service;
    int m_timeoutMs = DefaultTimeoutMs;
};
