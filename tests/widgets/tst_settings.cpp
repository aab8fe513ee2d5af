#include "AboutDialog.h"
#include "AppInfo.h"
#include "AppSettings.h"
#include "KonnectClient.h"
#include "MainWindow.h"
#include "SecretClipboard.h"
#include "SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

// File > Settings changes what the app does at once (clipboard clear time,
// page size) and keeps it for the next start; Help > About names the versions.
class TestSettings : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    template<typename T>
    static T *child(QWidget *dialog, const char *name)
    {
        T *widget = dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("konnectvault-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
    }

    void init() { QSettings().clear(); }

    void defaultsAndClamping()
    {
        AppSettings settings;
        QCOMPARE(settings.clipboardClearSeconds(), 30);
        QCOMPARE(settings.pageSize(), 1000); // the most Konnect is asked for (PageSizes)
        QCOMPARE(settings.language(), QString());
        // A size saved before 1,000 was the default stays the person's choice.
        QSettings().setValue(QStringLiteral("preferences/pageSize"), 100);
        QCOMPARE(settings.pageSize(), 100);
        // A hand-edited file cannot set a zero timeout or a huge page.
        QSettings().setValue(QStringLiteral("preferences/clipboardClearSeconds"), 0);
        QSettings().setValue(QStringLiteral("preferences/pageSize"), 1000000);
        QSettings().setValue(QStringLiteral("preferences/language"), QStringLiteral("xx"));
        QCOMPARE(settings.clipboardClearSeconds(), AppSettings::MinClipboardSeconds);
        QCOMPARE(settings.pageSize(), AppSettings::MaxPageSize);
        QCOMPARE(settings.language(), QString());
    }

    void okAppliesAtOnceAndPersists()
    {
        AppSettings settings;
        KonnectClient client(&m_network);
        MainWindow window(&client);
        QVERIFY(!window.settingsAction()->isEnabled()); // nothing to edit yet
        window.setSettings(&settings);
        QVERIFY(window.settingsAction()->isEnabled());
        QCOMPARE(window.clipboard()->clearTimeout(), 30000);
        QCOMPARE(client.defaultPageSize(), 1000);

        window.settingsAction()->trigger();
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->isModal());
        // A second trigger does not stack another dialog.
        window.settingsAction()->trigger();
        QCOMPARE(window.findChildren<SettingsDialog *>().size(), 1);

        auto *seconds = child<QSpinBox>(dialog, "clipboardSeconds");
        auto *pageSize = child<QSpinBox>(dialog, "pageSize");
        auto *language = child<QComboBox>(dialog, "language");
        auto *note = child<QLabel>(dialog, "languageNote");
        QCOMPARE(seconds->value(), 30);
        QCOMPARE(pageSize->value(), 1000);
        QCOMPARE(language->currentData().toString(), QString());
        QVERIFY(note->isHidden());
        seconds->setValue(12);
        pageSize->setValue(250);
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        QVERIFY(!note->isHidden()); // a new language needs a restart, and says so

        QSignalSpy changed(&settings, &AppSettings::changed);
        child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok)->click();
        QVERIFY(changed.count() >= 1);
        QCOMPARE(window.clipboard()->clearTimeout(), 12000);
        QCOMPARE(client.defaultPageSize(), 250);
        QTRY_VERIFY(!window.findChild<SettingsDialog *>()); // deleted on close

        // The next start reads them back.
        AppSettings next;
        QCOMPARE(next.clipboardClearSeconds(), 12);
        QCOMPARE(next.pageSize(), 250);
        QCOMPARE(next.language(), QStringLiteral("de"));
    }

    void cancelChangesNothingAndRestoreDefaultsOnlyFillsTheForm()
    {
        AppSettings settings;
        settings.setClipboardClearSeconds(45);
        KonnectClient client(&m_network);
        MainWindow window(&client);
        window.setSettings(&settings);

        window.settingsAction()->trigger();
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        auto *seconds = child<QSpinBox>(dialog, "clipboardSeconds");
        QCOMPARE(seconds->value(), 45);
        auto *buttons = child<QDialogButtonBox>(dialog, "buttons");
        buttons->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(seconds->value(), 30);
        QCOMPARE(settings.clipboardClearSeconds(), 45); // not saved before OK
        buttons->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(settings.clipboardClearSeconds(), 45);
        QCOMPARE(window.clipboard()->clearTimeout(), 45000);
    }

    void lockAfterIdleIsAKeyboardReachableSetting()
    {
        AppSettings settings;
        QCOMPARE(settings.lockAfterIdleMinutes(), AppSettings::DefaultLockAfterIdleMinutes);
        QCOMPARE(AppSettings::DefaultLockAfterIdleMinutes, 15);
        QSettings().setValue(QStringLiteral("preferences/lockAfterIdleMinutes"), -3);
        QCOMPARE(settings.lockAfterIdleMinutes(), 0); // never
        QSettings().setValue(QStringLiteral("preferences/lockAfterIdleMinutes"), 100000);
        QCOMPARE(settings.lockAfterIdleMinutes(), AppSettings::MaxLockAfterIdleMinutes);
        QSettings().remove(QStringLiteral("preferences/lockAfterIdleMinutes"));

        KonnectClient client(&m_network);
        MainWindow window(&client);
        window.setSettings(&settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.settingsAction()->trigger();
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto *minutes = child<QSpinBox>(dialog, "lockMinutes");
        QCOMPARE(minutes->value(), 15);
        QCOMPARE(child<QLabel>(dialog, "lockLabel")->buddy(), minutes);
        // Alt+K reaches the field; typing 0 shows "Never".
        QTest::keyClick(dialog, Qt::Key_K, Qt::AltModifier);
        QTRY_VERIFY(minutes->hasFocus());
        minutes->setValue(0);
        QCOMPARE(minutes->text(), QStringLiteral("Never"));
        child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(settings.lockAfterIdleMinutes(), 0);
        QTRY_VERIFY(!window.findChild<SettingsDialog *>()); // deleted on close

        window.settingsAction()->trigger();
        dialog = window.findChild<SettingsDialog *>();
        QTRY_VERIFY(dialog && dialog->isVisible());
        child<QDialogButtonBox>(dialog, "buttons")
            ->button(QDialogButtonBox::RestoreDefaults)
            ->click();
        QCOMPARE(child<QSpinBox>(dialog, "lockMinutes")->value(), 15);
    }

    void aboutNamesTheVersions()
    {
        KonnectClient client(&m_network);
        MainWindow window(&client);
        window.aboutAction()->trigger();
        auto *about = window.findChild<AboutDialog *>();
        QVERIFY(about);
        QVERIFY(about->isVisible());
        const QString text = child<QLabel>(about, "aboutText")->text();
        QVERIFY2(text.contains(AppInfo::version()), qPrintable(text));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(QStringLiteral("QtKeychain 0.")));
        QVERIFY(text.contains(QStringLiteral("General Public License")));

        child<QPushButton>(about, "copyDetailsButton")->click();
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY(copied.startsWith(AppInfo::executable() + QLatin1Char(' ') + AppInfo::version()));
        QVERIFY(copied.contains(AppInfo::qtKeychainVersion()));
        about->reject();
        QTRY_VERIFY(!window.findChild<AboutDialog *>());
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
