#include "VaultActions.h"

#include "ConfigStoreModel.h"
#include "DeleteWarning.h"
#include "KonnectClient.h"
#include "StoreDialogs.h"
#include "Validation.h"
#include "VaultForm.h"
#include "VaultFormDialog.h"
#include "VaultModel.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>

VaultActions::VaultActions(KonnectClient *client, VaultModel *vaults, ConfigStoreModel *stores,
                           QWidget *window)
    : QObject(window)
    , m_client(client)
    , m_vaults(vaults)
    , m_stores(stores)
    , m_window(window)
    , m_new(new QAction(tr("&New vault…"), this))
    , m_edit(new QAction(tr("&Edit vault…"), this))
    , m_delete(new QAction(tr("&Delete vault…"), this))
    , m_createForStore(new QAction(tr("Create a &Konnect vault for this store…"), this))
{
    m_new->setObjectName(QStringLiteral("newVaultAction"));
    m_edit->setObjectName(QStringLiteral("editVaultAction"));
    m_delete->setObjectName(QStringLiteral("deleteVaultAction"));
    m_createForStore->setObjectName(QStringLiteral("createVaultForStoreAction"));
    connect(m_new, &QAction::triggered, this, [this] { openForm(Vault()); });
    connect(m_edit, &QAction::triggered, this, [this] {
        if (!m_vault.id.isEmpty())
            openForm(m_vault);
    });
    connect(m_delete, &QAction::triggered, this, &VaultActions::confirmDelete);
    connect(m_createForStore, &QAction::triggered, this, [this] {
        if (m_store.id.isEmpty())
            return;
        Vault vault;
        vault.name = QStringLiteral("konnect");
        vault.prefix = suggestPrefix(m_store.name);
        vault.description = tr("Secrets of the config store %1").arg(m_store.displayName());
        vault.config = {{QStringLiteral("config_store_id"), m_store.id}};
        openForm(vault);
    });
    updateActions();
}

QString VaultActions::suggestPrefix(const QString &name)
{
    QString prefix = name.toLower();
    prefix.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    prefix.remove(QRegularExpression(QStringLiteral("^[^a-z]+|-+$")));
    if (prefix.size() < 2 || Validation::vaultBackends().contains(prefix))
        prefix =
            prefix.isEmpty() ? QStringLiteral("store-vault") : prefix + QStringLiteral("-vault");
    return prefix;
}

void VaultActions::setControlPlane(const QString &controlPlaneId, bool readOnly)
{
    m_controlPlaneId = controlPlaneId;
    m_readOnly = readOnly;
    m_vault = Vault();
    m_store = ConfigStore();
    updateActions();
}

void VaultActions::setCurrentVault(const Vault &vault)
{
    m_vault = vault;
    updateActions();
}

void VaultActions::setCurrentStore(const ConfigStore &store)
{
    m_store = store;
    updateActions();
}

QString VaultActions::readOnlyReason() const
{
    return m_readOnly ? tr("A Kong Ingress Controller manages this control plane's vaults: "
                           "Konnect shows them here read-only. Change them in Kubernetes.")
                      : QString();
}

void VaultActions::updateActions()
{
    const bool writable = !m_controlPlaneId.isEmpty() && !m_readOnly;
    m_new->setEnabled(writable);
    m_edit->setEnabled(writable && !m_vault.id.isEmpty());
    m_delete->setEnabled(writable && !m_vault.id.isEmpty());
    m_createForStore->setEnabled(writable && !m_store.id.isEmpty());
    for (QAction *action : {m_new, m_edit, m_delete, m_createForStore})
        action->setToolTip(readOnlyReason()); // empty: Qt's default, the action's text
}

void VaultActions::openForm(const Vault &vault)
{
    auto *dialog = new VaultFormDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setClosesOnSubmit(false);
    dialog->form()->setConfigStores(m_stores->items());
    if (vault.id.isEmpty() && vault.name.isEmpty())
        dialog->form()->setBackend(QStringLiteral("konnect"));
    else
        dialog->setVault(vault);
    if (vault.id.isEmpty() && !vault.configStoreId().isEmpty())
        dialog->form()->selectConfigStore(vault.configStoreId());

    // The form never creates a store by itself: the user does, here.
    connect(dialog->form(), &VaultForm::createConfigStoreRequested, dialog, [this, dialog] {
        auto *storeDialog = new StoreNameDialog(m_client, m_controlPlaneId, ConfigStore(), dialog);
        storeDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(storeDialog, &StoreNameDialog::saved, dialog, [this, dialog](const ConfigStore &s) {
            m_stores->upsert(s);
            m_stores->setSecretCount(s.id, 0);
            dialog->form()->setConfigStores(m_stores->items());
            dialog->form()->selectConfigStore(s.id);
        });
        storeDialog->open();
    });

    const QString cp = m_controlPlaneId;
    connect(dialog, &VaultFormDialog::submitted, this, [this, dialog, cp, vault](const Vault &v) {
        auto done = [this, dialog](const ApiResult<Vault> &result) {
            if (!result.ok()) {
                QList<InvalidParameter> errors = result.error().invalidParameters();
                if (errors.isEmpty())
                    errors.append({QString(), QString(), result.error().message()});
                // Enabled first: a disabled form cannot take the focus to the first error.
                dialog->setBusy(false);
                dialog->form()->showServerErrors(errors);
                return;
            }
            m_vaults->upsert(result.value());
            m_stores->setVaults(m_vaults->items());
            emit vaultSaved(result.value());
            emit statusMessage(tr("Saved the vault %1").arg(result.value().prefix), 5000);
            dialog->finishSubmit();
        };
        if (vault.id.isEmpty())
            m_client->createVault(cp, v, dialog, done);
        else
            m_client->upsertVault(cp, vault.id, v, dialog, done);
    });
    dialog->open();
}

void VaultActions::confirmDelete()
{
    if (m_vault.id.isEmpty())
        return;
    const Vault vault = m_vault;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Delete vault"),
        tr("Delete the vault %1? Every {vault://%1/…} reference stops resolving. The secrets "
           "themselves are not deleted.")
            .arg(vault.prefix),
        QMessageBox::Cancel, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    auto *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    DeleteWarning::attach(box, m_client, m_controlPlaneId, DeletionTarget::vaultOf(vault.id));
    const QString cp = m_controlPlaneId;
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, vault, cp](QAbstractButton *b) {
        if (b != remove)
            return;
        m_client->deleteVault(cp, vault.id, this, [this, vault](const ApiResult<NoContent> &r) {
            if (!r.ok()) {
                emit statusMessage(r.error().message(), 0);
                return;
            }
            m_vaults->removeId(vault.id);
            m_stores->setVaults(m_vaults->items());
            emit vaultDeleted(vault.id);
            emit statusMessage(tr("Deleted the vault %1").arg(vault.prefix), 5000);
        });
    });
    box->open();
}
