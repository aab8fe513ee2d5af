#include "SecretBrowser.h"

#include "CachedTextDelegate.h"
#include "DeleteWarning.h"
#include "KonnectClient.h"
#include "ReferenceAuditHub.h"
#include "SecretClipboard.h"
#include "SecretEditorDialog.h"
#include "SecretLoader.h"
#include "SecretModel.h"
#include "SecretTableView.h"
#include "TextFilterProxy.h"
#include "UsedByProxy.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace {
constexpr int DeleteConcurrency = 4;
}

SecretBrowser::SecretBrowser(KonnectClient *client, SecretClipboard *clipboard, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_clipboard(clipboard)
    , m_model(new SecretModel(this))
    , m_proxy(new UsedByFilterProxy(this)) // adds the "Used by" column (lib/audit)
    , m_loader(new SecretLoader(client, m_model, this))
    , m_filter(new QLineEdit(this))
    , m_prefixCombo(new QComboBox(this))
    , m_countLabel(new QLabel(this))
    , m_createVault(new QPushButton(tr("Create a Konnect vault…"), this))
    , m_view(new SecretTableView(this))
    , m_copyMenu(new QMenu(tr("Copy reference as"), this))
{
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("secretTable"));
    m_view->setAccessibleName(tr("Secrets"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SecretModel::KeyColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    // A list of secrets, as KeePassXC's entries: rows told apart by alternating
    // colours, no grid (Qt draws grid lines pixel by pixel: a tenth of painting
    // a screenful of rows; tests/bench, B1).
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setItemDelegate(new CachedTextDelegate(m_view));
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(SecretModel::KeyColumn,
                                                     QHeaderView::Interactive);
    m_view->horizontalHeader()->resizeSection(SecretModel::KeyColumn, 200);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(SecretModel::ReferenceColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->resizeSection(SecretModel::ColumnCount, 150); // Used by

    m_filter->setObjectName(QStringLiteral("secretFilter"));
    m_filter->setAccessibleName(tr("Filter secrets"));
    m_filter->setPlaceholderText(tr("Filter secrets (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_prefixCombo->setObjectName(QStringLiteral("referencePrefix"));
    m_prefixCombo->setAccessibleName(tr("Vault used in references"));
    m_prefixCombo->setToolTip(tr("The vault prefix the Reference column uses"));
    m_countLabel->setObjectName(QStringLiteral("secretCount"));
    m_countLabel->setTextFormat(Qt::PlainText);
    // Wide enough for every count it shows while a store loads: a label that
    // grew with each batch moved the filter row (and repainted it) every time.
    m_countLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    {
        constexpr int WidestCount = 999999;
        const QFontMetrics metrics = m_countLabel->fontMetrics();
        int widest = 0;
        for (const QString &text : {tr("Loading… %n secrets", nullptr, WidestCount),
                                    tr("%n secrets (incomplete)", nullptr, WidestCount)})
            widest = qMax(widest, metrics.horizontalAdvance(text));
        m_countLabel->setMinimumWidth(widest + 2 * m_countLabel->margin() + 4);
    }

    buildActions();

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_newAction);
    toolbar->addAction(m_rotateAction);
    toolbar->addAction(m_deleteAction);
    toolbar->addSeparator();
    toolbar->addAction(m_copyAction);
    if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(m_copyAction))) {
        button->setMenu(m_copyMenu);
        button->setPopupMode(QToolButton::MenuButtonPopup);
    }
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(new QLabel(tr("References via:"), this));
    filterRow->addWidget(m_prefixCombo);
    filterRow->addWidget(m_createVault);
    filterRow->addWidget(m_countLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);

    m_createVault->setObjectName(QStringLiteral("createVaultButton"));
    setVaultCreationBlocked(QString());
    m_createVault->hide();
    connect(m_createVault, &QPushButton::clicked, this,
            [this] { emit createVaultRequested(m_store); });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateEmptyState();
    });
    connect(m_prefixCombo, &QComboBox::currentTextChanged, this,
            [this](const QString &prefix) { m_model->setReferencePrefix(prefix); });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == SecretModel::ReferenceColumn)
            copyReference();
        else
            openEditor(true);
    });
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(m_copyAction);
        menu->addMenu(m_copyMenu);
        menu->addSeparator();
        menu->addAction(m_newAction);
        menu->addAction(m_rotateAction);
        menu->addAction(m_deleteAction);
        menu->popup(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SecretBrowser::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SecretBrowser::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SecretBrowser::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SecretBrowser::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SecretBrowser::selectPendingKey);

    connect(m_loader, &SecretLoader::started, this, [this] {
        m_view->setRowsStreaming(true);
        m_countLabel->setText(tr("Loading…"));
        emit loadingChanged(true);
    });
    connect(m_loader, &SecretLoader::progress, this,
            [this](int rows) { m_countLabel->setText(tr("Loading… %n secrets", nullptr, rows)); });
    connect(m_loader, &SecretLoader::finished, this, [this](const ApiError &error) {
        // The control plane's reference audit waited for this list (UsedByProxy).
        auto *usedBy = static_cast<UsedByFilterProxy *>(m_proxy)->usedBy();
        if (error.isError())
            usedBy->startAudit();
        else
            usedBy->startAudit({{m_store.id, m_model->keys()}});
        m_view->setRowsStreaming(false);
        emit loadingChanged(false);
        if (error.isError()) {
            m_countLabel->setText(tr("%n secrets (incomplete)", nullptr, m_model->rowCount()));
            emit errorOccurred(error);
        } else {
            m_countLabel->setText(tr("%n secrets", nullptr, m_model->rowCount()));
            emit secretCountKnown(m_store.id, m_model->rowCount());
        }
        if (!m_pendingKey.isEmpty() && !error.isError())
            emit statusMessage(
                tr("%1 holds no secret %2 any more.").arg(m_store.displayName(), m_pendingKey),
                8000);
        m_pendingKey.clear();
        updateEmptyState();
    });
    clear();
}

