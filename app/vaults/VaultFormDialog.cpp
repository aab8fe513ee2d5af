#include "VaultFormDialog.h"

#include "VaultForm.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

VaultFormDialog::VaultFormDialog(QWidget *parent)
    : QDialog(parent)
    , m_form(new VaultForm(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New vault"));
    // Backends such as hcv have many fields: scroll rather than outgrow the screen.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &VaultFormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &VaultFormDialog::reject);
    resize(560, 640);
}

void VaultFormDialog::setVault(const Vault &vault)
{
    m_form->setVault(vault);
    setWindowTitle(vault.id.isEmpty() ? tr("New vault") : tr("Edit vault %1").arg(vault.prefix));
}

void VaultFormDialog::setBusy(bool busy)
{
    m_form->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void VaultFormDialog::accept()
{
    if (!m_form->validate())
        return;
    const Vault vault = m_form->vault();
    if (!m_closesOnSubmit) {
        setBusy(true);
        emit submitted(vault);
        return;
    }
    emit submitted(vault);
    QDialog::accept();
}

void VaultFormDialog::finishSubmit()
{
    setBusy(false);
    QDialog::accept();
}
