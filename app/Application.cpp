#include "Application.h"

#include "AppInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Application {

void setMetadata()
{
    QCoreApplication::setApplicationName(AppInfo::executable());
    QCoreApplication::setApplicationVersion(AppInfo::version());
    QCoreApplication::setOrganizationName(QStringLiteral("konnectvault"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("konnectvault.github.io"));
    QGuiApplication::setApplicationDisplayName(AppInfo::displayName());
    QGuiApplication::setDesktopFileName(AppInfo::appId());
}

Options parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Application", "Manage Kong Konnect config stores, vaults and secrets."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate(
            "Application", "Start on the built-in sandbox, with demo data and no account."));
    parser.addOption(demoOption);

    Options options;
    if (!parser.parse(arguments)) {
        options.exitNow = true;
        options.exitCode = 2;
        options.output = parser.errorText() + QLatin1Char('\n');
        return options;
    }
    if (parser.isSet(helpOption)) {
        options.exitNow = true;
        options.output = parser.helpText();
        return options;
    }
    if (parser.isSet(versionOption)) {
        options.exitNow = true;
        options.output =
            AppInfo::executable() + QLatin1Char(' ') + AppInfo::version() + QLatin1Char('\n');
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        options.exitNow = true;
        options.exitCode = 2;
        options.output = QCoreApplication::translate("Application", "Unexpected argument: %1\n")
                             .arg(parser.positionalArguments().constFirst());
        return options;
    }
    options.demo = parser.isSet(demoOption);
    return options;
}

QString installTranslations(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    const QString marker = QStringLiteral("konnectvault-translator");
    const QList<QTranslator *> installed = app->findChildren<QTranslator *>(marker);
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *own = new QTranslator(app);
    own->setObjectName(marker);
    if (!own->load(locale, QStringLiteral("konnectvault"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        // Not translated into this language: English, with its plural forms.
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
        if (!own->load(locale, QStringLiteral("konnectvault"), QStringLiteral("_"),
                       QStringLiteral(":/i18n")))
            qWarning("The English plural forms are missing from the resources");
    }
    QLocale::setDefault(locale);
    QCoreApplication::installTranslator(own);

    // Qt's own strings (standard buttons, context menus of line edits).
    auto *qt = new QTranslator(app);
    qt->setObjectName(marker);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return QLocale::languageToCode(locale.language());
}

} // namespace Application
