#include "VaultForm.h"

#include "Validation.h"
#include "VaultBackends.h"
#include "VaultConfig.h"
#include "VaultFieldEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using VaultBackends::BackendDefinition;
using VaultBackends::FieldDefinition;

namespace {

QLabel *messageLabel(const QString &field, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("message.") + field);
    label->setTextFormat(Qt::PlainText); // Konnect's words, never markup
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setAccessibleName(accessibleName);
    label->hide();
    return label;
}

// An input with its message line under it, as one form layout field.
QWidget *withMessage(QWidget *input, QLabel *message, QWidget *parent)
{
    auto *cell = new QWidget(parent);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    input->setParent(cell);
    message->setParent(cell);
    layout->addWidget(input);
    layout->addWidget(message);
    return cell;
}

QStringList parseTags(const QString &text)
{
    QStringList tags;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

} // namespace

VaultForm::VaultForm(QWidget *parent)
    : QWidget(parent)
{
    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("generalMessage"));
    m_general->setTextFormat(Qt::PlainText);
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_general->setAccessibleName(tr("Problems"));
    m_general->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_general->hide();

    m_prefix = new QLineEdit(this);
    m_prefix->setObjectName(QStringLiteral("prefix"));
    m_prefix->setAccessibleName(tr("Prefix"));
    m_prefix->setPlaceholderText(tr("e.g. payments"));
    m_prefix->setToolTip(tr("What references use: {vault://<prefix>/<key>}. Lowercase letters, "
                            "digits and '-'; not the name of a backend."));
    m_prefix->setAccessibleDescription(m_prefix->toolTip());
    m_prefixMessage = messageLabel(QStringLiteral("prefix"), tr("Prefix problem"), this);

    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setAccessibleName(tr("Description"));
    m_descriptionMessage =
        messageLabel(QStringLiteral("description"), tr("Description problem"), this);

    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("comma-separated, e.g. production, payments"));
    m_tagsMessage = messageLabel(QStringLiteral("tags"), tr("Tags problem"), this);

    m_backend = new QComboBox(this);
    m_backend->setObjectName(QStringLiteral("name"));
    m_backend->setAccessibleName(tr("Backend"));
    m_backendMessage = messageLabel(QStringLiteral("name"), tr("Backend problem"), this);
    m_backendDescription = new QLabel(this);
    m_backendDescription->setWordWrap(true);

    auto *common = new QFormLayout;
    common->addRow(tr("&Prefix:"), withMessage(m_prefix, m_prefixMessage, this));
    common->addRow(tr("&Description:"), withMessage(m_description, m_descriptionMessage, this));
    common->addRow(tr("&Tags:"), withMessage(m_tags, m_tagsMessage, this));
    common->addRow(tr("&Backend:"), withMessage(m_backend, m_backendMessage, this));
    common->addRow(QString(), m_backendDescription);

    m_pages = new QStackedWidget(this);
    for (const BackendDefinition &backend : VaultBackends::all())
        createPage(backend.name);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_general);
    layout->addLayout(common);
    layout->addWidget(m_pages);
    layout->addStretch(1);

    connect(m_prefix, &QLineEdit::textEdited, this, &VaultForm::validatePrefixLive);
    connect(m_prefix, &QLineEdit::textChanged, this, &VaultForm::changed);
    connect(m_description, &QLineEdit::textChanged, this, &VaultForm::changed);
    connect(m_tags, &QLineEdit::textChanged, this, &VaultForm::changed);
    // One label column for the common fields and every page's groups.
    int labelWidth = 0;
    const QList<QLabel *> labels = findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->buddy())
            labelWidth = qMax(labelWidth, label->sizeHint().width());
    }
    for (QLabel *label : labels) {
        if (label->buddy())
            label->setMinimumWidth(labelWidth);
    }

    connect(m_backend, &QComboBox::currentIndexChanged, this, &VaultForm::showBackendPage);
    m_backend->setCurrentIndex(0);
    showBackendPage();
}

void VaultForm::showBackendPage()
{
    const QString name = backend();
    for (const Page &page : std::as_const(m_pageList)) {
        if (page.backend == name)
            m_pages->setCurrentWidget(page.widget);
    }
    const BackendDefinition &definition = VaultBackends::find(name);
    m_backendDescription->setText(definition.isValid()
                                      ? definition.description
                                      : tr("This app has no form for this backend: its "
                                           "configuration is kept as it is."));
    emit changed();
}

