#pragma once

#include "Profile.h"

#include <QList>
#include <QObject>

class QSettings;

// Profiles in QSettings, one group each ("profiles/<id>": name, region or
// customUrl, lastControlPlaneId) plus "lastProfile", the one to open at start,
// and "pendingTokenDeletes". Tokens are never written here.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    // The application's QSettings (organization and application names must be set).
    explicit ProfileStore(QObject *parent = nullptr);
    // A given QSettings (not owned), e.g. an ini file in a test's directory.
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);
    ~ProfileStore() override;

    QList<Profile> profiles() const;          // sorted by name, case-insensitively
    Profile profile(const QString &id) const; // an unsaved Profile when unknown
    bool contains(const QString &id) const;
    bool isEmpty() const { return profiles().isEmpty(); }

    // Assigns an id to a new profile; returns the saved profile.
    Profile save(Profile profile);
    void remove(const QString &id);
    void setLastControlPlane(const QString &profileId, const QString &controlPlaneId);

    QString lastProfileId() const; // empty when none or when it no longer exists
    void setLastProfileId(const QString &id);

    // Profile ids whose token a keychain delete failed to remove (the old token
    // of a session-only sign-in, a signed-out or deleted profile): tried again
    // at start. Ids only, never a token.
    QStringList pendingTokenDeletes() const;
    void addPendingTokenDelete(const QString &profileId);
    void removePendingTokenDelete(const QString &profileId);

    QSettings *settings() const { return m_settings; }

signals:
    void profilesChanged();

private:
    QSettings *m_settings;
    bool m_ownsSettings = false;
};
