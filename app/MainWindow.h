#pragma once

#include "ApiError.h"
#include "Entities.h"

#include <QMainWindow>
#include <QPointer>

class AppSettings;
class BackendIconProxy;
class ConfigStoreModel;
class ControlPlanePicker;
class CrossSearchBox;
class FetchAll;
class KonnectClient;
class LockScreen;
class QNetworkAccessManager;
class QToolButton;
class SearchNavigator;
class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;
class QTreeView;
class SecretBrowser;
class SecretClipboard;
class SessionController;
class StoreActions;
class VaultActions;
class VaultModel;

// The main window: control-plane picker and refresh in the toolbar, vaults
// and config stores on the left, the selected store's secrets (or the
// selected vault's details) on the right, progress and results below.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `client` outlives the window; its endpoint and token change with the session.
    explicit MainWindow(KonnectClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the account the client is set up for. `sandbox` labels the
    // built-in sandbox; `preferredControlPlaneId` is picked once it loads.
    void setSession(bool sandbox, const QString &preferredControlPlaneId = QString());
    // Signed out: empties every view.
    void endSession(const QString &message);
    // Profiles and sign-in: a Profile menu, the profile in the toolbar, and
    // the sign-in dialog whenever the session needs a token.
    void attachSession(SessionController *session, QNetworkAccessManager *network);
    QString summary() const;
    // Preferences (not owned): applied now and whenever they change; enables
    // File > Settings.
    void setSettings(AppSettings *settings);
    QAction *settingsAction() const { return m_settingsAction; }
    QAction *aboutAction() const { return m_aboutAction; }

    ControlPlanePicker *controlPlanePicker() const { return m_picker; }
    SecretBrowser *secretBrowser() const { return m_secrets; }
    VaultModel *vaultModel() const { return m_vaults; }
    ConfigStoreModel *storeModel() const { return m_stores; }
    QTreeView *storeView() const { return m_storeView; }
    QTreeView *vaultView() const { return m_vaultView; }
    SecretClipboard *clipboard() const { return m_clipboard; }
    VaultActions *vaultActions() const { return m_vaultActions; }
    QString currentControlPlaneId() const { return m_controlPlaneId; }
    bool selectStore(const QString &storeId);
    QString bannerText() const;
    CrossSearchBox *searchBox() const { return m_search; }
    // Locked: only the lock page shows (no menus, toolbar or status bar), every
    // dialog is closed and a secret value this app put on the clipboard is
    // cleared. attachSession() follows SessionController::lockedChanged.
    void setLocked(bool locked, const QString &profileName = QString());
    bool isLocked() const;
    LockScreen *lockScreen() const { return m_lockScreen; }
    // Jumps to a search result: its control plane, its store and key (or the vault).
    void showSecret(const QString &cpId, const QString &storeId, const QString &key);
    void showVault(const QString &cpId, const QString &vaultId);

signals:
    // The user picked a control plane (to remember it for the profile).
    void controlPlaneChosen(const QString &controlPlaneId);

public slots:
    void refresh();

private:
    void buildMenus();
    void applySettings();
    void showSettings();
    void showAbout();
    void loadIdentity();
    void setControlPlane(const QString &controlPlaneId);
    void loadControlPlaneContents();
    void onStoreSelected();
    void onVaultSelected();
    void updateStoreActions();
    void setBusy(const QString &what, bool busy);
    void showError(const ApiError &error);
    void hideBanner();
    ConfigStore currentStore() const;

    QPointer<KonnectClient> m_client;
    QString m_preferredControlPlaneId;
    QToolButton *m_profileButton = nullptr;
    QString m_controlPlaneId;
    QString m_identity;
    SecretClipboard *m_clipboard;

    ControlPlanePicker *m_picker;
    QLabel *m_environment;
    VaultModel *m_vaults;
    ConfigStoreModel *m_stores;
    BackendIconProxy *m_vaultProxy;
    QTreeView *m_vaultView;
    QTreeView *m_storeView;
    QStackedWidget *m_details;
    QLabel *m_placeholder;
    QLabel *m_vaultDetails;
    QLabel *m_vaultNote; // why the vaults are read-only, when they are
    SecretBrowser *m_secrets;
    VaultActions *m_vaultActions;
    StoreActions *m_storeActions;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_retry;
    QProgressBar *m_progress;
    QTimer *m_progressDelay;
    QStringList m_busy;
    QPointer<FetchAll> m_vaultFetch;
    QPointer<FetchAll> m_storeFetch;
    CrossSearchBox *m_search = nullptr;
    SearchNavigator *m_navigator = nullptr;

    QPointer<AppSettings> m_settings;
    QAction *m_settingsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QStackedWidget *m_pages = nullptr; // the window's content, or the lock page
    QWidget *m_content = nullptr;
    LockScreen *m_lockScreen = nullptr;
};
