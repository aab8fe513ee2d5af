#include "AboutDialog.h"

#include "AppInfo.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QSysInfo>
#include <QVBoxLayout>

namespace {

const char *const Homepage = "https://github.com/konnectvault/manager";

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About %1").arg(AppInfo::displayName()));

    auto *icon = new QLabel(this);
    const QIcon appIcon =
        QIcon::fromTheme(AppInfo::appId(), style()->standardIcon(QStyle::SP_DriveNetIcon));
    icon->setPixmap(appIcon.pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setWordWrap(true);
    const QString homepage = QString::fromLatin1(Homepage);
    text->setText(
        QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p><p>%4<br>%5</p><p>%6</p><p><a "
                       "href=\"%7\">%7</a></p>")
            .arg(AppInfo::displayName().toHtmlEscaped(),
                 tr("Version %1").arg(AppInfo::version()).toHtmlEscaped(),
                 tr("Manage the config stores, vaults and secrets of Kong Konnect, and copy "
                    "vault references in one keystroke.")
                     .toHtmlEscaped(),
                 tr("Qt %1 (built with %2)")
                     .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))
                     .toHtmlEscaped(),
                 tr("QtKeychain %1").arg(AppInfo::qtKeychainVersion()).toHtmlEscaped(),
                 tr("Licensed under the GNU General Public License, version 3 or later. This "
                    "program comes with absolutely no warranty.")
                     .toHtmlEscaped(),
                 homepage));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("&Copy details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyDetailsButton"));
    connect(copy, &QPushButton::clicked, this,
            [] { QGuiApplication::clipboard()->setText(versionDetails()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString AboutDialog::versionDetails()
{
    return QStringLiteral("%1 %2\nQt %3 (built with %4)\nQtKeychain %5\n%6\n")
        .arg(AppInfo::executable(), AppInfo::version(), QString::fromLatin1(qVersion()),
             QStringLiteral(QT_VERSION_STR), AppInfo::qtKeychainVersion(),
             QSysInfo::prettyProductName());
}
