#include "BulkActions.h"

#include "ExportDialog.h"
#include "ImportDialog.h"
#include "SecretBrowser.h"
#include "SecretModel.h"

#include <QAction>
#include <QWidget>

BulkActions::BulkActions(KonnectClient *client, SecretBrowser *browser, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_client(client)
    , m_browser(browser)
    , m_parent(dialogParent)
    , m_import(new QAction(tr("&Import secrets…"), this))
    , m_export(new QAction(tr("E&xport references…"), this))
{
    m_import->setObjectName(QStringLiteral("importSecretsAction"));
    m_import->setStatusTip(tr("Create or overwrite secrets from a .env, JSON or YAML file"));
    m_export->setObjectName(QStringLiteral("exportReferencesAction"));
    m_export->setStatusTip(
        tr("Save the vault references of this store's secrets as .env, YAML or CSV"));
    connect(m_import, &QAction::triggered, this, &BulkActions::openImport);
    connect(m_export, &QAction::triggered, this, &BulkActions::openExport);
    // The browser enables "New secret" exactly when a store is shown.
    connect(m_browser->newSecretAction(), &QAction::changed, this, &BulkActions::updateActions);
    updateActions();
}

void BulkActions::updateActions()
{
    const bool hasStore = !m_browser->storeId().isEmpty();
    m_import->setEnabled(hasStore);
    m_export->setEnabled(hasStore);
}

void BulkActions::openImport()
{
    if (m_browser->storeId().isEmpty())
        return;
    const QString storeId = m_browser->storeId();
    auto *dialog =
        new ImportDialog(m_client, m_browser->controlPlaneId(), m_browser->store(), m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("importDialog"));
    connect(dialog, &ImportDialog::secretWritten, this,
            [this, storeId](const ConfigStoreSecret &secret) {
                if (m_browser->storeId() == storeId)
                    m_browser->model()->upsert(secret);
            });
    dialog->open();
    dialog->chooseFile();
}

void BulkActions::openExport()
{
    if (m_browser->storeId().isEmpty())
        return;
    auto *dialog =
        new ExportDialog(m_client, m_browser->controlPlaneId(), m_browser->store(),
                         m_browser->vaultPrefixes(), m_browser->referencePrefix(), m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->open();
}
