#include "SignInDialog.h"

#include "RevealIcon.h"
#include "SessionController.h"
#include "TokenFormat.h"
#include "ui_SignInDialog.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>
#include <QPushButton>

namespace {

const int CustomUrlIndexData = -1;

} // namespace

SignInDialog::SignInDialog(SessionController *session, QNetworkAccessManager *network,
                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_session(session)
    , m_check(new SignInCheck(network, this))
{
    m_ui->setupUi(this);

    for (const QString &region : KonnectEndpoint::regions())
        m_ui->regionCombo->addItem(region.toUpper(), region);
    m_ui->regionCombo->addItem(tr("Custom URL…"), CustomUrlIndexData);

    m_reveal = new QAction(revealIcon(false), tr("Show token"), this);
    m_reveal->setCheckable(true);
    m_reveal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_reveal->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_reveal->setToolTip(
        tr("Show the token (%1)").arg(m_reveal->shortcut().toString(QKeySequence::NativeText)));
    m_ui->tokenEdit->addAction(m_reveal, QLineEdit::TrailingPosition);
    addAction(m_reveal); // the shortcut works from anywhere in the dialog
    connect(m_reveal, &QAction::toggled, this, [this](bool shown) {
        m_ui->tokenEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setIcon(revealIcon(shown));
        m_reveal->setText(shown ? tr("Hide token") : tr("Show token"));
        m_reveal->setToolTip((shown ? tr("Hide the token (%1)") : tr("Show the token (%1)"))
                                 .arg(m_reveal->shortcut().toString(QKeySequence::NativeText)));
    });

    // No input method, no completion, no drag out: the token stays in this field.
    m_ui->tokenEdit->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_ui->tokenEdit->setDragEnabled(false);
    m_ui->busyIndicator->setVisible(false);
    m_ui->sessionOnlyButton->setVisible(false);
    m_ui->resultLabel->setVisible(false);

    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this, &SignInDialog::updateUrlRow);
    connect(m_ui->checkButton, &QPushButton::clicked, this, &SignInDialog::startSignIn);
    connect(m_ui->sessionOnlyButton, &QPushButton::clicked, this, &SignInDialog::useForSessionOnly);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_ui->tokenEdit, &QLineEdit::textEdited, this, [this] {
        // A new token: whatever was said about the old one no longer applies.
        m_ui->sessionOnlyButton->setVisible(false);
        m_pendingToken.clear();
    });
    connect(m_check, &SignInCheck::succeeded, this, &SignInDialog::onCheckSucceeded);
    connect(m_check, &SignInCheck::failed, this,
            [this](const QString &message, const ApiError &) { onCheckFailed(message); });

    setProfile(Profile());
}

SignInDialog::~SignInDialog() = default;

SignInDialog *SignInDialog::openFor(SessionController *session, QNetworkAccessManager *network,
                                    const Profile &profile, const QString &message, QWidget *parent)
{
    auto *dialog = new SignInDialog(session, network, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfile(profile);
    dialog->setMessage(message);
    dialog->open();
    return dialog;
}

void SignInDialog::setProfile(const Profile &profile)
{
    m_profile = profile;
    m_ui->nameEdit->setText(profile.isSaved() || !profile.name.isEmpty() ? profile.name
                                                                         : tr("Konnect"));
    if (profile.usesCustomUrl() && !profile.customUrl.isEmpty()) {
        m_ui->regionCombo->setCurrentIndex(m_ui->regionCombo->findData(CustomUrlIndexData));
        m_ui->urlEdit->setText(profile.customUrl.toString());
    } else {
        const int index = m_ui->regionCombo->findData(
            profile.region.isEmpty() ? QStringLiteral("us") : profile.region);
        m_ui->regionCombo->setCurrentIndex(qMax(0, index));
        m_ui->urlEdit->clear();
    }
    setWindowTitle(profile.isSaved() ? tr("Sign in to “%1”").arg(profile.name)
                                     : tr("Sign in to Konnect"));
    updateUrlRow();
    m_ui->tokenEdit->setFocus();
}

void SignInDialog::setMessage(const QString &message)
{
    if (!message.isEmpty())
        showResult(message, false);
}

QString SignInDialog::resultText() const
{
    return m_ui->resultLabel->text();
}

bool SignInDialog::isChecking() const
{
    return m_check->isRunning() || m_saving;
}

void SignInDialog::updateUrlRow()
{
    const bool custom = m_ui->regionCombo->currentData().toInt() == CustomUrlIndexData &&
                        m_ui->regionCombo->currentData().typeId() == QMetaType::Int;
    m_ui->urlLabel->setVisible(custom);
    m_ui->urlEdit->setVisible(custom);
    if (custom && isVisible())
        m_ui->urlEdit->setFocus();
}

Profile SignInDialog::profileFromForm(QString *error) const
{
    Profile profile = m_profile;
    profile.name = m_ui->nameEdit->text().trimmed();
    if (profile.name.isEmpty()) {
        *error = tr("Give the profile a name, e.g. “Work (EU)”.");
        return {};
    }
    const QVariant data = m_ui->regionCombo->currentData();
    if (data.typeId() == QMetaType::Int) {
        const QString text = m_ui->urlEdit->text().trimmed();
        const QUrl url(text, QUrl::StrictMode);
        if (text.isEmpty()) {
            *error = tr("Enter the API URL, e.g. https://konnect.example.com.");
            return {};
        }
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
            *error = tr("“%1” is not a valid URL: enter the API URL with its scheme, e.g. "
                        "https://konnect.example.com.")
                         .arg(text);
            return {};
        }
        QString urlError;
        if (!KonnectEndpoint::forCustomUrl(url, &urlError).isValid()) {
            *error = urlError.isEmpty() ? tr("This URL cannot be used.") : urlError;
            return {};
        }
        profile.region.clear();
        profile.customUrl = url;
    } else {
        profile.region = data.toString();
        profile.customUrl.clear();
    }
    // A different place is a different account: start over on its control planes.
    if (profile.region != m_profile.region || profile.customUrl != m_profile.customUrl)
        profile.lastControlPlaneId.clear();
    return profile;
}

