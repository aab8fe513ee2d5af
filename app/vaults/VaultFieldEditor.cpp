#include "VaultFieldEditor.h"

#include "RevealIcon.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using VaultBackends::FieldType;

namespace {

constexpr int CreateStoreRole = Qt::UserRole + 1;

} // namespace

VaultFieldEditor::VaultFieldEditor(const VaultBackends::FieldDefinition &field, QWidget *parent)
    : QObject(parent)
    , m_field(field)
{
    m_label = new QLabel(field.label + QLatin1Char(':'), parent);
    m_label->setToolTip(field.tooltip);
    m_cell = new QWidget(parent);
    auto *layout = new QVBoxLayout(m_cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    createEditor();
    m_editor->setObjectName(QStringLiteral("config.") + field.key);
    m_editor->setAccessibleName(field.label);
    m_editor->setAccessibleDescription(field.tooltip);
    m_editor->setToolTip(field.tooltip);
    m_label->setBuddy(m_editor);
    layout->addWidget(m_editor);
    m_message = new QLabel(m_cell);
    m_message->setObjectName(QStringLiteral("message.config.") + field.key);
    m_message->setTextFormat(Qt::PlainText); // Konnect's words, never markup
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->setAccessibleName(tr("%1 problem").arg(field.label));
    m_message->hide();
    layout->addWidget(m_message);
    setValue(field.defaultValue);
}

void VaultFieldEditor::createEditor()
{
    switch (m_field.type) {
    case FieldType::String: {
        auto *edit = new QLineEdit(m_cell);
        if (!m_field.placeholder.isEmpty())
            edit->setPlaceholderText(m_field.placeholder);
        else if (m_field.required)
            edit->setPlaceholderText(tr("Required"));
        if (m_field.sensitive) {
            edit->setEchoMode(QLineEdit::Password);
            m_reveal = edit->addAction(revealIcon(), QLineEdit::TrailingPosition);
            m_reveal->setCheckable(true);
            m_reveal->setText(tr("Show %1").arg(m_field.label));
            m_reveal->setToolTip(tr("Show or hide what you typed"));
            connect(m_reveal, &QAction::toggled, edit, [edit](bool shown) {
                edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
            });
        }
        connect(edit, &QLineEdit::textChanged, this, &VaultFieldEditor::valueChanged);
        m_editor = edit;
        break;
    }
    case FieldType::Integer:
    case FieldType::Seconds: {
        auto *spin = new QSpinBox(m_cell);
        // One below the minimum stands for "not set" when the field has no default.
        const bool unsettable = !m_field.defaultValue.isValid();
        spin->setRange(unsettable ? m_field.minimum - 1 : m_field.minimum, m_field.maximum);
        if (unsettable)
            spin->setSpecialValueText(tr("Kong default"));
        if (m_field.type == FieldType::Seconds)
            spin->setSuffix(tr(" s"));
        spin->setAccelerated(true);
        connect(spin, &QSpinBox::valueChanged, this, &VaultFieldEditor::valueChanged);
        m_editor = spin;
        break;
    }
    case FieldType::Boolean: {
        auto *check = new QCheckBox(m_cell);
        connect(check, &QCheckBox::toggled, this, &VaultFieldEditor::valueChanged);
        m_editor = check;
        break;
    }
    case FieldType::Choice: {
        auto *combo = new QComboBox(m_cell);
        for (const VaultBackends::Choice &choice : m_field.choices)
            combo->addItem(choice.label, choice.value);
        if (!m_field.defaultValue.isValid())
            combo->setPlaceholderText(tr("Choose…"));
        connect(combo, &QComboBox::currentIndexChanged, this, &VaultFieldEditor::valueChanged);
        m_editor = combo;
        break;
    }
    case FieldType::ConfigStoreRef: {
        auto *combo = new QComboBox(m_cell);
        combo->setPlaceholderText(tr("Choose a config store…"));
        connect(combo, &QComboBox::activated, this, &VaultFieldEditor::onStoreActivated);
        connect(combo, &QComboBox::currentIndexChanged, this, &VaultFieldEditor::valueChanged);
        m_editor = combo;
        setConfigStores({});
        break;
    }
    }
}

QVariant VaultFieldEditor::value() const
{
    switch (m_field.type) {
    case FieldType::String:
        return static_cast<QLineEdit *>(m_editor)->text();
    case FieldType::Integer:
    case FieldType::Seconds: {
        auto *spin = static_cast<QSpinBox *>(m_editor);
        if (!spin->specialValueText().isEmpty() && spin->value() == spin->minimum())
            return QVariant();
        return spin->value();
    }
    case FieldType::Boolean:
        return static_cast<QCheckBox *>(m_editor)->isChecked();
    case FieldType::Choice:
    case FieldType::ConfigStoreRef:
        return static_cast<QComboBox *>(m_editor)->currentData().toString();
    }
    return QVariant();
}

void VaultFieldEditor::setValue(const QVariant &value)
{
    switch (m_field.type) {
    case FieldType::String:
        static_cast<QLineEdit *>(m_editor)->setText(value.toString());
        break;
    case FieldType::Integer:
    case FieldType::Seconds: {
        auto *spin = static_cast<QSpinBox *>(m_editor);
        bool ok = false;
        const int number = value.toInt(&ok);
        spin->setValue(value.isValid() && ok ? number : spin->minimum());
        break;
    }
    case FieldType::Boolean:
        static_cast<QCheckBox *>(m_editor)->setChecked(value.toBool());
        break;
    case FieldType::Choice:
    case FieldType::ConfigStoreRef: {
        auto *combo = static_cast<QComboBox *>(m_editor);
        const QString text = value.toString();
        if (text.isEmpty()) {
            combo->setCurrentIndex(-1);
            break;
        }
        int index = combo->findData(text);
        if (index < 0) {
            // A value this version does not list (a new region, a store not loaded yet)
            // is kept, not replaced.
            const QString label = m_field.type == FieldType::ConfigStoreRef
                                      ? tr("%1 (not in this control plane's list)").arg(text)
                                      : text;
            const int at = m_field.type == FieldType::ConfigStoreRef ? 0 : combo->count();
            combo->insertItem(at, label, text);
            index = at;
        }
        combo->setCurrentIndex(index);
        if (m_field.type == FieldType::ConfigStoreRef)
            m_lastStoreIndex = index;
        break;
    }
    }
}

void VaultFieldEditor::setUnchanged(bool unchanged)
{
    m_unchanged = unchanged;
    auto *edit = qobject_cast<QLineEdit *>(m_editor);
    if (!edit)
        return;
    if (unchanged)
        edit->setPlaceholderText(tr("Unchanged (type to replace)"));
    else
        edit->setPlaceholderText(m_field.placeholder.isEmpty() && m_field.required
                                     ? tr("Required")
                                     : m_field.placeholder);
}

void VaultFieldEditor::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString VaultFieldEditor::message() const
{
    return m_message->text();
}

void VaultFieldEditor::setConfigStores(const QList<ConfigStore> &stores)
{
    auto *combo = qobject_cast<QComboBox *>(m_editor);
    if (!combo || m_field.type != FieldType::ConfigStoreRef)
        return;
    const QString current = value().toString();
    QSignalBlocker blocker(combo);
    combo->clear();
    for (const ConfigStore &store : stores)
        combo->addItem(store.displayName(), store.id);
    if (!stores.isEmpty())
        combo->insertSeparator(combo->count());
    combo->addItem(tr("Create a new config store…"));
    combo->setItemData(combo->count() - 1, true, CreateStoreRole);
    combo->setItemData(combo->count() - 1,
                       tr("Opens the dialog to create a store; nothing is created until you "
                          "confirm there"),
                       Qt::ToolTipRole);
    m_lastStoreIndex = -1;
    combo->setCurrentIndex(-1);
    blocker.unblock(); // valueChanged reflects the restored selection
    if (!current.isEmpty())
        setValue(current);
    else
        emit valueChanged();
}

void VaultFieldEditor::onStoreActivated(int index)
{
    auto *combo = static_cast<QComboBox *>(m_editor);
    if (!combo->itemData(index, CreateStoreRole).toBool()) {
        m_lastStoreIndex = index;
        return;
    }
    // Never creates anything itself: go back to what was chosen and ask.
    combo->setCurrentIndex(m_lastStoreIndex);
    emit createConfigStoreRequested();
}
