#include "SearchNavigator.h"

#include "ConfigStoreModel.h"
#include "ControlPlanePicker.h"
#include "MainWindow.h"
#include "SearchMatch.h"
#include "SecretBrowser.h"
#include "VaultModel.h"

#include <QStatusBar>
#include <QTreeView>

SearchNavigator::SearchNavigator(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

void SearchNavigator::show(const SearchMatch &match)
{
    if (match.isSecret())
        showSecret(match.controlPlaneId, match.storeId, match.key);
    else
        showVault(match.controlPlaneId, match.vaultId);
}

void SearchNavigator::showSecret(const QString &controlPlaneId, const QString &storeId,
                                 const QString &key)
{
    stopWaiting();
    m_storeId = storeId;
    m_key = key;
    m_vaultId.clear();
    if (!switchControlPlane(controlPlaneId))
        return;
    if (!trySelectStore())
        waitFor(m_window->storeModel(), &SearchNavigator::trySelectStore);
}

void SearchNavigator::showVault(const QString &controlPlaneId, const QString &vaultId)
{
    stopWaiting();
    m_storeId.clear();
    m_key.clear();
    m_vaultId = vaultId;
    if (!switchControlPlane(controlPlaneId))
        return;
    if (!trySelectVault())
        waitFor(m_window->vaultModel(), &SearchNavigator::trySelectVault);
}

bool SearchNavigator::switchControlPlane(const QString &controlPlaneId)
{
    // Selecting another control plane resets the store and vault models at once,
    // so whatever they hold afterwards belongs to `controlPlaneId`.
    if (m_window->controlPlanePicker()->select(controlPlaneId))
        return true;
    m_window->statusBar()->showMessage(
        tr("That control plane is gone or not loaded yet. Press F5 and search again."), 8000);
    return false;
}

void SearchNavigator::waitFor(QAbstractItemModel *items, bool (SearchNavigator::*attempt)())
{
    m_waiting.append(connect(items, &QAbstractItemModel::rowsInserted, this, [this, attempt] {
        if ((this->*attempt)())
            stopWaiting();
    }));
    // A reset is another control plane (or a refresh): this jump is over.
    m_waiting.append(
        connect(items, &QAbstractItemModel::modelReset, this, &SearchNavigator::stopWaiting));
}

void SearchNavigator::stopWaiting()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_waiting))
        disconnect(connection);
    m_waiting.clear();
}

bool SearchNavigator::trySelectStore()
{
    if (!m_window->selectStore(m_storeId))
        return false;
    QTreeView *stores = m_window->storeView();
    stores->scrollTo(stores->currentIndex());
    // The browser loads the store's secrets now; the key is selected when its page is in.
    m_window->secretBrowser()->selectKey(m_key);
    return true;
}

bool SearchNavigator::trySelectVault()
{
    const int row = m_window->vaultModel()->indexOfId(m_vaultId);
    if (row < 0)
        return false;
    QTreeView *vaults = m_window->vaultView();
    const QModelIndex index = vaults->model()->index(row, 0); // an identity proxy
    vaults->setCurrentIndex(index);
    vaults->scrollTo(index);
    vaults->setFocus(Qt::OtherFocusReason);
    return true;
}