SecretBrowser::~SecretBrowser() = default;

QTableView *SecretBrowser::view() const
{
    return m_view;
}

void SecretBrowser::buildActions()
{
    auto make = [this](const QString &text, const QKeySequence &shortcut, const char *name) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setObjectName(QString::fromLatin1(name));
        addAction(action);
        return action;
    };
    m_newAction = make(tr("&New secret…"), QKeySequence::New, "newSecretAction");
    m_rotateAction = make(tr("&Rotate value…"), QKeySequence(tr("Ctrl+R")), "rotateAction");
    m_deleteAction = make(tr("&Delete"), QKeySequence::Delete, "deleteSecretAction");
    m_copyAction =
        make(tr("&Copy reference"), QKeySequence(tr("Ctrl+Shift+C")), "copyReferenceAction");
    m_findAction = make(tr("&Filter secrets"), QKeySequence::Find, "findAction");
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    connect(m_newAction, &QAction::triggered, this, [this] { openEditor(false); });
    connect(m_rotateAction, &QAction::triggered, this, [this] { openEditor(true); });
    connect(m_deleteAction, &QAction::triggered, this, &SecretBrowser::confirmDelete);
    connect(m_copyAction, &QAction::triggered, this, [this] { copyReference(); });
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    m_copyMenu->addAction(tr("With a /property…"), this, &SecretBrowser::askPropertyAndCopy);
    m_copyMenu->addAction(tr("YAML (decK)"), this,
                          [this] { copyReference(VaultReference::Form::Yaml); });
    m_copyMenu->addAction(tr("JSON string"), this,
                          [this] { copyReference(VaultReference::Form::Json); });
    // No kong.conf form: a config store is read through a konnect vault, whose
    // references Kong cannot resolve in kong.conf parameters or environment
    // variables (developer.konghq.com/gateway/entities/vault/konnect-config-store/).
}

void SecretBrowser::setStore(const QString &controlPlaneId, const ConfigStore &store,
                             const QStringList &vaultPrefixes)
{
    const bool sameStore = store.id == m_store.id && controlPlaneId == m_controlPlaneId;
    m_controlPlaneId = controlPlaneId;
    m_store = store;
    m_vaultPrefixes = vaultPrefixes;
    auto *usedByFilter = static_cast<UsedByFilterProxy *>(m_proxy);
    // A store that is about to load: the audit waits for its keys (see the loader's finished).
    if (!sameStore)
        usedByFilter->usedBy()->setAuditDeferred(!store.id.isEmpty());
    usedByFilter->setStore(ReferenceAuditHub::of(m_client), controlPlaneId, store.id);
    {
        const QString current = m_prefixCombo->currentText();
        const QSignalBlocker blocker(m_prefixCombo);
        m_prefixCombo->clear();
        m_prefixCombo->addItems(vaultPrefixes);
        m_prefixCombo->setEnabled(vaultPrefixes.size() > 1);
        m_prefixCombo->setVisible(!vaultPrefixes.isEmpty());
        m_createVault->setVisible(vaultPrefixes.isEmpty());
        if (vaultPrefixes.contains(current))
            m_prefixCombo->setCurrentText(current);
    }
    m_model->setReferencePrefix(m_prefixCombo->currentText());
    if (!sameStore)
        refresh();
    updateActions();
}

