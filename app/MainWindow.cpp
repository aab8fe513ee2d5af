#include "MainWindow.h"

#include "AppInfo.h"

#include <QLabel>
#include <QStatusBar>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Konnect Vault Manager"));
    auto *placeholder =
        new QLabel(tr("Sign in to a Konnect region to manage its vaults and secrets."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    setCentralWidget(placeholder);
    statusBar()->showMessage(tr("Version %1").arg(AppInfo::version()));
    resize(1000, 680);
}
