#pragma once

#include "ApiError.h"
#include "Entities.h"

#include <QDialog>
#include <QPointer>

class ApiCall;
class ApiError;
class KonnectClient;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Create a config store or rename one. Sends the request itself and stays
// open with the name on failure.
class StoreNameDialog : public QDialog
{
    Q_OBJECT

public:
    // An empty `store.id` creates; otherwise renames `store`.
    StoreNameDialog(KonnectClient *client, QString controlPlaneId, const ConfigStore &store,
                    QWidget *parent = nullptr);

    QString name() const;
    void setName(const QString &name);
    QString errorText() const;
    bool canSave() const;

signals:
    void saved(const ConfigStore &store);

public slots:
    void accept() override;
    void reject() override;

private:
    void updateState();
    void showRule(const QList<InvalidParameter> &errors);

    KonnectClient *m_client;
    QString m_controlPlaneId;
    ConfigStore m_store;
    QLineEdit *m_name;
    QLabel *m_counter;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPointer<ApiCall> m_call;
    bool m_ruleShown = false; // the error label shows a validation rule, not a server answer
};

// Deletes a config store. A store holding secrets is deleted only after the
// user types its name; then with force=true, which deletes its secrets too.
// Vaults that point at the store are named: their references will break.
// secretCount -1: the store holds secrets, how many is not known yet.
class DeleteStoreDialog : public QDialog
{
    Q_OBJECT

public:
    DeleteStoreDialog(KonnectClient *client, QString controlPlaneId, const ConfigStore &store,
                      int secretCount, const QStringList &vaultPrefixes, QWidget *parent = nullptr);

    bool canDelete() const;
    QString errorText() const;
    void setConfirmation(const QString &typed);

signals:
    void deleted(const QString &storeId);

public slots:
    void accept() override;
    void reject() override;

private:
    KonnectClient *m_client;
    QString m_controlPlaneId;
    ConfigStore m_store;
    int m_secretCount;
    QLineEdit *m_confirmation = nullptr;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPointer<ApiCall> m_call;
};
