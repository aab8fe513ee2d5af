#pragma once

#include "ApiError.h"
#include "Entities.h"
#include "VaultReference.h"

#include <QPointer>
#include <QWidget>

class KonnectClient;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;
class SecretClipboard;
class SecretTableView;
class SecretFilterProxy;
class SecretLoader;
class SecretModel;

// The secrets of one config store: a sortable, filterable table that streams
// in page by page, with the reference string of each secret for a chosen
// vault prefix, and the actions on them (new, rotate, delete, copy reference).
class SecretBrowser : public QWidget
{
    Q_OBJECT

public:
    SecretBrowser(KonnectClient *client, SecretClipboard *clipboard, QWidget *parent = nullptr);
    ~SecretBrowser() override;

    // Shows `store`; `vaultPrefixes` are the konnect vaults that read it.
    void setStore(const QString &controlPlaneId, const ConfigStore &store,
                  const QStringList &vaultPrefixes);
    void clear();
    void refresh();
    // "Create a Konnect vault…" is offered unless `reason` (shown instead) says why not.
    void setVaultCreationBlocked(const QString &reason);

    QString storeId() const { return m_store.id; }
    QString controlPlaneId() const { return m_controlPlaneId; }
    ConfigStore store() const { return m_store; }
    QStringList vaultPrefixes() const { return m_vaultPrefixes; }
    QString referencePrefix() const;
    void setReferencePrefix(const QString &prefix);
    bool isLoading() const;

    SecretModel *model() const { return m_model; }
    SecretFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const;
    QLineEdit *filterEdit() const { return m_filter; }
    QMenu *copyMenu() const { return m_copyMenu; }

    QAction *newSecretAction() const { return m_newAction; }
    QAction *rotateAction() const { return m_rotateAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *copyReferenceAction() const { return m_copyAction; }
    QAction *findAction() const { return m_findAction; }

    QStringList selectedKeys() const;
    // The reference of the current secret in the given form; empty without one.
    QString currentReference(VaultReference::Form form = VaultReference::Form::Plain) const;
    void copyReference(VaultReference::Form form = VaultReference::Form::Plain,
                       const QString &property = QString());
    // Selects and shows `key` (clearing a filter that hides it), now or as soon as
    // its page arrives; says so when the store turns out not to hold it.
    void selectKey(const QString &key);

signals:
    void statusMessage(const QString &message, int timeoutMs);
    void loadingChanged(bool loading);
    void secretCountKnown(const QString &storeId, int count);
    void errorOccurred(const ApiError &error);
    // Asks the window to offer "Create a Konnect vault for this store".
    void createVaultRequested(const ConfigStore &store);

private:
    void buildActions();
    void updateActions();
    void updateEmptyState();
    void openEditor(bool rotate);
    void confirmDelete();
    void deleteKeys(const QStringList &keys);
    void askPropertyAndCopy();
    bool selectPendingKey();

    KonnectClient *m_client;
    SecretClipboard *m_clipboard;
    SecretModel *m_model;
    SecretFilterProxy *m_proxy;
    SecretLoader *m_loader;
    QString m_controlPlaneId;
    ConfigStore m_store;
    QStringList m_vaultPrefixes;

    QLineEdit *m_filter;
    QComboBox *m_prefixCombo;
    QLabel *m_countLabel;
    QPushButton *m_createVault;
    SecretTableView *m_view;
    QMenu *m_copyMenu;
    QAction *m_newAction = nullptr;
    QAction *m_rotateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_findAction = nullptr;
    int m_pendingDeletes = 0;
    QString m_pendingKey; // selectKey() before its page arrived
};