void SecretBrowser::setVaultCreationBlocked(const QString &reason)
{
    m_createVault->setEnabled(reason.isEmpty());
    m_createVault->setToolTip(
        reason.isEmpty() ? tr("No vault reads this store yet: references need one") : reason);
}

void SecretBrowser::clear()
{
    m_pendingKey.clear();
    m_loader->cancel();
    m_view->setRowsStreaming(false);
    m_controlPlaneId.clear();
    m_store = ConfigStore();
    m_vaultPrefixes.clear();
    m_prefixCombo->clear();
    m_createVault->hide();
    m_model->reset();
    m_countLabel->clear();
    updateActions();
    updateEmptyState();
}

void SecretBrowser::refresh()
{
    if (m_store.id.isEmpty())
        return;
    m_loader->load(m_controlPlaneId, m_store.id);
    updateEmptyState();
}

bool SecretBrowser::isLoading() const
{
    return m_loader->isLoading();
}

QString SecretBrowser::referencePrefix() const
{
    return m_prefixCombo->currentText();
}

void SecretBrowser::setReferencePrefix(const QString &prefix)
{
    m_prefixCombo->setCurrentText(prefix);
}

QStringList SecretBrowser::selectedKeys() const
{
    QStringList keys;
    const auto rows = m_view->selectionModel()->selectedRows(SecretModel::KeyColumn);
    for (const QModelIndex &index : rows)
        keys.append(index.data(SecretModel::KeyRole).toString());
    return keys;
}

QString SecretBrowser::currentReference(VaultReference::Form form) const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || referencePrefix().isEmpty())
        return QString();
    const QString key = current.siblingAtColumn(0).data(SecretModel::KeyRole).toString();
    return VaultReference(referencePrefix(), key).toString(form);
}

void SecretBrowser::copyReference(VaultReference::Form form, const QString &property)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    if (referencePrefix().isEmpty()) {
        emit statusMessage(tr("No vault reads this store yet: create a Konnect vault for it to "
                              "get references."),
                           8000);
        return;
    }
    const QString key = current.siblingAtColumn(0).data(SecretModel::KeyRole).toString();
    const QString text = VaultReference(referencePrefix(), key, property).toString(form);
    m_clipboard->copyText(text);
    emit statusMessage(tr("Copied %1").arg(text), 5000);
}

void SecretBrowser::selectKey(const QString &key)
{
    m_pendingKey = key;
    if (!selectPendingKey() && !m_loader->isLoading())
        refresh(); // loaded before the key was added: the fresh list has it
}

bool SecretBrowser::selectPendingKey()
{
    const int row = m_pendingKey.isEmpty() ? -1 : m_model->indexOfKey(m_pendingKey);
    if (row < 0)
        return false;
    m_pendingKey.clear();
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear(); // the filter hid it
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

void SecretBrowser::askPropertyAndCopy()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Copy reference with a property"));
    dialog->setLabelText(tr("Property of the secret (e.g. password in a JSON value):"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &property) {
        copyReference(VaultReference::Form::Plain, property.trimmed());
    });
    dialog->open();
}

void SecretBrowser::updateActions()
{
    const bool hasStore = !m_store.id.isEmpty();
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    m_newAction->setEnabled(hasStore);
    m_rotateAction->setEnabled(hasStore && selected == 1);
    m_deleteAction->setEnabled(hasStore && selected > 0 && m_pendingDeletes == 0);
    m_copyAction->setEnabled(hasStore && selected >= 1);
    m_copyMenu->setEnabled(hasStore && selected >= 1 && !referencePrefix().isEmpty());
}

void SecretBrowser::updateEmptyState()
{
    QString message;
    if (m_store.id.isEmpty())
        message = tr("Select a config store on the left to see its secrets.");
    else if (m_model->rowCount() == 0 && m_loader->isLoading())
        message = tr("Loading the secrets of %1…").arg(m_store.displayName());
    else if (m_model->rowCount() == 0)
        message =
            tr("%1 holds no secrets yet. Press Ctrl+N to add one.").arg(m_store.displayName());
    else if (m_proxy->rowCount() == 0)
        message = tr("No secret matches “%1”.").arg(m_filter->text());
    m_view->setPlaceholderText(message);
}

