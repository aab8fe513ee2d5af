#include "ProfileMenu.h"

#include "ProfileStore.h"
#include "SessionController.h"

#include <QActionGroup>
#include <QMessageBox>
#include <QPushButton>

ProfileMenu::ProfileMenu(SessionController *session, QWidget *parent)
    : QMenu(tr("&Profile"), parent)
    , m_session(session)
    , m_group(new QActionGroup(this))
{
    m_group->setExclusive(true);
    m_separator = addSeparator();
    m_newProfile = addAction(tr("Sign in with a &new profile…"));
    m_signInAgain = addAction(tr("Sign in &again…"));
    m_signOut = addAction(tr("Sign &out"));
    addSeparator();
    m_deleteProfile = addAction(tr("&Delete profile…"));

    connect(m_newProfile, &QAction::triggered, this, [this] { emit signInRequested(Profile()); });
    connect(m_signInAgain, &QAction::triggered, this,
            [this] { emit signInRequested(m_session->currentProfile()); });
    connect(m_signOut, &QAction::triggered, m_session, &SessionController::signOut);
    connect(m_deleteProfile, &QAction::triggered, this, &ProfileMenu::confirmDelete);

    connect(m_session->profiles(), &ProfileStore::profilesChanged, this, &ProfileMenu::rebuild);
    connect(m_session, &SessionController::currentProfileChanged, this, &ProfileMenu::rebuild);
    connect(m_session, &SessionController::sessionStarted, this, &ProfileMenu::rebuild);
    connect(m_session, &SessionController::sessionEnded, this, &ProfileMenu::rebuild);
    rebuild();
}

void ProfileMenu::rebuild()
{
    qDeleteAll(m_profileActions);
    m_profileActions.clear();
    const Profile current = m_session->currentProfile();
    const QList<Profile> profiles = m_session->profiles()->profiles();
    for (const Profile &profile : profiles) {
        auto *action = new QAction(profile.displayLabel(), this);
        action->setCheckable(true);
        action->setChecked(profile.id == current.id);
        action->setData(profile.id);
        m_group->addAction(action);
        insertAction(m_separator, action);
        m_profileActions.append(action);
        const QString id = profile.id;
        connect(action, &QAction::triggered, this, [this, id] {
            if (id != m_session->currentProfile().id || !m_session->isSignedIn())
                m_session->switchToProfile(id);
        });
    }
    m_separator->setVisible(!profiles.isEmpty());
    m_signInAgain->setEnabled(current.isSaved());
    m_signOut->setEnabled(current.isSaved() && m_session->isSignedIn());
    m_deleteProfile->setEnabled(current.isSaved());
}

void ProfileMenu::confirmDelete()
{
    const Profile profile = m_session->currentProfile();
    if (!profile.isSaved())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete profile"),
                                tr("Delete the profile “%1”? Its token is removed from the "
                                   "system keychain.")
                                    .arg(profile.name),
                                QMessageBox::Cancel, parentWidget());
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = profile.id;
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, id](QAbstractButton *button) {
        if (button == remove)
            m_session->deleteProfile(id);
    });
    box->open();
}
