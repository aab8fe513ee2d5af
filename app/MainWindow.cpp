#include "MainWindow.h"

#include "AppInfo.h"
#include "KonnectClient.h"

#include <QAction>
#include <QKeySequence>
#include <QLabel>
#include <QStatusBar>
#include <QToolBar>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Konnect Vault Manager"));
    m_summary =
        new QLabel(tr("Sign in to a Konnect region to manage its vaults and secrets."), this);
    m_summary->setAlignment(Qt::AlignCenter);
    m_summary->setWordWrap(true);
    setCentralWidget(m_summary);

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    m_environment = new QLabel(this);
    m_environment->setObjectName(QStringLiteral("environmentLabel"));
    toolbar->addWidget(m_environment);
    auto *refreshAction = toolbar->addAction(tr("Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);

    statusBar()->showMessage(tr("Version %1").arg(AppInfo::version()));
    resize(1000, 680);
}

void MainWindow::setSession(KonnectClient *client, bool sandbox)
{
    m_client = client;
    m_environment->setText(sandbox ? tr("Sandbox") : client->endpoint().region().toUpper());
    m_environment->setToolTip(sandbox ? tr("The built-in sandbox: demo data on this computer, "
                                           "no Konnect account involved.")
                                      : QString());
    if (sandbox)
        setWindowTitle(tr("Konnect Vault Manager — Sandbox"));
    refresh();
}

QString MainWindow::summary() const
{
    return m_summary->text();
}

void MainWindow::refresh()
{
    if (!m_client)
        return;
    m_identity.clear();
    m_controlPlanes = -1;
    statusBar()->showMessage(tr("Loading…"));
    auto update = [this] {
        if (m_identity.isEmpty() || m_controlPlanes < 0)
            return;
        const QString count = m_controlPlanes == 1 ? tr("1 control plane")
                                                   : tr("%1 control planes").arg(m_controlPlanes);
        m_summary->setText(tr("Signed in as %1 · %2").arg(m_identity, count));
        statusBar()->showMessage(tr("Loaded"), 5000);
    };
    auto fail = [this](const ApiError &error) {
        m_summary->setText(error.message());
        statusBar()->showMessage(error.message());
    };
    m_client->getUsersMe(this, [this, update, fail](const ApiResult<User> &user) {
        if (!user.ok())
            return fail(user.error());
        m_client->getOrganizationsMe(this, [this, name = user.value().displayName(), update,
                                            fail](const ApiResult<Organization> &org) {
            if (!org.ok())
                return fail(org.error());
            m_identity = tr("%1 (%2)").arg(name, org.value().name);
            update();
        });
    });
    m_client->listControlPlanes({}, {}, this,
                                [this, update, fail](const ApiResult<Page<ControlPlane>> &page) {
                                    if (!page.ok())
                                        return fail(page.error());
                                    m_controlPlanes = page.value().total;
                                    update();
                                });
}
