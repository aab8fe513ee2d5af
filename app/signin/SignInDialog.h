#pragma once

#include "Profile.h"
#include "SignInCheck.h"

#include <QDialog>

#include <memory>

class QAction;
class QNetworkAccessManager;
class SessionController;
class SignInCheck;

namespace Ui {
class SignInDialog;
}

// Sign in to a profile: name, region or custom API URL, and an access token.
// "Sign in" checks the token with Konnect (get-users-me for a personal token,
// get-organizations-me for both) and only then saves it through the
// SessionController. When the keychain fails, it says why and offers "Use this
// token for this session only". Nothing here waits on a nested event loop:
// show it with open() or show().
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(SessionController *session, QNetworkAccessManager *network,
                 QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Edits this profile (a re-sign-in); an unsaved Profile creates a new one.
    void setProfile(const Profile &profile);
    // A line shown above the form's result, e.g. why a sign-in is needed.
    void setMessage(const QString &message);

    // Creates the dialog for `profile`, deleted on close, and open()s it.
    static SignInDialog *openFor(SessionController *session, QNetworkAccessManager *network,
                                 const Profile &profile, const QString &message, QWidget *parent);

    QString resultText() const;
    bool isChecking() const;
    SignInCheck *check() const { return m_check; } // e.g. to set a test retry policy

    void reject() override;

signals:
    // The profile is saved and current, its token in the keychain or in memory.
    void signedIn(const Profile &profile);

private:
    void startSignIn();
    void onCheckSucceeded(const SignInIdentity &identity);
    void onCheckFailed(const QString &message);
    void useForSessionOnly();
    void finishSignIn(const Profile &saved);
    void setBusy(bool busy);
    void showResult(const QString &text, bool error);
    void updateUrlRow();
    Profile profileFromForm(QString *error) const;

    std::unique_ptr<Ui::SignInDialog> m_ui;
    SessionController *m_session;
    SignInCheck *m_check;
    QAction *m_reveal = nullptr;
    Profile m_profile;      // what is being edited (id empty for a new profile)
    Profile m_pending;      // checked, waiting to be saved
    QString m_pendingToken; // cleared as soon as it is saved or the dialog closes
    QString m_summary;
    bool m_saving = false;
};
