#pragma once

#include "ApiCall.h"
#include "Entities.h"
#include "KonnectEndpoint.h"
#include "TokenFormat.h"

#include <QObject>
#include <QPointer>

class KonnectClient;
class QNetworkAccessManager;

// Who a token signs in as.
struct SignInIdentity
{
    TokenFormat::Kind kind = TokenFormat::Kind::Invalid;
    User user; // personal tokens only
    Organization organization;

    // "Signed in as Ada Lovelace (Example Org)", or for a system account token
    // "Signed in with a system account token (Example Org)".
    QString summary() const;
};

Q_DECLARE_METATYPE(SignInIdentity)

// Checks a token against an endpoint before anything is saved: get-users-me
// (personal tokens; a system account has no user) then get-organizations-me.
// Exactly one of succeeded / failed follows each start(), unless cancel() or a
// new start() comes first. Fails fast: one retry at most, a 15 s transfer timeout.
class SignInCheck : public QObject
{
    Q_OBJECT

public:
    explicit SignInCheck(QNetworkAccessManager *network, QObject *parent = nullptr);

    void start(const KonnectEndpoint &endpoint, const QString &token);
    void cancel();
    bool isRunning() const { return m_running; }

    void setRetryPolicy(const RetryPolicy &policy);
    static RetryPolicy defaultRetryPolicy();

signals:
    void succeeded(const SignInIdentity &identity);
    // message: a sentence a person can act on ("The token was rejected: ...").
    void failed(const QString &message, const ApiError &error);
    void runningChanged(bool running);

private:
    void fetchOrganization();
    void fail(const QString &message, const ApiError &error);
    void failLater(const QString &message, const ApiError &error);
    void setRunning(bool running);

    KonnectClient *m_client;
    QPointer<ApiCall> m_call;
    SignInIdentity m_identity;
    bool m_running = false;
    int m_generation = 0;
};