void SecretBrowser::openEditor(bool rotate)
{
    if (m_store.id.isEmpty())
        return;
    QString key;
    if (rotate) {
        const QModelIndex current = m_view->currentIndex();
        if (!current.isValid())
            return;
        key = current.siblingAtColumn(0).data(SecretModel::KeyRole).toString();
    }
    auto *dialog = new SecretEditorDialog(
        m_client, m_controlPlaneId, m_store.id,
        rotate ? SecretEditorDialog::Mode::Rotate : SecretEditorDialog::Mode::Create, key, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setClipboard(m_clipboard);
    connect(dialog, &SecretEditorDialog::saved, this,
            [this, rotate](const ConfigStoreSecret &secret) {
                m_model->upsert(secret);
                const int row = m_model->indexOfKey(secret.key);
                const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
                if (index.isValid())
                    m_view->setCurrentIndex(index);
                emit statusMessage(rotate ? tr("Rotated the value of %1").arg(secret.key)
                                          : tr("Created %1").arg(secret.key),
                                   5000);
                emit secretCountKnown(m_store.id, m_model->rowCount());
            });
    dialog->open();
}

void SecretBrowser::confirmDelete()
{
    const QStringList keys = selectedKeys();
    if (keys.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete secrets"),
                                keys.size() == 1
                                    ? tr("Delete the secret %1? Its value cannot be recovered, "
                                         "and references to it stop resolving.")
                                          .arg(keys.constFirst())
                                    : tr("Delete %n secret(s)? Their values cannot be recovered, "
                                         "and references to them stop resolving.",
                                         nullptr, int(keys.size())),
                                QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("confirmDeleteSecrets"));
    auto *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    DeleteWarning::attach(box, m_client, m_controlPlaneId,
                          DeletionTarget::secrets(m_store.id, keys));
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, keys](QAbstractButton *button) {
        if (button == remove)
            deleteKeys(keys);
    });
    box->open();
}

// Deletes with a few requests in flight at once, with progress and cancel.
void SecretBrowser::deleteKeys(const QStringList &keys)
{
    struct Batch
    {
        QStringList queue;
        int done = 0;
        int failed = 0;
        int running = 0;
        bool cancelled = false;
        ApiError lastError;
    };
    auto batch = std::make_shared<Batch>();
    batch->queue = keys;
    auto *progress =
        new QProgressDialog(tr("Deleting secrets…"), tr("Stop"), 0, int(keys.size()), this);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(300);
    progress->setWindowModality(Qt::WindowModal);
    connect(progress, &QProgressDialog::canceled, this, [batch] { batch->cancelled = true; });
    m_pendingDeletes = int(keys.size());
    updateActions();

    const QString cp = m_controlPlaneId;
    const QString storeId = m_store.id;
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, batch, next, progress, cp, storeId, total = int(keys.size())] {
        while (!batch->cancelled && batch->running < DeleteConcurrency && !batch->queue.isEmpty()) {
            const QString key = batch->queue.takeFirst();
            ++batch->running;
            m_client->deleteConfigStoreSecret(
                cp, storeId, key, this,
                [this, batch, next, progress, key, storeId](const ApiResult<NoContent> &result) {
                    --batch->running;
                    ++batch->done;
                    if (result.ok()) {
                        if (storeId == m_store.id)
                            m_model->removeKey(key);
                    } else {
                        ++batch->failed;
                        batch->lastError = result.error();
                    }
                    if (progress)
                        progress->setValue(batch->done);
                    (*next)();
                });
        }
        if (batch->running > 0)
            return;
        // All finished (or stopped): report once.
        m_pendingDeletes = 0;
        if (progress)
            progress->close();
        const int deleted = batch->done - batch->failed;
        if (batch->failed > 0) {
            emit errorOccurred(batch->lastError);
            emit statusMessage(tr("Deleted %1 of %n secret(s); %2 failed: %3", nullptr, total)
                                   .arg(deleted)
                                   .arg(batch->failed)
                                   .arg(batch->lastError.message()),
                               0);
        } else {
            emit statusMessage(
                batch->cancelled
                    ? tr("Stopped after deleting %1 of %n secret(s)", nullptr, total).arg(deleted)
                    : tr("Deleted %n secrets", nullptr, deleted),
                5000);
        }
        if (storeId == m_store.id)
            emit secretCountKnown(storeId, m_model->rowCount());
        updateActions();
        *next = nullptr; // break the self-reference
    };
    (*next)();
}
