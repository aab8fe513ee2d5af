#pragma once

#include "Profile.h"

#include <QMenu>

class QActionGroup;
class SessionController;

// The "Profile" menu of the main window: one checkable entry per profile
// (choosing one switches to it), then "Sign in with a new profile…",
// "Sign in again…", "Sign out" and "Delete profile…" (after a confirmation
// shown with open(), never a nested event loop).
class ProfileMenu : public QMenu
{
    Q_OBJECT

public:
    explicit ProfileMenu(SessionController *session, QWidget *parent = nullptr);

    QAction *newProfileAction() const { return m_newProfile; }
    QAction *signInAgainAction() const { return m_signInAgain; }
    QAction *signOutAction() const { return m_signOut; }
    QAction *deleteProfileAction() const { return m_deleteProfile; }

signals:
    // Open a SignInDialog for `profile` (unsaved for a new one).
    void signInRequested(const Profile &profile);

private:
    void rebuild();
    void confirmDelete();

    SessionController *m_session;
    QActionGroup *m_group;
    QList<QAction *> m_profileActions;
    QAction *m_separator;
    QAction *m_newProfile;
    QAction *m_signInAgain;
    QAction *m_signOut;
    QAction *m_deleteProfile;
};
