#include "MainWindow.h"

#include "AboutDialog.h"
#include "AppInfo.h"
#include "AppSettings.h"
#include "BackendIconProxy.h"
#include "BulkActions.h"
#include "ConfigStoreModel.h"
#include "ControlPlaneModel.h"
#include "ControlPlanePicker.h"
#include "CrossSearchBox.h"
#include "KonnectClient.h"
#include "LockScreen.h"
#include "ProfileMenu.h"
#include "ReferenceAuditPanel.h"
#include "SearchNavigator.h"
#include "SecretBrowser.h"
#include "SecretClipboard.h"
#include "SessionController.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "StoreActions.h"
#include "VaultActions.h"
#include "VaultBackends.h"
#include "VaultModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

QTreeView *listView(QAbstractItemModel *model, const QString &name, const QString &accessible,
                    QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setSortingEnabled(false);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->header()->setStretchLastSection(true);
    return view;
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title), box);
    label->setBuddy(content);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

} // namespace

MainWindow::MainWindow(KonnectClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_clipboard(new SecretClipboard(QGuiApplication::clipboard(), this))
    , m_picker(new ControlPlanePicker(this))
    , m_environment(new QLabel(this))
    , m_vaults(new VaultModel(this))
    , m_stores(new ConfigStoreModel(this))
    , m_vaultProxy(new BackendIconProxy(this))
    , m_vaultView(listView(m_vaultProxy, QStringLiteral("vaultList"), tr("Vaults"), this))
    , m_storeView(listView(m_stores, QStringLiteral("storeList"), tr("Config stores"), this))
    , m_details(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_vaultDetails(new QLabel(this))
    , m_vaultNote(new QLabel(this))
    , m_secrets(new SecretBrowser(client, m_clipboard, this))
    , m_vaultActions(new VaultActions(client, m_vaults, m_stores, this))
    , m_storeActions(new StoreActions(client, m_stores, this))
    , m_banner(new QWidget(this))
    , m_bannerText(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_progress(new QProgressBar(this))
    , m_progressDelay(new QTimer(this))
{
    setWindowTitle(tr("Konnect Vault Manager"));
    setObjectName(QStringLiteral("mainWindow"));
    m_vaultProxy->setSourceModel(m_vaults);

    // Toolbar: environment, control plane, refresh.
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    m_environment->setObjectName(QStringLiteral("environmentLabel"));
    m_environment->setMargin(4);
    m_environment->setTextFormat(Qt::PlainText); // a host name from the profile
    toolbar->addWidget(m_environment);
    toolbar->addSeparator();
    toolbar->addWidget(m_picker);
    m_refreshAction = toolbar->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_search = new CrossSearchBox(client, this); // search across control planes (Ctrl+K)
    toolbar->addWidget(m_search);
    m_navigator = new SearchNavigator(this);
    connect(m_search, &CrossSearchBox::matchActivated, m_navigator, &SearchNavigator::show);

    // Left: vaults above config stores. Right: details.
    auto *left = new QSplitter(Qt::Vertical, this);
    auto *vaultPane = new QWidget(left);
    auto *vaultLayout = new QVBoxLayout(vaultPane);
    vaultLayout->setContentsMargins(0, 0, 0, 0);
    vaultLayout->addWidget(m_vaultView, 1);
    vaultLayout->addWidget(m_vaultNote);
    vaultPane->setFocusProxy(m_vaultView);
    m_vaultNote->setObjectName(QStringLiteral("vaultReadOnlyNote"));
    m_vaultNote->setWordWrap(true);
    m_vaultNote->setTextFormat(Qt::PlainText);
    m_vaultNote->hide();
    left->addWidget(titled(tr("Vaults"), vaultPane, left));
    left->addWidget(titled(tr("Config stores"), m_storeView, left));
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setText(tr("Sign in to a Konnect region to manage its vaults and secrets."));
    m_vaultDetails->setObjectName(QStringLiteral("vaultDetails"));
    m_vaultDetails->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_vaultDetails->setWordWrap(true);
    m_vaultDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_vaultDetails->setMargin(12);
    m_details->addWidget(m_placeholder);
    m_details->addWidget(m_vaultDetails);
    m_details->addWidget(m_secrets);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({400, 700});
    for (QTreeView *view : {m_vaultView, m_storeView}) {
        view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    }

    // A non-modal banner for network trouble, with Retry.
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_banner->setAutoFillBackground(true);
    m_banner->setStyleSheet(QStringLiteral("#errorBanner { background: #fdecea; }"));
    m_bannerText->setObjectName(QStringLiteral("bannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText); // Konnect's or the keychain's words
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_retry);
    auto *dismiss = new QPushButton(tr("Dismiss"), m_banner);
    bannerLayout->addWidget(dismiss);
    m_banner->hide();
    connect(m_retry, &QPushButton::clicked, this, &MainWindow::refresh);
    connect(dismiss, &QPushButton::clicked, this, &MainWindow::hideBanner);

    m_content = new QWidget(this);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    m_lockScreen = new LockScreen(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_content);
    m_pages->addWidget(m_lockScreen);
    setCentralWidget(m_pages);

    // Status bar: what is loading (a progress bar after 300 ms), the last result.
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    m_progressDelay->setSingleShot(true);
    m_progressDelay->setInterval(300);
    connect(m_progressDelay, &QTimer::timeout, this,
            [this] { m_progress->setVisible(!m_busy.isEmpty()); });

    buildMenus();

    connect(m_picker, &ControlPlanePicker::controlPlaneChanged, this, &MainWindow::setControlPlane);
    connect(m_picker, &ControlPlanePicker::loadFinished, this, [this](const ApiError &error) {
        setBusy(tr("control planes"), false);
        if (error.isError())
            showError(error);
        else if (m_picker->model()->rowCount() == 0)
            m_placeholder->setText(tr("This organization has no control planes yet. Create one "
                                      "in Konnect, then press F5."));
    });
    connect(m_storeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onStoreSelected);
    connect(m_vaultView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onVaultSelected);
    connect(m_secrets, &SecretBrowser::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_secrets, &SecretBrowser::createVaultRequested, m_vaultActions->createForStoreAction(),
            &QAction::trigger);
    connect(m_vaultActions, &VaultActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_vaultActions, &VaultActions::vaultSaved, this, [this](const Vault &vault) {
        if (!m_secrets->storeId().isEmpty())
            onStoreSelected(); // the store's reference prefixes may have changed
        else if (m_vaultView->currentIndex().isValid())
            onVaultSelected();
        const int row = m_vaults->indexOfId(vault.id);
        if (row >= 0 && m_secrets->storeId().isEmpty())
            m_vaultView->setCurrentIndex(m_vaultProxy->index(row, 0));
    });
    connect(m_vaultActions, &VaultActions::vaultDeleted, this, [this] {
        m_details->setCurrentWidget(m_placeholder);
        m_placeholder->setText(tr("Select a vault or a config store."));
    });
    connect(m_vaultView, &QTreeView::doubleClicked, m_vaultActions->editAction(),
            &QAction::trigger);
    connect(m_secrets, &SecretBrowser::errorOccurred, this, &MainWindow::showError);
    connect(m_secrets, &SecretBrowser::loadingChanged, this,
            [this](bool loading) { setBusy(tr("secrets"), loading); });
    connect(m_secrets, &SecretBrowser::secretCountKnown, m_stores,
            &ConfigStoreModel::setSecretCount);

    connect(m_storeActions, &StoreActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_storeActions, &StoreActions::failed, this, &MainWindow::showError);
    connect(m_storeActions, &StoreActions::storeCreated, this,
            [this](const ConfigStore &store) { selectStore(store.id); });
    connect(m_storeActions, &StoreActions::storeDeleted, this, [this](const QString &id) {
        if (m_secrets->storeId() == id)
            m_secrets->clear();
        m_details->setCurrentWidget(m_placeholder);
    });

    statusBar()->showMessage(tr("Version %1").arg(AppInfo::version()));
    resize(1100, 700);
    updateStoreActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    m_settingsAction = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcuts({QKeySequence::Preferences, QKeySequence(tr("Ctrl+,"))});
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setEnabled(false);
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto *secrets = menuBar()->addMenu(tr("&Secrets"));
    secrets->addAction(m_secrets->newSecretAction());
    secrets->addAction(m_secrets->rotateAction());
    secrets->addAction(m_secrets->deleteAction());
    secrets->addSeparator();
    secrets->addAction(m_secrets->copyReferenceAction());
    secrets->addMenu(m_secrets->copyMenu());
    secrets->addSeparator();
    secrets->addAction(m_secrets->findAction());
    auto *bulk = new BulkActions(m_client, m_secrets, this); // import / export (app/bulk)
    secrets->addSeparator();
    secrets->addAction(bulk->importAction());
    secrets->addAction(bulk->exportAction());

    auto *stores = menuBar()->addMenu(tr("Config s&tores"));
    stores->addAction(m_storeActions->newAction());
    stores->addAction(m_storeActions->renameAction());
    stores->addAction(m_storeActions->deleteAction());
    stores->addSeparator();
    stores->addAction(m_vaultActions->createForStoreAction());

    auto *vaults = menuBar()->addMenu(tr("V&aults"));
    vaults->addAction(m_vaultActions->newAction());
    vaults->addAction(m_vaultActions->editAction());
    vaults->addAction(m_vaultActions->deleteAction());

    auto *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    ReferenceAuditPanel::install(view, m_client, this); // Ctrl+Shift+A
    view->addAction(m_search->focusAction());

    auto *help = menuBar()->addMenu(tr("&Help"));
    m_aboutAction =
        help->addAction(tr("&About Konnect Vault Manager"), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::setSettings(AppSettings *settings)
{
    if (m_settings)
        disconnect(m_settings, nullptr, this, nullptr);
    m_settings = settings;
    m_settingsAction->setEnabled(settings != nullptr);
    if (settings)
        connect(settings, &AppSettings::changed, this, &MainWindow::applySettings);
    applySettings();
}

void MainWindow::applySettings()
{
    if (!m_settings)
        return;
    m_clipboard->setClearTimeout(m_settings->clipboardClearSeconds() * 1000);
    if (m_client)
        m_client->setDefaultPageSize(m_settings->pageSize());
}

void MainWindow::showSettings()
{
    if (!m_settings || findChild<SettingsDialog *>())
        return;
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    if (auto *existing = findChild<AboutDialog *>()) {
        existing->raise();
        existing->activateWindow();
        return;
    }
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::setSession(bool sandbox, const QString &preferredControlPlaneId)
{
    m_preferredControlPlaneId = preferredControlPlaneId;
    m_controlPlaneId.clear();
    m_secrets->clear();
    const KonnectClient *client = m_client;
    const KonnectEndpoint endpoint = client->endpoint();
    m_environment->setText(sandbox                       ? tr("Sandbox")
                           : endpoint.region().isEmpty() ? endpoint.controlPlanesBase().host()
                                                         : endpoint.region().toUpper());
    m_environment->setToolTip(sandbox ? tr("The built-in sandbox: demo data on this computer, "
                                           "no Konnect account involved.")
                                      : client->endpoint().controlPlanesBase().toDisplayString());
    // Qt appends the application display name: "Sandbox — Konnect Vault Manager".
    setWindowTitle(sandbox ? tr("Sandbox") : tr("Konnect Vault Manager"));
    m_environment->setStyleSheet(
        sandbox ? QStringLiteral("QLabel { background: #fff3cd; border-radius: 3px; }")
                : QString());
    refresh();
}

void MainWindow::endSession(const QString &message)
{
    if (m_vaultFetch)
        m_vaultFetch->cancel();
    if (m_storeFetch)
        m_storeFetch->cancel();
    m_picker->clear();
    m_search->invalidate();
    m_secrets->clear();
    m_vaults->reset();
    m_stores->reset();
    m_controlPlaneId.clear();
    m_identity.clear();
    m_busy.clear();
    setBusy(QString(), false);
    m_placeholder->setText(message);
    m_details->setCurrentWidget(m_placeholder);
    updateStoreActions();
}

void MainWindow::attachSession(SessionController *session, QNetworkAccessManager *network)
{
    auto *menu = new ProfileMenu(session, this);
    menu->setTitle(tr("&Profile"));
    menuBar()->insertMenu(menuBar()->actions().value(1), menu);
    m_profileButton = new QToolButton(this);
    m_profileButton->setObjectName(QStringLiteral("profileButton"));
    m_profileButton->setAccessibleName(tr("Profile"));
    m_profileButton->setMenu(menu);
    m_profileButton->setPopupMode(QToolButton::InstantPopup);
    m_profileButton->setText(tr("Not signed in"));
    auto *toolbar = findChild<QToolBar *>(QStringLiteral("mainToolbar"));
    toolbar->insertWidget(toolbar->actions().value(0), m_profileButton);

    auto openSignIn = [this, session, network](const Profile &profile, const QString &why) {
        SignInDialog::openFor(session, network, profile, why, this);
    };
    connect(menu, &ProfileMenu::signInRequested, this,
            [openSignIn](const Profile &profile) { openSignIn(profile, QString()); });
    connect(session, &SessionController::signInRequired, this, openSignIn);
    connect(session, &SessionController::sessionStarted, this, [this](const Profile &profile) {
        m_profileButton->setText(profile.name);
        setSession(false, profile.lastControlPlaneId);
    });
    connect(session, &SessionController::sessionEnded, this,
            [this] { endSession(tr("Signed out. Choose a profile or sign in.")); });
    connect(session, &SessionController::currentProfileChanged, this,
            [this](const Profile &profile) { m_profileButton->setText(profile.name); });
    connect(session, &SessionController::tokenStoreFailed, this,
            [this](const Profile &, const TokenStoreError &error) {
                m_bannerText->setText(error.message);
                m_retry->hide();
                m_banner->show();
            });
    connect(this, &MainWindow::controlPlaneChosen, session,
            &SessionController::setLastControlPlane);
    connect(session, &SessionController::lockedChanged, this,
            [this, session](bool locked) { setLocked(locked, session->currentProfile().name); });
    connect(m_lockScreen, &LockScreen::unlockRequested, session, &SessionController::unlock);
}

void MainWindow::setLocked(bool locked, const QString &profileName)
{
    if (locked) {
        m_clipboard->clearIfOurs();
        while (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
        const QList<QDialog *> dialogs = findChildren<QDialog *>();
        for (QDialog *dialog : dialogs) {
            if (dialog->isVisible())
                dialog->reject();
        }
    }
    m_lockScreen->setProfileName(profileName);
    // Hidden, the menus' and toolbar's shortcuts do nothing either.
    menuBar()->setVisible(!locked);
    const QList<QToolBar *> toolbars = findChildren<QToolBar *>();
    for (QToolBar *toolbar : toolbars)
        toolbar->setVisible(!locked);
    statusBar()->setVisible(!locked);
    m_content->setEnabled(!locked);
    m_pages->setCurrentWidget(locked ? static_cast<QWidget *>(m_lockScreen) : m_content);
    if (locked)
        m_lockScreen->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::isLocked() const
{
    return m_pages->currentWidget() == m_lockScreen;
}

QString MainWindow::summary() const
{
    return m_identity;
}

QString MainWindow::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_bannerText->text();
}

void MainWindow::refresh()
{
    if (!m_client)
        return;
    hideBanner();
    m_search->invalidate(); // another session, or the user wants fresh data
    loadIdentity();
    const QString preferred =
        m_controlPlaneId.isEmpty() ? m_preferredControlPlaneId : m_controlPlaneId;
    setBusy(tr("control planes"), true);
    m_controlPlaneId.clear();
    m_picker->load(m_client, preferred);
}

void MainWindow::loadIdentity()
{
    m_client->getOrganizationsMe(this, [this](const ApiResult<Organization> &org) {
        if (!org.ok())
            return showError(org.error());
        m_client->getUsersMe(this, [this, orgName = org.value().name](const ApiResult<User> &user) {
            // A system account has no user: the organization says enough.
            m_identity = user.ok() ? tr("%1 (%2)").arg(user.value().displayName(), orgName)
                                   : tr("System account (%1)").arg(orgName);
            m_environment->setToolTip(m_environment->toolTip() + QLatin1Char('\n') +
                                      tr("Signed in as %1").arg(m_identity));
            statusBar()->showMessage(tr("Signed in as %1").arg(m_identity), 5000);
        });
    });
}

void MainWindow::setControlPlane(const QString &controlPlaneId)
{
    if (controlPlaneId == m_controlPlaneId)
        return;
    m_controlPlaneId = controlPlaneId;
    m_preferredControlPlaneId = controlPlaneId;
    emit controlPlaneChosen(controlPlaneId);
    m_secrets->clear();
    const ControlPlaneModel *planes = m_picker->model();
    const bool readOnly = planes->item(planes->indexOfId(controlPlaneId)).coreEntitiesReadOnly();
    m_vaultActions->setControlPlane(controlPlaneId, readOnly);
    m_vaultNote->setText(m_vaultActions->readOnlyReason());
    m_vaultNote->setVisible(readOnly);
    m_secrets->setVaultCreationBlocked(m_vaultActions->readOnlyReason());
    m_details->setCurrentWidget(m_placeholder);
    m_placeholder->setText(tr("Select a vault or a config store."));
    loadControlPlaneContents();
}

void MainWindow::loadControlPlaneContents()
{
    // A new control plane supersedes any load still running: its pages are
    // dropped by the models (tagged loads) and the fetches are cancelled.
    if (m_vaultFetch)
        m_vaultFetch->cancel();
    if (m_storeFetch)
        m_storeFetch->cancel();
    const QString cp = m_controlPlaneId;
    const quint64 vaultLoad = m_vaults->reset();
    const quint64 storeLoad = m_stores->reset();
    setBusy(tr("vaults"), true);
    setBusy(tr("config stores"), true);
    m_vaultFetch = m_client->fetchAllVaults(
        cp, {}, this,
        [this, vaultLoad](const QList<Vault> &page) { m_vaults->appendPage(vaultLoad, page); },
        [this, vaultLoad](const ApiError &error) {
            setBusy(tr("vaults"), false);
            if (error.isError())
                return showError(error);
            if (m_vaults->generation() == vaultLoad)
                m_stores->setVaults(m_vaults->items());
            if (m_secrets->storeId().isEmpty())
                return;
            onStoreSelected(); // the store's reference prefixes may have changed
        });
    m_storeFetch = m_client->fetchAllConfigStores(
        cp, this,
        [this, storeLoad](const QList<ConfigStore> &page) {
            m_stores->appendPage(storeLoad, page);
        },
        [this](const ApiError &error) {
            setBusy(tr("config stores"), false);
            if (error.isError())
                return showError(error);
            // Open the first store so the secrets are one glance away.
            if (m_stores->rowCount() > 0 && !m_storeView->currentIndex().isValid() &&
                !m_vaultView->currentIndex().isValid())
                m_storeView->setCurrentIndex(m_stores->index(0, 0));
            statusBar()->showMessage(
                tr("%1: %2, %3")
                    .arg(m_picker->currentName(), tr("%n vaults", nullptr, m_vaults->rowCount()),
                         tr("%n config stores", nullptr, m_stores->rowCount())),
                5000);
            updateStoreActions();
        });
}

ConfigStore MainWindow::currentStore() const
{
    const QModelIndex current = m_storeView->currentIndex();
    return current.isValid() ? m_stores->item(current.row()) : ConfigStore();
}

void MainWindow::showSecret(const QString &cpId, const QString &storeId, const QString &key)
{
    m_navigator->showSecret(cpId, storeId, key);
}

void MainWindow::showVault(const QString &cpId, const QString &vaultId)
{
    m_navigator->showVault(cpId, vaultId);
}

bool MainWindow::selectStore(const QString &storeId)
{
    const int row = m_stores->indexOfId(storeId);
    if (row < 0)
        return false;
    m_storeView->setCurrentIndex(m_stores->index(row, 0));
    return true;
}

void MainWindow::onStoreSelected()
{
    const ConfigStore store = currentStore();
    updateStoreActions();
    if (store.id.isEmpty())
        return;
    m_vaultView->selectionModel()->clearCurrentIndex();
    m_vaultActions->setCurrentVault(Vault());
    m_vaultActions->setCurrentStore(store);
    m_secrets->setStore(m_controlPlaneId, store, m_stores->vaultPrefixes(store.id));
    m_details->setCurrentWidget(m_secrets);
}

void MainWindow::onVaultSelected()
{
    const QModelIndex current = m_vaultView->currentIndex();
    if (!current.isValid())
        return;
    m_storeView->selectionModel()->clearCurrentIndex();
    m_secrets->clear();
    const Vault vault = m_vaults->item(current.row());
    m_vaultActions->setCurrentStore(ConfigStore());
    m_vaultActions->setCurrentVault(vault);
    const auto &backend = VaultBackends::find(vault.name);
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p><table>")
                       .arg(vault.prefix.toHtmlEscaped(),
                            VaultBackends::displayName(vault.name).toHtmlEscaped());
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Description"), vault.description);
    row(tr("Tags"), vault.tags.join(QStringLiteral(", ")));
    for (auto it = vault.config.begin(); it != vault.config.end(); ++it) {
        const auto *field = backend.field(it.key());
        const QString label = field ? field->label : it.key();
        // Sensitive fields are never shown back.
        const QString value = field && field->sensitive ? QStringLiteral("••••••")
                              : it.value().isString()   ? it.value().toString()
                                                        : it.value().toVariant().toString();
        if (it.key() == QLatin1String("config_store_id")) {
            const int storeRow = m_stores->indexOfId(value);
            row(tr("Config store"), storeRow >= 0 ? m_stores->item(storeRow).displayName() : value);
        } else {
            row(label, value);
        }
    }
    html += QStringLiteral("</table>");
    m_vaultDetails->setText(html);
    m_details->setCurrentWidget(m_vaultDetails);
}

void MainWindow::updateStoreActions()
{
    m_storeActions->setContext(m_controlPlaneId, currentStore());
}

void MainWindow::setBusy(const QString &what, bool busy)
{
    m_busy.removeAll(what);
    if (busy)
        m_busy.append(what);
    if (m_busy.isEmpty()) {
        m_progressDelay->stop();
        m_progress->hide();
        return;
    }
    statusBar()->showMessage(tr("Loading %1…").arg(m_busy.join(QStringLiteral(", "))));
    if (!m_progress->isVisible() && !m_progressDelay->isActive())
        m_progressDelay->start();
}

void MainWindow::showError(const ApiError &error)
{
    const bool network =
        error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout;
    m_bannerText->setText(network ? error.message() : error.fullDescription());
    m_retry->setVisible(network || error.httpStatus() >= 500 || error.httpStatus() == 429);
    m_banner->show();
    statusBar()->showMessage(error.message());
}

void MainWindow::hideBanner()
{
    m_banner->hide();
}