void SignInDialog::startSignIn()
{
    if (isChecking())
        return;
    QString error;
    const Profile profile = profileFromForm(&error);
    if (!error.isEmpty()) {
        showResult(error, true);
        return;
    }
    const TokenFormat::Result format = TokenFormat::check(m_ui->tokenEdit->text());
    if (!format.ok()) {
        showResult(format.error, true);
        m_ui->tokenEdit->setFocus();
        return;
    }
    m_ui->tokenEdit->setText(format.token); // show what is used: trimmed
    m_pending = profile;
    m_pendingToken = format.token;
    m_ui->sessionOnlyButton->setVisible(false);
    showResult(tr("Checking the token with Konnect…"), false);
    setBusy(true);
    m_check->start(profile.endpoint(), format.token);
}

void SignInDialog::onCheckSucceeded(const SignInIdentity &identity)
{
    m_summary = identity.summary();
    showResult(m_summary, false);
    m_saving = true;
    m_session->signIn(
        m_pending, m_pendingToken, SessionController::TokenPersistence::Keychain, this,
        [this](const Profile &saved, const TokenStoreError &error) {
            m_saving = false;
            if (!error.isError()) {
                finishSignIn(saved);
                return;
            }
            setBusy(false);
            showResult(tr("%1, but the token could not be saved in %2. %3")
                           .arg(m_summary, m_session->tokens()->description(), error.message),
                       true);
            m_ui->sessionOnlyButton->setVisible(true);
            m_ui->sessionOnlyButton->setFocus();
        });
}

void SignInDialog::onCheckFailed(const QString &message)
{
    setBusy(false);
    m_pendingToken.clear();
    showResult(message, true);
    m_ui->tokenEdit->setFocus();
    m_ui->tokenEdit->selectAll();
}

void SignInDialog::useForSessionOnly()
{
    if (m_pendingToken.isEmpty() || isChecking())
        return;
    m_saving = true;
    setBusy(true);
    m_session->signIn(m_pending, m_pendingToken, SessionController::TokenPersistence::SessionOnly,
                      this, [this](const Profile &saved, const TokenStoreError &) {
                          m_saving = false;
                          showResult(tr("%1, for this session only: the token will be "
                                        "forgotten when the app quits.")
                                         .arg(m_summary),
                                     false);
                          finishSignIn(saved);
                      });
}

void SignInDialog::finishSignIn(const Profile &saved)
{
    setBusy(false);
    m_pendingToken.clear();
    m_ui->tokenEdit->clear();
    m_profile = saved;
    emit signedIn(saved);
    accept();
}

void SignInDialog::reject()
{
    m_check->cancel();
    m_pendingToken.clear();
    m_ui->tokenEdit->clear();
    QDialog::reject();
}

void SignInDialog::setBusy(bool busy)
{
    m_ui->busyIndicator->setVisible(busy);
    m_ui->checkButton->setEnabled(!busy);
    m_ui->sessionOnlyButton->setEnabled(!busy);
    m_ui->nameEdit->setEnabled(!busy);
    m_ui->regionCombo->setEnabled(!busy);
    m_ui->urlEdit->setEnabled(!busy);
    m_ui->tokenEdit->setReadOnly(busy);
}

void SignInDialog::showResult(const QString &text, bool error)
{
    m_ui->resultLabel->setText(text);
    m_ui->resultLabel->setVisible(!text.isEmpty());
    QPalette palette = m_ui->resultLabel->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(0xb0, 0x1e, 0x1e)
                                                 : this->palette().color(QPalette::WindowText));
    m_ui->resultLabel->setPalette(palette);
    m_ui->resultLabel->setForegroundRole(QPalette::WindowText);
    m_ui->resultLabel->setAccessibleDescription(error ? tr("Error") : QString());
}
