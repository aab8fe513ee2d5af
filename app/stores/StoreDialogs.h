#pragma once

#include "ApiError.h"
#include "Entities.h"

#include <QDialog>
#include <QPointer>

class ApiCall;
class ApiError;
class FetchAll;
class KonnectClient;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Create a config store or rename one. Sends the request itself and stays
// open with the name on failure. A create whose answer was lost (connection
// dropped, timeout) may have made the store, and store names need not be
// unique: the dialog then lists the control plane's stores and, when one of
// that name was made since the request left, takes it as the one created
// instead of letting a second save make another.
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
    // After a create whose answer was lost: is there a store of that name made
    // since `sentAt`? `timedOut`: the server may still be at it.
    void lookForLostCreate(const QString &name, const QDateTime &sentAt, bool timedOut,
                           const QString &lost);

    KonnectClient *m_client;
    QString m_controlPlaneId;
    ConfigStore m_store;
    QLineEdit *m_name;
    QLabel *m_counter;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPointer<ApiCall> m_call;
    QPointer<FetchAll> m_lookup; // lookForLostCreate()
    bool m_ruleShown = false;    // the error label shows a validation rule, not a server answer
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
    QString confirmationText() const;
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
