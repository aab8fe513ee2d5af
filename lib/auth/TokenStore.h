#pragma once

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

// What went wrong with the keychain, as a value: a kind the UI can branch on and
// a sentence a person can act on. "Not found" is never an error.
struct TokenStoreError
{
    enum class Kind {
        None,
        NoBackend,    // no Secret Service / KWallet on the session bus, or no session bus
        Locked,       // the collection is locked and could not be unlocked (no prompt possible)
        AccessDenied, // the user or the keychain refused access
        Timeout,      // no answer within the store's timeout (10 s)
        Other,
    };

    Kind kind = Kind::None;
    QString message; // e.g. "No Secret Service is running: install and start gnome-keyring..."
    QString detail;  // the keychain's own error text, for a details pane and the log

    bool isError() const { return kind != Kind::None; }

    static TokenStoreError make(Kind kind, const QString &detail = QString(),
                                int timeoutMs = 10000);
    static QString messageFor(Kind kind, const QString &detail, int timeoutMs = 10000);
    static QString kindName(Kind kind); // "NoBackend", ... for logs and test output
};

Q_DECLARE_METATYPE(TokenStoreError)

struct TokenReadResult
{
    enum class Status { Found, NotFound, Failed };

    Status status = Status::NotFound;
    QString token;         // when Found
    TokenStoreError error; // when Failed

    bool found() const { return status == Status::Found; }
    bool failed() const { return status == Status::Failed; }
};

using TokenReadCallback = std::function<void(const TokenReadResult &)>;
using TokenStoreCallback = std::function<void(const TokenStoreError &)>; // None = done

// Where access tokens live, keyed by profile id. Every operation is
// asynchronous: its callback runs later on the event loop (never inside the
// call), in `context`'s thread, and never after `context` is destroyed.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void read(const QString &profileId, QObject *context, TokenReadCallback done) = 0;
    virtual void write(const QString &profileId, const QString &token, QObject *context,
                       TokenStoreCallback done) = 0;
    // Removing an entry that does not exist succeeds.
    virtual void remove(const QString &profileId, QObject *context, TokenStoreCallback done) = 0;

    // A short description for the UI, e.g. "the system keychain".
    virtual QString description() const = 0;

protected:
    // Wraps `done` so it does nothing once `context` is gone.
    template<typename Callback>
    static Callback guarded(QObject *context, Callback done)
    {
        QPointer<QObject> guard(context);
        return [guard, done = std::move(done)](const auto &value) {
            if (guard && done)
                done(value);
        };
    }
};
