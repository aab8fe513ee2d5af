#pragma once

#include "TokenStore.h"

#include <QHash>

// Tokens in memory only: for tests, and for nothing else. A failure can be
// injected to drive the keychain error paths.
class MemoryTokenStore : public TokenStore
{
    Q_OBJECT

public:
    using TokenStore::TokenStore;

    void read(const QString &profileId, QObject *context, TokenReadCallback done) override;
    void write(const QString &profileId, const QString &token, QObject *context,
               TokenStoreCallback done) override;
    void remove(const QString &profileId, QObject *context, TokenStoreCallback done) override;
    QString description() const override;

    // Every following operation fails with `kind` until cleared with Kind::None.
    void setFailure(TokenStoreError::Kind kind) { m_failure = kind; }

    // Synchronous inspection, for assertions.
    bool contains(const QString &profileId) const { return m_tokens.contains(profileId); }
    QString token(const QString &profileId) const { return m_tokens.value(profileId); }
    int size() const { return int(m_tokens.size()); }
    int operations() const { return m_operations; } // read + write + remove calls so far

private:
    QHash<QString, QString> m_tokens;
    TokenStoreError::Kind m_failure = TokenStoreError::Kind::None;
    int m_operations = 0;
};
