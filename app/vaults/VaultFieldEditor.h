#pragma once

#include "Entities.h"
#include "VaultBackends.h"

#include <QObject>
#include <QVariant>

class QAction;
class QComboBox;
class QLabel;
class QWidget;

// One generated input of the vault form: the label, the editor the field's
// type calls for (QLineEdit, QSpinBox, QCheckBox or QComboBox) and the
// message line under it. Values are what VaultConfig expects.
class VaultFieldEditor : public QObject
{
    Q_OBJECT

public:
    VaultFieldEditor(const VaultBackends::FieldDefinition &field, QWidget *parent);

    const VaultBackends::FieldDefinition &field() const { return m_field; }
    QLabel *label() const { return m_label; }
    QWidget *editor() const { return m_editor; }
    QWidget *cell() const { return m_cell; } // editor + message, for the form layout's field
    QAction *revealAction() const { return m_reveal; }

    QVariant value() const;
    void setValue(const QVariant &value);
    // Sensitive fields of an existing vault: blank means "keep the stored value".
    void setUnchanged(bool unchanged);
    bool isUnchanged() const { return m_unchanged; }

    void setMessage(const QString &message);
    QString message() const;

    // ConfigStoreRef: the stores offered, then "Create a new config store…".
    void setConfigStores(const QList<ConfigStore> &stores);

signals:
    void valueChanged();
    void createConfigStoreRequested();

private:
    void createEditor();
    void onStoreActivated(int index);

    VaultBackends::FieldDefinition m_field;
    QLabel *m_label = nullptr;
    QWidget *m_editor = nullptr;
    QWidget *m_cell = nullptr;
    QLabel *m_message = nullptr;
    QAction *m_reveal = nullptr;
    bool m_unchanged = false;
    int m_lastStoreIndex = -1;
};
