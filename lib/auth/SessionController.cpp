#include "SessionController.h"

#include "AuthLogging.h"
#include "KonnectClient.h"
#include "ProfileStore.h"

#include <QUuid>

#include <utility>

SessionController::SessionController(ProfileStore *profiles, TokenStore *tokens,
                                     KonnectClient *client, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_tokens(tokens)
    , m_client(client)
{
}

KonnectClient *SessionController::client() const
{
    return m_client;
}

bool SessionController::isSessionOnly() const
{
    return m_signedIn && m_sessionTokens.contains(m_current.id);
}

void SessionController::beginOperation()
{
    if (++m_pending == 1)
        emit busyChanged(true);
}

void SessionController::endOperation()
{
    if (--m_pending == 0)
        emit busyChanged(false);
}

// Nothing of the session outlives it: the views drop what they were loading
// (sessionEnded), then every call still going ends with "session ended" and
// sends nothing more, a retry waiting on Retry-After included.
void SessionController::endSession()
{
    if (m_client)
        m_client->setToken(QString());
    if (m_signedIn) {
        m_signedIn = false;
        emit sessionEnded();
    }
    if (m_client)
        m_client->endCalls();
}

void SessionController::activate(const Profile &profile, const QString &token)
{
    endSession(); // the session before, if any: signing in to another profile ends it
    ++m_generation;
    const bool changed = m_current != profile;
    m_current = profile;
    if (m_client) {
        m_client->setEndpoint(profile.endpoint());
        m_client->setToken(token);
    }
    m_signedIn = true;
    m_profiles->setLastProfileId(profile.id);
    if (changed)
        emit currentProfileChanged(m_current);
    qCInfo(lcAuth, "session started for profile %s", qUtf8Printable(profile.id));
    const bool wasLocked = std::exchange(m_locked, false); // only a started session unlocks
    emit sessionStarted(m_current);
    if (wasLocked)
        emit lockedChanged(false);
}

void SessionController::removeToken(const Profile &profile)
{
    m_profiles->addPendingTokenDelete(profile.id); // first: a crash meanwhile retries too
    beginOperation();
    m_tokens->remove(profile.id, this, [this, profile](const TokenStoreError &error) {
        endOperation();
        if (!error.isError()) {
            m_profiles->removePendingTokenDelete(profile.id);
            return;
        }
        qCWarning(lcAuth, "removing the token for profile %s failed: %s %s",
                  qUtf8Printable(profile.id), qUtf8Printable(TokenStoreError::kindName(error.kind)),
                  qUtf8Printable(error.detail));
        TokenStoreError told = error;
        told.message = tr("A token that should be gone is still in the keychain: %1 It will be "
                          "removed at the next start.")
                           .arg(error.message);
        emit tokenStoreFailed(profile, told);
    });
}

void SessionController::retryPendingTokenDeletes()
{
    const QStringList ids = m_profiles->pendingTokenDeletes();
    for (const QString &id : ids) {
        if (m_sessionTokens.contains(id))
            continue;
        Profile profile = m_profiles->profile(id); // unsaved when the profile was deleted
        profile.id = id;
        qCInfo(lcAuth, "removing the token of profile %s again", qUtf8Printable(id));
        removeToken(profile);
    }
}

void SessionController::restore()
{
    retryPendingTokenDeletes();
    QString id = m_profiles->lastProfileId();
    if (id.isEmpty()) {
        const QList<Profile> all = m_profiles->profiles();
        if (!all.isEmpty())
            id = all.constFirst().id;
    }
    if (id.isEmpty()) {
        emit signInRequired(Profile(), tr("Sign in to Konnect to start."));
        return;
    }
    switchToProfile(id);
}

void SessionController::switchToProfile(const QString &profileId)
{
    const Profile profile = m_profiles->profile(profileId);
    if (!profile.isSaved()) {
        qCWarning(lcAuth, "no profile %s to switch to", qUtf8Printable(profileId));
        return;
    }
    endSession();
    const int generation = ++m_generation;
    const bool changed = m_current != profile;
    m_current = profile;
    m_profiles->setLastProfileId(profile.id);
    if (m_client)
        m_client->setEndpoint(profile.endpoint());
    if (changed)
        emit currentProfileChanged(m_current);

    if (m_sessionTokens.contains(profile.id)) {
        activate(profile, m_sessionTokens.value(profile.id));
        return;
    }
    beginOperation();
    m_tokens->read(profile.id, this, [this, generation, profile](const TokenReadResult &result) {
        endOperation();
        if (generation != m_generation) {
            qCInfo(lcAuth, "dropping a token read for profile %s: switched since",
                   qUtf8Printable(profile.id));
            return;
        }
        switch (result.status) {
        case TokenReadResult::Status::Found:
            activate(profile, result.token);
            return;
        case TokenReadResult::Status::NotFound:
            emit signInRequired(profile, tr("No token is saved for “%1”: sign in with an access "
                                            "token.")
                                             .arg(profile.name));
            return;
        case TokenReadResult::Status::Failed:
            qCWarning(lcAuth, "reading the token for profile %s failed: %s %s",
                      qUtf8Printable(profile.id),
                      qUtf8Printable(TokenStoreError::kindName(result.error.kind)),
                      qUtf8Printable(result.error.detail));
            emit tokenStoreFailed(profile, result.error);
            emit signInRequired(profile, result.error.message);
            return;
        }
    });
}

void SessionController::signIn(const Profile &profile, const QString &token,
                               TokenPersistence persistence, QObject *context, SignInCallback done)
{
    QPointer<QObject> guard(context);
    auto finish = [guard, done](const Profile &saved, const TokenStoreError &error) {
        if (guard && done)
            done(saved, error);
    };
    Profile toSave = profile;
    if (!toSave.isSaved())
        toSave.id = QUuid::createUuid().toString(QUuid::WithoutBraces);

    if (persistence == TokenPersistence::SessionOnly) {
        const Profile saved = m_profiles->save(toSave);
        m_sessionTokens.insert(saved.id, token);
        // An older token for this profile must not come back at the next start.
        removeToken(saved);
        qCInfo(lcAuth, "profile %s uses a session-only token", qUtf8Printable(saved.id));
        activate(saved, token);
        finish(saved, {});
        return;
    }

    beginOperation();
    m_tokens->write(toSave.id, token, this,
                    [this, toSave, token, finish](const TokenStoreError &error) {
                        endOperation();
                        if (error.isError()) {
                            qCWarning(lcAuth, "storing the token for profile %s failed: %s %s",
                                      qUtf8Printable(toSave.id),
                                      qUtf8Printable(TokenStoreError::kindName(error.kind)),
                                      qUtf8Printable(error.detail));
                            emit tokenStoreFailed(toSave, error);
                            finish(toSave, error);
                            return;
                        }
                        const Profile saved = m_profiles->save(toSave);
                        m_profiles->removePendingTokenDelete(saved.id); // the new one stays
                        m_sessionTokens.remove(saved.id);
                        activate(saved, token);
                        finish(saved, {});
                    });
}

void SessionController::signOut()
{
    if (!m_current.isSaved())
        return;
    const Profile profile = m_current;
    ++m_generation;
    m_sessionTokens.remove(profile.id);
    endSession();
    removeToken(profile);
    qCInfo(lcAuth, "signed out of profile %s", qUtf8Printable(profile.id));
    emit signInRequired(profile, tr("Signed out of “%1”.").arg(profile.name));
}

void SessionController::deleteProfile(const QString &profileId)
{
    const Profile profile = m_profiles->profile(profileId);
    if (!profile.isSaved())
        return;
    m_sessionTokens.remove(profileId);
    removeToken(profile);
    m_profiles->remove(profileId);
    if (m_current.id != profileId)
        return;

    ++m_generation;
    endSession();
    m_current = Profile();
    emit currentProfileChanged(m_current);
    const QList<Profile> remaining = m_profiles->profiles();
    if (remaining.isEmpty())
        emit signInRequired(Profile(), tr("Sign in to Konnect to start."));
    else
        switchToProfile(remaining.constFirst().id);
}

void SessionController::lock()
{
    if (!m_signedIn || m_locked)
        return;
    ++m_generation; // a token read still under way must not unlock
    m_sessionTokens.remove(m_current.id);
    m_locked = true;
    endSession();
    qCInfo(lcAuth, "locked profile %s", qUtf8Printable(m_current.id));
    emit lockedChanged(true);
}

void SessionController::unlock()
{
    if (!m_locked || !m_current.isSaved())
        return;
    qCInfo(lcAuth, "unlocking profile %s", qUtf8Printable(m_current.id));
    switchToProfile(m_current.id);
}

void SessionController::setLastControlPlane(const QString &controlPlaneId)
{
    if (!m_current.isSaved() || m_current.lastControlPlaneId == controlPlaneId)
        return;
    m_profiles->setLastControlPlane(m_current.id, controlPlaneId);
    m_current.lastControlPlaneId = controlPlaneId;
}
