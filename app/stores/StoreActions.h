#pragma once

#include "ApiError.h"
#include "Entities.h"

#include <QObject>
#include <QPointer>

class ConfigStoreModel;
class KonnectClient;
class QAction;
class QWidget;

// The config store actions of the main window: create, rename (F2) and
// delete. Each opens its dialog (StoreDialogs), which sends the request and
// stays open on failure; the store model is kept up to date. Deleting first
// asks Konnect whether the store holds secrets, to ask for the right
// confirmation, and lists the references that would break.
class StoreActions : public QObject
{
    Q_OBJECT

public:
    StoreActions(KonnectClient *client, ConfigStoreModel *stores, QWidget *window);

    // The control plane and the selected store (empty id: none).
    void setContext(const QString &controlPlaneId, const ConfigStore &store);

    QAction *newAction() const { return m_new; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }

    void create();
    void rename();
    void confirmDelete();

signals:
    void statusMessage(const QString &message, int timeoutMs);
    void storeCreated(const ConfigStore &store);
    void storeDeleted(const QString &storeId);
    void failed(const ApiError &error);

private:
    void updateActions();

    QPointer<KonnectClient> m_client;
    ConfigStoreModel *m_stores;
    QWidget *m_window;
    QString m_controlPlaneId;
    ConfigStore m_store;
    QAction *m_new;
    QAction *m_rename;
    QAction *m_delete;
};
