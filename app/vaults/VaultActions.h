#pragma once

#include "ApiError.h"
#include "Entities.h"

#include <QObject>
#include <QPointer>

class ConfigStoreModel;
class KonnectClient;
class QAction;
class QWidget;
class VaultModel;

// The vault actions of the main window: create, edit and delete vaults, and
// "Create a Konnect vault for this store". Each opens the generated vault form
// (VaultFormDialog), sends the request, keeps the dialog open with the
// server's field errors on failure, and keeps the models up to date.
class VaultActions : public QObject
{
    Q_OBJECT

public:
    VaultActions(KonnectClient *client, VaultModel *vaults, ConfigStoreModel *stores,
                 QWidget *window);

    // readOnly: Konnect refuses vault writes there (a Kong Ingress Controller's
    // control plane); every action is disabled and says why.
    void setControlPlane(const QString &controlPlaneId, bool readOnly = false);
    bool isReadOnly() const { return m_readOnly; }
    // Why the vault actions are disabled on this control plane; empty when they are not.
    QString readOnlyReason() const;
    void setCurrentVault(const Vault &vault);       // empty id: none
    void setCurrentStore(const ConfigStore &store); // empty id: none

    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QAction *createForStoreAction() const { return m_createForStore; }

    // Opens the form for a new vault, or for `vault` when it has an id.
    void openForm(const Vault &vault);
    void confirmDelete();
    // A lowercase prefix derived from a store name, e.g. "Payments EU" -> "payments-eu".
    static QString suggestPrefix(const QString &name);

signals:
    void statusMessage(const QString &message, int timeoutMs);
    void vaultSaved(const Vault &vault);
    void vaultDeleted(const QString &vaultId);

private:
    void updateActions();

    KonnectClient *m_client;
    VaultModel *m_vaults;
    ConfigStoreModel *m_stores;
    QWidget *m_window;
    QString m_controlPlaneId;
    bool m_readOnly = false;
    Vault m_vault;
    ConfigStore m_store;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_createForStore;
};
