#include "StoreDialogs.h"

#include "FetchAll.h"
#include "KonnectClient.h"
#include "Validation.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace {

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setTextFormat(Qt::PlainText); // Konnect's words, never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void showError(QLabel *label, const ApiError &error)
{
    label->setText(error.invalidParameters().isEmpty() && error.title().isEmpty()
                       ? error.message()
                       : error.fullDescription());
    label->show();
}

} // namespace

StoreNameDialog::StoreNameDialog(KonnectClient *client, QString controlPlaneId,
                                 const ConfigStore &store, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_controlPlaneId(std::move(controlPlaneId))
    , m_store(store)
    , m_name(new QLineEdit(store.name, this))
    , m_counter(new QLabel(this))
    , m_error(errorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    const bool creating = store.id.isEmpty();
    setWindowTitle(creating ? tr("New config store") : tr("Rename config store"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Config store name"));
    m_name->setPlaceholderText(tr("e.g. payments-prod"));
    m_counter->setObjectName(QStringLiteral("nameCounter"));

    auto *form = new QFormLayout;
    auto *row = new QHBoxLayout;
    row->addWidget(m_name);
    row->addWidget(m_counter);
    form->addRow(tr("&Name:"), row);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &StoreNameDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StoreNameDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StoreNameDialog::reject);
    updateState();
}

QString StoreNameDialog::name() const
{
    return m_name->text();
}

void StoreNameDialog::setName(const QString &name)
{
    m_name->setText(name);
}

QString StoreNameDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool StoreNameDialog::canSave() const
{
    return Validation::configStoreName(name()).isEmpty() && name() != m_store.name;
}

void StoreNameDialog::updateState()
{
    const int length = Validation::codePointLength(name());
    m_counter->setText(QStringLiteral("%1 / %2").arg(length).arg(Validation::ConfigStoreNameMax));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(canSave() && !m_call && !m_lookup);
    // Too long: say which rule, as the user types (an empty name is only named on Save).
    const QList<InvalidParameter> errors = Validation::configStoreName(name());
    if (!errors.isEmpty() && errors.constFirst().rule == QLatin1String("max_length")) {
        showRule(errors);
    } else if (m_ruleShown) {
        m_error->hide();
        m_ruleShown = false;
    }
}

void StoreNameDialog::showRule(const QList<InvalidParameter> &errors)
{
    m_error->setText(ApiError::validation(errors).message()); // "Nothing was sent: name must..."
    m_error->show();
    m_ruleShown = true;
}

void StoreNameDialog::accept()
{
    if (m_call || m_lookup)
        return;
    if (const QList<InvalidParameter> errors = Validation::configStoreName(name());
        !errors.isEmpty()) {
        showRule(errors); // nothing is sent
        return;
    }
    if (!canSave())
        return;
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    auto done = [this, sentAt, sent = name()](const ApiResult<ConfigStore> &result) {
        m_call.clear();
        m_name->setEnabled(true);
        updateState();
        if (!result.ok()) {
            m_ruleShown = false;
            showError(m_error, result.error());
            const ApiError::Kind kind = result.error().kind();
            if (m_store.id.isEmpty() &&
                (kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout))
                lookForLostCreate(sent, sentAt, kind == ApiError::Kind::Timeout, m_error->text());
            return;
        }
        emit saved(result.value());
        QDialog::accept();
    };
    m_call = m_store.id.isEmpty()
                 ? m_client->createConfigStore(m_controlPlaneId, name(), this, done)
                 : m_client->updateConfigStore(m_controlPlaneId, m_store.id, name(), this, done);
    m_name->setEnabled(false);
    updateState();
}

void StoreNameDialog::lookForLostCreate(const QString &name, const QDateTime &sentAt, bool timedOut,
                                        const QString &lost)
{
    // Konnect's clock and this machine's may disagree by a little.
    constexpr int ClockSkewSeconds = 300;
    m_error->setText(lost + QLatin1Char(' ') +
                     tr("Checking whether the store was created before the answer was lost…"));
    auto made = std::make_shared<QList<ConfigStore>>();
    const QDateTime since = sentAt.addSecs(-ClockSkewSeconds);
    m_lookup = m_client->fetchAllConfigStores(
        m_controlPlaneId, this,
        [made, name, since](const QList<ConfigStore> &page) {
            for (const ConfigStore &store : page) {
                if (store.name == name && store.createdAt.isValid() && store.createdAt >= since)
                    made->append(store);
            }
        },
        [this, made, name, timedOut, lost](const ApiError &error) {
            m_lookup.clear();
            updateState();
            if (error.isError()) {
                m_error->setText(lost + QLatin1Char(' ') +
                                 tr("The store may have been created before the answer was "
                                    "lost, and the list could not be read to tell (%1): refresh "
                                    "the list (F5) before saving again.")
                                     .arg(error.message()));
            } else if (made->size() == 1) {
                emit saved(made->constFirst()); // created: only the answer was lost
                QDialog::accept();
            } else if (made->isEmpty() && timedOut) {
                // No answer at all: the request may still be on its way or being served.
                m_error->setText(lost + QLatin1Char(' ') +
                                 tr("The list holds no new store named %1 yet, but the request "
                                    "may still be served: refresh the list (F5) in a moment "
                                    "before saving again.")
                                     .arg(name));
            } else if (made->isEmpty()) {
                m_error->setText(lost + QLatin1Char(' ') +
                                 tr("The list holds no new store named %1: save again.").arg(name));
            } else {
                m_error->setText(lost + QLatin1Char(' ') +
                                 tr("%n stores named %1 were created in the last minutes, so "
                                    "which one is yours cannot be told: refresh the list (F5) "
                                    "before saving again.",
                                    nullptr, int(made->size()))
                                     .arg(name));
            }
        });
    updateState();
}

void StoreNameDialog::reject()
{
    if (m_call)
        m_call->cancel();
    if (m_lookup)
        m_lookup->cancel();
    QDialog::reject();
}

DeleteStoreDialog::DeleteStoreDialog(KonnectClient *client, QString controlPlaneId,
                                     const ConfigStore &store, int secretCount,
                                     const QStringList &vaultPrefixes, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_controlPlaneId(std::move(controlPlaneId))
    , m_store(store)
    , m_secretCount(secretCount)
    , m_error(errorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Delete config store"));
    auto *layout = new QVBoxLayout(this);
    const QString name = store.displayName().toHtmlEscaped();
    QString text;
    if (secretCount > 0)
        text = tr("Delete the config store <b>%1</b> and the %n secret(s) it holds? Their values "
                  "cannot be recovered.",
                  nullptr, secretCount)
                   .arg(name);
    else if (secretCount < 0)
        text = tr("Delete the config store <b>%1</b> and every secret it holds? Their values "
                  "cannot be recovered.")
                   .arg(name);
    else
        text = tr("Delete the empty config store <b>%1</b>?").arg(name);
    if (!vaultPrefixes.isEmpty())
        text += QStringLiteral("<p>") +
                tr("References through these vaults will stop resolving: %1.")
                    .arg(vaultPrefixes.join(QStringLiteral(", ")).toHtmlEscaped());
    auto *message = new QLabel(text, this);
    message->setObjectName(QStringLiteral("messageLabel"));
    message->setWordWrap(true);
    layout->addWidget(message);
    if (secretCount != 0) {
        m_confirmation = new QLineEdit(this);
        m_confirmation->setObjectName(QStringLiteral("confirmationEdit"));
        m_confirmation->setAccessibleName(tr("Type the store's name to confirm"));
        m_confirmation->setPlaceholderText(confirmationText());
        auto *prompt = new QLabel(
            tr("Type <b>%1</b> to confirm:").arg(confirmationText().toHtmlEscaped()), this);
        prompt->setBuddy(m_confirmation);
        layout->addWidget(prompt);
        layout->addWidget(m_confirmation);
    }
    layout->addWidget(m_error);
    auto *remove = m_buttons->addButton(tr("&Delete"), QDialogButtonBox::AcceptRole);
    remove->setObjectName(QStringLiteral("deleteButton"));
    layout->addWidget(m_buttons);
    // Cancel is the default: Enter never deletes by accident.
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    remove->setEnabled(canDelete());
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DeleteStoreDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DeleteStoreDialog::reject);
    if (m_confirmation)
        connect(m_confirmation, &QLineEdit::textChanged, remove,
                [this, remove] { remove->setEnabled(canDelete()); });
}

bool DeleteStoreDialog::canDelete() const
{
    return !m_call && (!m_confirmation || m_confirmation->text() == confirmationText());
}

QString DeleteStoreDialog::confirmationText() const
{
    // A store without a name is confirmed by the start of its id, as it is shown.
    return m_store.name.isEmpty() ? m_store.id.left(8) : m_store.name;
}

QString DeleteStoreDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void DeleteStoreDialog::setConfirmation(const QString &typed)
{
    if (m_confirmation)
        m_confirmation->setText(typed);
}

void DeleteStoreDialog::accept()
{
    if (!canDelete())
        return;
    m_call = m_client->deleteConfigStore(m_controlPlaneId, m_store.id, m_secretCount != 0, this,
                                         [this](const ApiResult<NoContent> &result) {
                                             m_call.clear();
                                             if (!result.ok()) {
                                                 showError(m_error, result.error());
                                                 return;
                                             }
                                             emit deleted(m_store.id);
                                             QDialog::accept();
                                         });
}

void DeleteStoreDialog::reject()
{
    if (m_call)
        m_call->cancel();
    QDialog::reject();
}
