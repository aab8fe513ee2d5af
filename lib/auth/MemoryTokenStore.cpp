#include "MemoryTokenStore.h"

#include <QTimer>

void MemoryTokenStore::read(const QString &profileId, QObject *context, TokenReadCallback done)
{
    ++m_operations;
    TokenReadResult result;
    if (m_failure != TokenStoreError::Kind::None) {
        result.status = TokenReadResult::Status::Failed;
        result.error = TokenStoreError::make(m_failure, QStringLiteral("injected failure"));
    } else if (m_tokens.contains(profileId)) {
        result.status = TokenReadResult::Status::Found;
        result.token = m_tokens.value(profileId);
    }
    auto callback = guarded(context, std::move(done));
    QTimer::singleShot(0, this, [callback, result] { callback(result); });
}

void MemoryTokenStore::write(const QString &profileId, const QString &token, QObject *context,
                             TokenStoreCallback done)
{
    ++m_operations;
    TokenStoreError error;
    if (m_failure != TokenStoreError::Kind::None)
        error = TokenStoreError::make(m_failure, QStringLiteral("injected failure"));
    else
        m_tokens.insert(profileId, token);
    auto callback = guarded(context, std::move(done));
    QTimer::singleShot(0, this, [callback, error] { callback(error); });
}

void MemoryTokenStore::remove(const QString &profileId, QObject *context, TokenStoreCallback done)
{
    ++m_operations;
    TokenStoreError error;
    if (m_failure != TokenStoreError::Kind::None)
        error = TokenStoreError::make(m_failure, QStringLiteral("injected failure"));
    else
        m_tokens.remove(profileId);
    auto callback = guarded(context, std::move(done));
    QTimer::singleShot(0, this, [callback, error] { callback(error); });
}

QString MemoryTokenStore::description() const
{
    return tr("memory (test store)");
}
