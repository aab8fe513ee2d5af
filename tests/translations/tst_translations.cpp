#include "AboutDialog.h"
#include "AppSettings.h"
#include "Application.h"
#include "KonnectClient.h"
#include "MainWindow.h"
#include "SettingsDialog.h"

#include <QAction>
#include <QComboBox>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTest>

// The app started in German shows German menus and dialogs; a language it is
// not translated into falls back to English; the language setting survives a
// restart and is what the app starts in.
class TestTranslations : public QObject
{
    Q_OBJECT

    static QStringList menuTitles(QMainWindow *window)
    {
        QStringList titles;
        const QList<QAction *> actions = window->menuBar()->actions();
        for (QAction *action : actions)
            titles.append(action->text().remove(QLatin1Char('&')));
        return titles;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("konnectvault-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
        QSettings().clear();
    }

    void cleanup() { Application::installTranslations(QStringLiteral("en")); }

    void startsInGerman()
    {
        AppSettings settings;
        settings.setLanguage(QStringLiteral("de"));
        // What main() does before creating any widget.
        QCOMPARE(Application::installTranslations(AppSettings().language()), QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);

        QNetworkAccessManager network;
        KonnectClient client(&network);
        MainWindow window(&client);
        window.setSettings(&settings);
        const QStringList titles = menuTitles(&window);
        QVERIFY2(titles.contains(QStringLiteral("Datei")), qPrintable(titles.join(u',')));
        QVERIFY2(titles.contains(QStringLiteral("Hilfe")), qPrintable(titles.join(u',')));
        QVERIFY(!titles.contains(QStringLiteral("File")));

        window.settingsAction()->trigger();
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Einstellungen"));
        // Languages are listed in their own names, whatever the current language.
        auto *languages = dialog->findChild<QComboBox *>(QStringLiteral("language"));
        QVERIFY(languages->findText(QStringLiteral("Français")) >= 0);
        QVERIFY(languages->findText(QStringLiteral("Deutsch")) >= 0);
        dialog->reject();

        window.aboutAction()->trigger();
        auto *about = window.findChild<AboutDialog *>();
        QVERIFY(about);
        QCOMPARE(about->windowTitle(), QStringLiteral("Über Konnect Vault Manager"));
    }

    void untranslatedLanguageFallsBackToEnglish()
    {
        QCOMPARE(Application::installTranslations(QStringLiteral("es")), QStringLiteral("en"));
        QNetworkAccessManager network;
        KonnectClient client(&network);
        MainWindow window(&client);
        QVERIFY(menuTitles(&window).contains(QStringLiteral("File")));
    }

    void languageChoiceIsSavedForTheNextStart()
    {
        AppSettings settings;
        settings.setLanguage(QString());
        QNetworkAccessManager network;
        KonnectClient client(&network);
        MainWindow window(&client);
        window.setSettings(&settings);
        window.settingsAction()->trigger();
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        auto *languages = dialog->findChild<QComboBox *>(QStringLiteral("language"));
        languages->setCurrentIndex(languages->findData(QStringLiteral("fr")));
        dialog->accept();
        QCOMPARE(AppSettings().language(), QStringLiteral("fr"));
        QCOMPARE(Application::installTranslations(AppSettings().language()), QStringLiteral("fr"));
        MainWindow next(&client);
        QVERIFY(menuTitles(&next).contains(QStringLiteral("Fichier")));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
