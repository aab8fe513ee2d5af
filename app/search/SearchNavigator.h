#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>

class MainWindow;
class QAbstractItemModel;
struct SearchMatch;

// Opens a search result in the main window: switches the control-plane
// picker to its control plane, then, as that control plane's stores (or
// vaults) arrive, selects the store and has the secret browser select the
// key once its page is in (or selects the vault). A later jump, or the user
// picking another control plane, supersedes a jump still waiting.
class SearchNavigator : public QObject
{
    Q_OBJECT

public:
    explicit SearchNavigator(MainWindow *window);

    void show(const SearchMatch &match);
    void showSecret(const QString &controlPlaneId, const QString &storeId, const QString &key);
    void showVault(const QString &controlPlaneId, const QString &vaultId);

private:
    bool switchControlPlane(const QString &controlPlaneId);
    void waitFor(QAbstractItemModel *model, bool (SearchNavigator::*attempt)());
    void stopWaiting();
    bool trySelectStore();
    bool trySelectVault();

    MainWindow *m_window;
    QString m_storeId;
    QString m_key;
    QString m_vaultId;
    QList<QMetaObject::Connection> m_waiting;
};
