#include "KeychainTokenStore.h"

#include "AppInfo.h"
#include "AuthLogging.h"

#include <QTimer>
#include <QtGlobal>

#if defined(QT_DBUS_LIB)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

#include <qt6keychain/keychain.h>

#include <memory>

KeychainTokenStore::KeychainTokenStore(QObject *parent)
    : TokenStore(parent)
    , m_service(AppInfo::appId())
{
}

QString KeychainTokenStore::description() const
{
    return tr("the system keychain");
}

TokenStoreError KeychainTokenStore::classify(int keychainError, const QString &errorString,
                                             int timeoutMs)
{
    using Kind = TokenStoreError::Kind;
    const auto has = [&errorString](const char *text) {
        return errorString.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    Kind kind = Kind::Other;
    switch (keychainError) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return {};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        kind = Kind::NoBackend;
        break;
    case QKeychain::AccessDeniedByUser:
        kind = Kind::AccessDenied;
        break;
    case QKeychain::AccessDenied:
        // libsecret reports a locked collection (SECRET_ERROR_IS_LOCKED) as AccessDenied.
        kind = has("lock") ? Kind::Locked : Kind::AccessDenied;
        break;
    default:
        // libsecret and the D-Bus layer report everything else as OtherError: sort it
        // by what the text says.
        if (has("org.freedesktop.secrets") || has("ServiceUnknown") || has("Could not connect") ||
            has("autolaunch") || has("D-Bus") || has("DBus") || has("session bus") ||
            has("not provided by any .service") || has("NoReply") || has("Cannot spawn") ||
            has("No such interface")) {
            kind = Kind::NoBackend;
        } else if (has("lock") || has("prompt") || has("dismissed")) {
            kind = Kind::Locked;
        } else if (has("denied") || has("not allowed") || has("permission")) {
            kind = Kind::AccessDenied;
        }
        break;
    }
    return TokenStoreError::make(kind, errorString, timeoutMs);
}

void KeychainTokenStore::run(QKeychain::Job *job, const char *operation,
                             std::function<void(QKeychain::Job *)> finished,
                             std::function<void()> timedOut)
{
    // Shared between the two handlers: whichever comes first wins.
    auto settled = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    timer->setInterval(m_timeoutMs);
    const QString key = job->key();
    connect(timer, &QTimer::timeout, this, [=] {
        timer->deleteLater();
        if (*settled)
            return;
        *settled = true;
        qCWarning(lcAuth, "keychain %s for profile %s: no answer within %d ms", operation,
                  qUtf8Printable(key), m_timeoutMs);
        timedOut();
    });
    connect(job, &QKeychain::Job::finished, this, [=](QKeychain::Job *done) {
        if (*settled) {
            qCInfo(lcAuth, "keychain %s for profile %s answered after its timeout; ignored",
                   operation, qUtf8Printable(key));
            return;
        }
        *settled = true;
        timer->stop();
        timer->deleteLater();
        qCDebug(lcAuth, "keychain %s for profile %s: error %d %s", operation, qUtf8Printable(key),
                int(done->error()), qUtf8Printable(done->errorString()));
        finished(done);
    });
    // The job has no parent: after a timeout it may still answer, and deletes itself then.
    // insecureFallback stays at its default, off: a token is never written in plain text.
    job->setAutoDelete(true);
    timer->start();
    job->start();
}

void KeychainTokenStore::isDefaultCollectionLocked(int timeoutMs, std::function<void(bool)> done)
{
#if defined(QT_DBUS_LIB) && defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Asks the Secret Service (never starting one) whether the collection
    // QtKeychain writes to is locked.
    QDBusMessage get = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"),
        QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    get.setAutoStartService(false);
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        QTimer::singleShot(0, this, [done] { done(false); });
        return;
    }
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(get, qMin(timeoutMs, 3000)), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [done](QDBusPendingCallWatcher *call) {
                call->deleteLater();
                const QDBusPendingReply<QDBusVariant> reply = *call;
                done(!reply.isError() && reply.value().variant().toBool());
            });
#else
    Q_UNUSED(timeoutMs);
    QTimer::singleShot(0, this, [done] { done(false); });
#endif
}

void KeychainTokenStore::read(const QString &profileId, QObject *context, TokenReadCallback done)
{
    auto callback = guarded(context, std::move(done));
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(profileId);
    const int timeoutMs = m_timeoutMs;
    run(
        job, "read",
        [this, callback, timeoutMs](QKeychain::Job *finished) {
            TokenReadResult result;
            if (finished->error() == QKeychain::NoError) {
                result.status = TokenReadResult::Status::Found;
                result.token = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            } else if (finished->error() == QKeychain::EntryNotFound) {
                // libsecret answers "not found" when it could not unlock the collection.
                isDefaultCollectionLocked(timeoutMs, [callback, timeoutMs](bool locked) {
                    TokenReadResult notFound;
                    if (locked) {
                        notFound.status = TokenReadResult::Status::Failed;
                        notFound.error = TokenStoreError::make(
                            TokenStoreError::Kind::Locked,
                            QStringLiteral("the default Secret Service collection is locked"),
                            timeoutMs);
                    }
                    callback(notFound);
                });
                return;
            } else {
                result.status = TokenReadResult::Status::Failed;
                result.error = classify(finished->error(), finished->errorString(), timeoutMs);
            }
            callback(result);
        },
        [callback, timeoutMs] {
            TokenReadResult result;
            result.status = TokenReadResult::Status::Failed;
            result.error =
                TokenStoreError::make(TokenStoreError::Kind::Timeout, QString(), timeoutMs);
            callback(result);
        });
}

void KeychainTokenStore::write(const QString &profileId, const QString &token, QObject *context,
                               TokenStoreCallback done)
{
    auto callback = guarded(context, std::move(done));
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(profileId);
    job->setTextData(token);
    const int timeoutMs = m_timeoutMs;
    run(
        job, "write",
        [callback, timeoutMs](QKeychain::Job *finished) {
            if (finished->error() == QKeychain::NoError)
                callback({});
            else
                callback(classify(finished->error(), finished->errorString(), timeoutMs));
        },
        [callback, timeoutMs] {
            callback(TokenStoreError::make(TokenStoreError::Kind::Timeout, QString(), timeoutMs));
        });
}

void KeychainTokenStore::remove(const QString &profileId, QObject *context, TokenStoreCallback done)
{
    auto callback = guarded(context, std::move(done));
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(profileId);
    const int timeoutMs = m_timeoutMs;
    run(
        job, "delete",
        [callback, timeoutMs](QKeychain::Job *finished) {
            // Deleting what is not there is what the caller wanted.
            if (finished->error() == QKeychain::NoError ||
                finished->error() == QKeychain::EntryNotFound)
                callback({});
            else
                callback(classify(finished->error(), finished->errorString(), timeoutMs));
        },
        [callback, timeoutMs] {
            callback(TokenStoreError::make(TokenStoreError::Kind::Timeout, QString(), timeoutMs));
        });
}
