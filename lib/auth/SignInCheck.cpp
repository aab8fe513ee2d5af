#include "SignInCheck.h"

#include "AuthLogging.h"
#include "KonnectClient.h"

#include <QCoreApplication>
#include <QTimer>

namespace {

} // namespace

QString SignInIdentity::summary() const
{
    const QString organizationName =
        organization.name.isEmpty()
            ? QCoreApplication::translate("SignInCheck", "unnamed organization")
            : organization.name;
    if (kind == TokenFormat::Kind::SystemAccount)
        return QCoreApplication::translate("SignInCheck",
                                           "Signed in with a system account token (%1)")
            .arg(organizationName);
    return QCoreApplication::translate("SignInCheck", "Signed in as %1 (%2)")
        .arg(user.displayName(), organizationName);
}

SignInCheck::SignInCheck(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_client(new KonnectClient(network, this))
{
    m_client->setRetryPolicy(defaultRetryPolicy());
}

RetryPolicy SignInCheck::defaultRetryPolicy()
{
    RetryPolicy policy;
    policy.maxAttempts = 2;
    policy.baseDelayMs = 300;
    policy.maxDelayMs = 3000;
    policy.transferTimeoutMs = 15000;
    return policy;
}

void SignInCheck::setRetryPolicy(const RetryPolicy &policy)
{
    m_client->setRetryPolicy(policy);
}

void SignInCheck::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    emit runningChanged(running);
}

void SignInCheck::cancel()
{
    ++m_generation; // a queued early failure of the previous start() is dropped
    if (m_call)
        m_call->cancel(); // its callback never runs
    m_call.clear();
    setRunning(false);
}

void SignInCheck::start(const KonnectEndpoint &endpoint, const QString &token)
{
    cancel();
    m_identity = {};
    setRunning(true);

    const TokenFormat::Result format = TokenFormat::check(token);
    if (!format.ok()) {
        failLater(format.error, ApiError::validation({{QStringLiteral("token"),
                                                       QStringLiteral("format"), format.error}}));
        return;
    }
    if (!endpoint.isValid()) {
        const QString message =
            QCoreApplication::translate("SignInCheck", "Choose a region or enter a valid API URL.");
        failLater(message, ApiError::insecureUrl(message));
        return;
    }
    m_identity.kind = format.kind;
    m_client->setEndpoint(endpoint);
    m_client->setToken(format.token);

    if (format.kind == TokenFormat::Kind::SystemAccount) {
        fetchOrganization();
        return;
    }
    m_call = m_client->getUsersMe(this, [this](const ApiResult<User> &result) {
        m_call.clear();
        if (!result.ok()) {
            fail(result.error().message(), result.error());
            return;
        }
        m_identity.user = result.value();
        fetchOrganization();
    });
}

void SignInCheck::fetchOrganization()
{
    m_call = m_client->getOrganizationsMe(this, [this](const ApiResult<Organization> &result) {
        m_call.clear();
        if (!result.ok()) {
            fail(result.error().message(), result.error());
            return;
        }
        m_identity.organization = result.value();
        m_client->setToken(QString()); // the check is done; keep no copy here
        qCInfo(lcAuth, "sign-in check succeeded for organization %s",
               qUtf8Printable(m_identity.organization.id));
        setRunning(false);
        emit succeeded(m_identity);
    });
}

void SignInCheck::failLater(const QString &message, const ApiError &error)
{
    // Like a network failure, from the event loop: never inside start().
    const int generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, message, error] {
        if (generation == m_generation)
            fail(message, error);
    });
}

void SignInCheck::fail(const QString &message, const ApiError &error)
{
    m_client->setToken(QString());
    qCInfo(lcAuth, "sign-in check failed: %s", qUtf8Printable(message));
    setRunning(false);
    emit failed(message, error);
}
