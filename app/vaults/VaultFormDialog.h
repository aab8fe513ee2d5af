#pragma once

#include "Entities.h"

#include <QDialog>

class QDialogButtonBox;
class VaultForm;

// VaultForm with OK/Cancel. OK validates the form; when valid it emits
// submitted(vault) and closes, unless setClosesOnSubmit(false): then it stays
// open, busy, until the caller has the server's answer and calls
// finishSubmit() (success) or form()->showServerErrors() + setBusy(false).
class VaultFormDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VaultFormDialog(QWidget *parent = nullptr);

    VaultForm *form() const { return m_form; }
    void setVault(const Vault &vault); // also sets the title (new / edit)
    void setClosesOnSubmit(bool closes) { m_closesOnSubmit = closes; }
    void setBusy(bool busy);
    void finishSubmit();

signals:
    void submitted(const Vault &vault);

public slots:
    void accept() override;

private:
    VaultForm *m_form;
    QDialogButtonBox *m_buttons;
    bool m_closesOnSubmit = true;
};
