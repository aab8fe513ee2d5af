#include "StoreActions.h"

#include "ConfigStoreModel.h"
#include "DeleteWarning.h"
#include "KonnectClient.h"
#include "StoreDialogs.h"

#include <QAction>
#include <QKeySequence>
#include <QWidget>

StoreActions::StoreActions(KonnectClient *client, ConfigStoreModel *stores, QWidget *window)
    : QObject(window)
    , m_client(client)
    , m_stores(stores)
    , m_window(window)
    , m_new(new QAction(tr("&New config store…"), this))
    , m_rename(new QAction(tr("&Rename…"), this))
    , m_delete(new QAction(tr("&Delete…"), this))
{
    m_new->setObjectName(QStringLiteral("newStoreAction"));
    m_rename->setObjectName(QStringLiteral("renameStoreAction"));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_delete->setObjectName(QStringLiteral("deleteStoreAction"));
    connect(m_new, &QAction::triggered, this, &StoreActions::create);
    connect(m_rename, &QAction::triggered, this, &StoreActions::rename);
    connect(m_delete, &QAction::triggered, this, &StoreActions::confirmDelete);
    updateActions();
}

void StoreActions::setContext(const QString &controlPlaneId, const ConfigStore &store)
{
    m_controlPlaneId = controlPlaneId;
    m_store = store;
    updateActions();
}

void StoreActions::updateActions()
{
    m_new->setEnabled(!m_controlPlaneId.isEmpty());
    m_rename->setEnabled(!m_store.id.isEmpty());
    m_delete->setEnabled(!m_store.id.isEmpty());
}

void StoreActions::create()
{
    if (m_controlPlaneId.isEmpty())
        return;
    auto *dialog = new StoreNameDialog(m_client, m_controlPlaneId, ConfigStore(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StoreNameDialog::saved, this, [this](const ConfigStore &store) {
        m_stores->upsert(store);
        m_stores->setSecretCount(store.id, 0);
        emit storeCreated(store);
        emit statusMessage(tr("Created the config store %1").arg(store.displayName()), 5000);
    });
    dialog->open();
}

void StoreActions::rename()
{
    if (m_store.id.isEmpty())
        return;
    auto *dialog = new StoreNameDialog(m_client, m_controlPlaneId, m_store, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StoreNameDialog::saved, this, [this](const ConfigStore &renamed) {
        m_stores->upsert(renamed);
        emit statusMessage(tr("Renamed to %1").arg(renamed.name), 5000);
    });
    dialog->open();
}

void StoreActions::confirmDelete()
{
    const ConfigStore store = m_store;
    const QString controlPlaneId = m_controlPlaneId;
    if (store.id.isEmpty() || !m_client)
        return;
    // The count must be known to ask for the right confirmation.
    m_client->listConfigStoreSecrets(
        controlPlaneId, store.id, PageRequest{1, QString()}, this,
        [this, store, controlPlaneId](const ApiResult<Page<ConfigStoreSecret>> &page) {
            if (!page.ok())
                return emit failed(page.error());
            const int known = m_stores->secretCount(store.id);
            // -1: it holds secrets, how many is not known yet.
            const int count = page.value().items.isEmpty() ? 0 : known > 0 ? known : -1;
            auto *dialog = new DeleteStoreDialog(m_client, controlPlaneId, store, count,
                                                 m_stores->vaultPrefixes(store.id), m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            DeleteWarning::addTo(dialog, m_client, controlPlaneId, DeletionTarget::store(store.id));
            connect(dialog, &DeleteStoreDialog::deleted, this, [this, store](const QString &id) {
                m_stores->removeId(id);
                emit storeDeleted(id);
                emit statusMessage(tr("Deleted the config store %1").arg(store.displayName()),
                                   5000);
            });
            dialog->open();
        });
}
