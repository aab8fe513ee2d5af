#include "AboutDialog.h"
#include "AppSettings.h"
#include "Application.h"
#include "KonnectClient.h"
#include "MainWindow.h"
#include "SecretEditorDialog.h"
#include "SettingsDialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
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

    // Counts agree with their number in every language (plural forms, %n).
    void countsAgreeWithTheirNumber_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("twoLines");
        QTest::addColumn<QString>("deleteOne");
        QTest::addColumn<QString>("deleteThree");
        QTest::addColumn<QString>("stopped");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral("Hidden: 2 lines, 1 character.")
                            << QStringLiteral("Delete 1 secret?")
                            << QStringLiteral("Delete 3 secrets?")
                            << QStringLiteral("Stopped after deleting 0 of 1 secret");
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringLiteral("Verborgen: 2 Zeilen, 1 Zeichen.")
                            << QStringLiteral("1 Secret löschen?")
                            << QStringLiteral("3 Secrets löschen?")
                            << QStringLiteral("Angehalten, nachdem 0 von 1 Secret gelöscht war");
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringLiteral("Masquée\u00a0: 2 lignes, 1 caractère.")
                            << QStringLiteral("Supprimer 1 secret\u00a0?")
                            << QStringLiteral("Supprimer 3 secrets\u00a0?")
                            << QStringLiteral("Arrêté\u00a0: 0 sur 1 secret supprimé");
    }

    void countsAgreeWithTheirNumber()
    {
        QFETCH(QString, language);
        QFETCH(QString, twoLines);
        QFETCH(QString, deleteOne);
        QFETCH(QString, deleteThree);
        QFETCH(QString, stopped);
        QCOMPARE(Application::installTranslations(language), language);

        QNetworkAccessManager network;
        KonnectClient client(&network);
        SecretEditorDialog editor(&client, QStringLiteral("cp"), QStringLiteral("store"),
                                  SecretEditorDialog::Mode::Create);
        editor.setValue(QStringLiteral("\n"));
        const QString summary = editor.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
        QVERIFY2(summary.startsWith(twoLines), qPrintable(summary));

        const auto browser = [](const char *source, int n) {
            return QCoreApplication::translate("SecretBrowser", source, nullptr, n);
        };
        const char *deleteMany = "Delete %n secret(s)? Their values cannot be recovered, and "
                                 "references to them stop resolving.";
        QVERIFY2(browser(deleteMany, 1).startsWith(deleteOne), qPrintable(browser(deleteMany, 1)));
        QVERIFY2(browser(deleteMany, 3).startsWith(deleteThree),
                 qPrintable(browser(deleteMany, 3)));
        QCOMPARE(browser("Stopped after deleting %1 of %n secret(s)", 1).arg(0), stopped);
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
