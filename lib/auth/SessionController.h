#pragma once

#include "Profile.h"
#include "TokenStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class KonnectClient;
class ProfileStore;

// The signed-in state of the app: which profile is current, and the token the
// KonnectClient uses. Tokens come from the TokenStore (the OS keychain) or,
// when the user chose so after a keychain failure, from memory for this session
// only. Nothing here blocks: every keychain access is asynchronous.
//
// Wiring (main window / main.cpp):
//   restore() at start; switchToProfile() from a profile menu; signIn() from
//   SignInDialog; signOut(); deleteProfile(). React to sessionStarted (load
//   control planes), sessionEnded (clear views), signInRequired (open the
//   SignInDialog for that profile) and tokenStoreFailed (show the message).
class SessionController : public QObject
{
    Q_OBJECT

public:
    enum class TokenPersistence { Keychain, SessionOnly };
    using SignInCallback = std::function<void(const Profile &saved, const TokenStoreError &error)>;

    // None of the three is owned; they must outlive the controller.
    SessionController(ProfileStore *profiles, TokenStore *tokens, KonnectClient *client,
                      QObject *parent = nullptr);

    ProfileStore *profiles() const { return m_profiles; }
    TokenStore *tokens() const { return m_tokens; }
    KonnectClient *client() const;

    Profile currentProfile() const { return m_current; }
    bool isSignedIn() const { return m_signedIn; }
    bool isSessionOnly() const; // the current token lives in memory only
    bool isBusy() const { return m_pending > 0; }
    bool isLocked() const { return m_locked; }

    // At start: tries again the token deletes that failed before (see
    // ProfileStore::pendingTokenDeletes; tokenStoreFailed when one still
    // fails), then opens the last profile (or the first one) and reads its token.
    // With no profile at all, emits signInRequired with an unsaved profile.
    void restore();
    // Points the client at the profile's endpoint, then reads its token:
    // sessionStarted when found, signInRequired otherwise.
    void switchToProfile(const QString &profileId);
    // After a successful SignInCheck. Keychain: writes the token first; on
    // failure nothing is saved or changed and `done` gets the error (offer
    // "use this token for this session only", i.e. call again with
    // SessionOnly). SessionOnly: the token stays in memory, the profile is
    // saved. On success the profile is saved (a new one gets its id), becomes
    // current, and sessionStarted is emitted before `done`.
    void signIn(const Profile &profile, const QString &token, TokenPersistence persistence,
                QObject *context, SignInCallback done);
    // Forgets the current profile's token (keychain and memory); keeps the profile.
    void signOut();
    // Deletes the profile's token and settings. When it was current, switches to
    // the first remaining profile (or asks for a sign-in when none remain).
    void deleteProfile(const QString &profileId);
    // Locks a signed-in session: it ends (every call cancelled, sessionEnded),
    // the token leaves memory (a session-only one for good), the profile stays
    // current. Does nothing when no session is running or already locked.
    void lock();
    // Reads the current profile's token again: the lock lifts when the session
    // starts (sessionStarted); without a saved token signInRequired asks for it
    // and the app stays locked until a sign-in succeeds.
    void unlock();
    // Remembers the control plane picked in the current profile.
    void setLastControlPlane(const QString &controlPlaneId);

signals:
    void currentProfileChanged(const Profile &profile);
    // The client has the profile's endpoint and token: load data.
    void sessionStarted(const Profile &profile);
    // The client no longer has a token (signed out, switching, profile deleted).
    void sessionEnded();
    // No usable token for `profile` (it may be unsaved when there is no profile yet).
    void signInRequired(const Profile &profile, const QString &reason);
    // The keychain failed while reading, writing or deleting `profile`'s token.
    void tokenStoreFailed(const Profile &profile, const TokenStoreError &error);
    void busyChanged(bool busy);
    void lockedChanged(bool locked);

private:
    void activate(const Profile &profile, const QString &token);
    void endSession();
    // Deletes a token that must not come back; a failure is remembered (no
    // secret) and the delete tried again at the next start.
    void removeToken(const Profile &profile);
    void retryPendingTokenDeletes();
    void beginOperation();
    void endOperation();

    ProfileStore *m_profiles;
    TokenStore *m_tokens;
    QPointer<KonnectClient> m_client;
    Profile m_current;
    bool m_signedIn = false;
    bool m_locked = false;
    int m_generation = 0; // bumps on every switch: late keychain answers are dropped
    int m_pending = 0;
    QHash<QString, QString> m_sessionTokens; // profile id -> token, memory only
};