VaultForm::Page &VaultForm::createPage(const QString &backendName)
{
    const BackendDefinition &backend = VaultBackends::find(backendName);
    Page page;
    page.backend = backendName;
    page.widget = new QWidget(m_pages);
    page.widget->setObjectName(QStringLiteral("page.") + backendName);
    auto *layout = new QVBoxLayout(page.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *main = new QFormLayout;
    layout->addLayout(main);

    QHash<QString, QFormLayout *> groupLayouts;
    for (const QString &value : backend.selectorValues()) {
        auto *group = new QWidget(page.widget);
        group->setObjectName(QStringLiteral("group.") + value);
        groupLayouts.insert(value, new QFormLayout(group));
        groupLayouts.value(value)->setContentsMargins(0, 0, 0, 0);
        page.groups.insert(value, group);
        layout->addWidget(group);
    }

    QFormLayout *advancedLayout = nullptr;
    for (const FieldDefinition &field : backend.fields) {
        if (field.advanced && !page.advanced) {
            page.advancedToggle = new QToolButton(page.widget);
            page.advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
            page.advancedToggle->setText(tr("Advanced"));
            page.advancedToggle->setAccessibleName(tr("Advanced settings"));
            page.advancedToggle->setCheckable(true);
            page.advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            page.advancedToggle->setArrowType(Qt::RightArrow);
            page.advancedToggle->setAutoRaise(true);
            page.advanced = new QWidget(page.widget);
            page.advanced->setObjectName(QStringLiteral("advanced"));
            page.advanced->hide();
            advancedLayout = new QFormLayout(page.advanced);
            advancedLayout->setContentsMargins(0, 0, 0, 0);
            QToolButton *toggle = page.advancedToggle;
            QWidget *advanced = page.advanced;
            connect(toggle, &QToolButton::toggled, advanced, [toggle, advanced](bool open) {
                toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
                advanced->setVisible(open);
            });
        }
        auto *editor = new VaultFieldEditor(field, page.widget);
        page.editors.append(editor);
        QFormLayout *target = main;
        if (field.advanced)
            target = advancedLayout;
        else if (!field.selectorValue.isEmpty())
            target = groupLayouts.value(field.selectorValue, main);
        target->addRow(editor->label(), editor->cell());
        connect(editor, &VaultFieldEditor::valueChanged, this, &VaultForm::changed);
        connect(editor, &VaultFieldEditor::createConfigStoreRequested, this,
                &VaultForm::createConfigStoreRequested);
        if (field.key == backend.selectorField) {
            connect(editor, &VaultFieldEditor::valueChanged, this, [this, backendName] {
                for (Page &p : m_pageList) {
                    if (p.backend == backendName)
                        updateGroups(p);
                }
            });
        }
        if (field.type == VaultBackends::FieldType::ConfigStoreRef)
            editor->setConfigStores(m_stores);
    }
    if (page.advanced) {
        layout->addWidget(page.advancedToggle);
        layout->addWidget(page.advanced);
    }
    layout->addStretch(1);
    m_pages->addWidget(page.widget);
    m_backend->addItem(QIcon::fromTheme(VaultBackends::iconName(backendName)),
                       backend.isValid() ? backend.displayName : backendName, backendName);
    m_pageList.append(page);
    updateGroups(m_pageList.last());
    return m_pageList.last();
}

VaultForm::Page *VaultForm::currentPage()
{
    const QString name = backend();
    for (Page &page : m_pageList) {
        if (page.backend == name)
            return &page;
    }
    return nullptr;
}

const VaultForm::Page *VaultForm::currentPage() const
{
    return const_cast<VaultForm *>(this)->currentPage();
}

VaultFieldEditor *VaultForm::editor(const Page &page, const QString &key) const
{
    for (VaultFieldEditor *editor : page.editors) {
        if (editor->field().key == key)
            return editor;
    }
    return nullptr;
}

void VaultForm::updateGroups(Page &page)
{
    const QString selected =
        VaultConfig::selectorValue(VaultBackends::find(page.backend), values(page));
    for (auto it = page.groups.constBegin(); it != page.groups.constEnd(); ++it)
        it.value()->setVisible(it.key() == selected);
}

QVariantMap VaultForm::values(const Page &page) const
{
    QVariantMap result;
    for (const VaultFieldEditor *editor : page.editors)
        result.insert(editor->field().key, editor->value());
    return result;
}

QJsonObject VaultForm::previousConfig() const
{
    return m_original.name == backend() ? m_original.config : QJsonObject();
}

QString VaultForm::backend() const
{
    return m_backend->currentData().toString();
}

void VaultForm::setBackend(const QString &backend)
{
    if (m_backend->findData(backend) < 0)
        createPage(backend);
    m_backend->setCurrentIndex(m_backend->findData(backend));
}

void VaultForm::setVault(const Vault &vault)
{
    m_original = vault;
    m_prefix->setText(vault.prefix);
    m_prefix->setReadOnly(isEditing());
    m_description->setText(vault.description);
    m_tags->setText(vault.tags.join(QStringLiteral(", ")));
    setBackend(vault.name);
    Page *page = currentPage();
    const VaultConfig::FormValues form = VaultConfig::fromVault(vault);
    bool advancedSet = false;
    for (VaultFieldEditor *editor : page->editors) {
        const QString &key = editor->field().key;
        editor->setValue(form.values.value(key));
        editor->setUnchanged(form.unchanged.contains(key));
        advancedSet = advancedSet || (editor->field().advanced && vault.config.contains(key));
    }
    updateGroups(*page);
    if (page->advancedToggle)
        page->advancedToggle->setChecked(advancedSet);
    clearMessages();
}

Vault VaultForm::vault() const
{
    Vault result = m_original;
    result.name = backend();
    result.prefix = m_prefix->text().trimmed();
    result.description = m_description->text().trimmed();
    result.tags = parseTags(m_tags->text());
    if (const Page *page = currentPage())
        result.config = VaultConfig::toConfig(result.name, values(*page), previousConfig());
    return result;
}

void VaultForm::setConfigStores(const QList<ConfigStore> &stores)
{
    m_stores = stores;
    for (const Page &page : std::as_const(m_pageList)) {
        for (VaultFieldEditor *editor : page.editors)
            editor->setConfigStores(stores);
    }
}

void VaultForm::selectConfigStore(const QString &storeId)
{
    for (const Page &page : std::as_const(m_pageList)) {
        for (VaultFieldEditor *editor : page.editors) {
            if (editor->field().type == VaultBackends::FieldType::ConfigStoreRef)
                editor->setValue(storeId);
        }
    }
}

void VaultForm::validatePrefixLive()
{
    const QList<InvalidParameter> errors = Validation::vaultPrefix(m_prefix->text());
    setCommonMessage(m_prefixMessage, errors.isEmpty()
                                          ? QString()
                                          : VaultConfig::describe(errors.constFirst(), backend()));
}

bool VaultForm::validate()
{
    clearMessages();
    QList<InvalidParameter> errors;
    // An existing vault's prefix is read-only: whatever the server accepted stands.
    if (!isEditing() || m_prefix->text() != m_original.prefix)
        errors += Validation::vaultPrefix(m_prefix->text().trimmed());
    if (VaultBackends::find(backend()).isValid()) {
        if (const Page *page = currentPage()) {
            const QVariantMap typed = values(*page);
            errors += VaultConfig::validate(backend(), typed, previousConfig());
            // Endpoint fields (…_url, …_uri) hold an absolute http(s) URL when filled in.
            for (auto it = typed.cbegin(); it != typed.cend(); ++it) {
                const QString text = it.value().toString().trimmed();
                if (text.isEmpty() || !(it.key().endsWith(QLatin1String("_url")) ||
                                        it.key().endsWith(QLatin1String("_uri"))))
                    continue;
                const QUrl url(text, QUrl::StrictMode);
                const QString scheme = url.scheme().toLower();
                if (!url.isValid() || url.host().isEmpty() ||
                    (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
                    errors.append({QStringLiteral("config.") + it.key(), QStringLiteral("url"),
                                   tr("must be a full URL such as https://vault.example.com")});
            }
        }
    }
    if (QWidget *first = placeErrors(errors))
        first->setFocus(Qt::OtherFocusReason);
    return errors.isEmpty();
}

void VaultForm::showServerErrors(const QList<InvalidParameter> &errors)
{
    clearMessages();
    if (QWidget *first = placeErrors(errors))
        first->setFocus(Qt::OtherFocusReason);
}

QWidget *VaultForm::placeErrors(const QList<InvalidParameter> &errors)
{
    QWidget *first = nullptr;
    QStringList general;
    Page *page = currentPage();
    const QString selected =
        page ? VaultConfig::selectorValue(VaultBackends::find(page->backend), values(*page))
             : QString();
    for (const InvalidParameter &error : errors) {
        const QString text = VaultConfig::describe(error, backend());
        QWidget *widget = nullptr;
        if (error.field == QLatin1String("prefix")) {
            setCommonMessage(m_prefixMessage, text);
            widget = m_prefix;
        } else if (error.field == QLatin1String("description")) {
            setCommonMessage(m_descriptionMessage, text);
            widget = m_description;
        } else if (error.field == QLatin1String("tags") ||
                   error.field.startsWith(QLatin1String("tags."))) {
            setCommonMessage(m_tagsMessage, text);
            widget = m_tags;
        } else if (error.field == QLatin1String("name")) {
            setCommonMessage(m_backendMessage, text);
            widget = m_backend;
        } else if (page && error.field.startsWith(QLatin1String("config."))) {
            const QString key = error.field.mid(7).section(QLatin1Char('.'), 0, 0);
            VaultFieldEditor *editor = this->editor(*page, key);
            const bool shown = editor && (editor->field().selectorValue.isEmpty() ||
                                          editor->field().selectorValue == selected);
            if (shown) {
                editor->setMessage(editor->message().isEmpty()
                                       ? text
                                       : editor->message() + QLatin1Char('\n') + text);
                if (editor->field().advanced && page->advancedToggle)
                    page->advancedToggle->setChecked(true);
                widget = editor->editor();
            }
        }
        if (!widget)
            general.append(error.field.isEmpty() ? error.reason : text);
        if (!first)
            first = widget;
    }
    setCommonMessage(m_general, general.join(QLatin1Char('\n')));
    return first;
}

void VaultForm::setCommonMessage(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void VaultForm::clearMessages()
{
    for (QLabel *label :
         {m_general, m_prefixMessage, m_descriptionMessage, m_tagsMessage, m_backendMessage})
        setCommonMessage(label, QString());
    for (const Page &page : std::as_const(m_pageList)) {
        for (VaultFieldEditor *editor : page.editors)
            editor->setMessage(QString());
    }
}

QWidget *VaultForm::fieldWidget(const QString &field) const
{
    if (field == QLatin1String("prefix"))
        return m_prefix;
    if (field == QLatin1String("description"))
        return m_description;
    if (field == QLatin1String("tags"))
        return m_tags;
    if (field == QLatin1String("name"))
        return m_backend;
    const Page *page = currentPage();
    if (page && field.startsWith(QLatin1String("config."))) {
        if (VaultFieldEditor *editor = this->editor(*page, field.mid(7)))
            return editor->editor();
    }
    return nullptr;
}

QString VaultForm::fieldMessage(const QString &field) const
{
    if (field == QLatin1String("prefix"))
        return m_prefixMessage->text();
    if (field == QLatin1String("description"))
        return m_descriptionMessage->text();
    if (field == QLatin1String("tags"))
        return m_tagsMessage->text();
    if (field == QLatin1String("name"))
        return m_backendMessage->text();
    const Page *page = currentPage();
    if (page && field.startsWith(QLatin1String("config."))) {
        if (VaultFieldEditor *editor = this->editor(*page, field.mid(7)))
            return editor->message();
    }
    return QString();
}

QString VaultForm::generalMessage() const
{
    return m_general->text();
}

bool VaultForm::isAdvancedExpanded() const
{
    const Page *page = currentPage();
    return page && page->advancedToggle && page->advancedToggle->isChecked();
}

void VaultForm::setAdvancedExpanded(bool expanded)
{
    Page *page = currentPage();
    if (page && page->advancedToggle)
        page->advancedToggle->setChecked(expanded);
}
