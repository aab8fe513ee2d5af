#pragma once

#include "ApiError.h"
#include "AuditReport.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class KonnectClient;
class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class ReferenceAuditHub;

// The reference audit of the current control plane: dangling references (an
// unknown vault prefix, a Konnect store without the key, malformed), unused
// secrets and references to other backends, each with its entity and field.
// Refreshable, with progress; a modeless window that follows the control plane.
class ReferenceAuditPanel : public QDialog
{
    Q_OBJECT

public:
    ReferenceAuditPanel(KonnectClient *client, QWidget *parent = nullptr);

    // Adds View → Reference audit… (Ctrl+Shift+A) to `menu`; the panel is made on
    // first use and shows the audit of currentControlPlane().
    static QAction *addAction(QMenu *menu, KonnectClient *client,
                              std::function<QString()> currentControlPlane, QWidget *window);
    // The same for a window with currentControlPlaneId() and a controlPlaneChosen()
    // signal: an open panel follows the window's control plane.
    template<typename Window>
    static QAction *install(QMenu *menu, KonnectClient *client, Window *window)
    {
        const auto current = [window] { return window->currentControlPlaneId(); };
        QAction *action = addAction(menu, client, current, window);
        connect(window, &Window::controlPlaneChosen, action,
                [window, current] { followControlPlane(window, current()); });
        return action;
    }
    // An open panel of `window` shows the audit of `controlPlaneId`.
    static void followControlPlane(QWidget *window, const QString &controlPlaneId);

    void setControlPlane(const QString &controlPlaneId);
    QString controlPlaneId() const { return m_cp; }
    void refresh();

    QTreeWidget *danglingList() const { return m_dangling; }
    QTreeWidget *unusedList() const { return m_unused; }
    QTreeWidget *externalList() const { return m_external; }
    QLabel *summaryLabel() const { return m_summary; }
    QProgressBar *progressBar() const { return m_progress; }

private:
    void showReport();
    void showRunning(int done, int total);
    void fill(const AuditReport &report);

    QPointer<ReferenceAuditHub> m_hub;
    QString m_cp;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QTabWidget *m_tabs;
    QTreeWidget *m_dangling;
    QTreeWidget *m_unused;
    QTreeWidget *m_external;
    QPushButton *m_refresh;
    QPushButton *m_stop;
};
