#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "AppSettings.h"

#include <QLocale>
#include <QPushButton>

SettingsDialog::SettingsDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
    , m_startLanguage(settings->language())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));

    m_ui->language->addItem(languageName(QString()), QString());
    const QStringList languages = AppSettings::availableLanguages();
    for (const QString &language : languages)
        m_ui->language->addItem(languageName(language), language);
    m_ui->clipboardSeconds->setRange(AppSettings::MinClipboardSeconds,
                                     AppSettings::MaxClipboardSeconds);
    m_ui->pageSize->setRange(AppSettings::MinPageSize, AppSettings::MaxPageSize);
    m_ui->lockMinutes->setRange(AppSettings::MinLockAfterIdleMinutes,
                                AppSettings::MaxLockAfterIdleMinutes); // the minimum shows "Never"

    load(m_startLanguage, settings->clipboardClearSeconds(), settings->pageSize(),
         settings->lockAfterIdleMinutes());

    connect(m_ui->language, &QComboBox::currentIndexChanged, this,
            [this] { m_ui->languageNote->setVisible(chosenLanguage() != m_startLanguage); });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] {
                load(QString(), AppSettings::DefaultClipboardSeconds, AppSettings::DefaultPageSize,
                     AppSettings::DefaultLockAfterIdleMinutes);
            });
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::languageName(const QString &language)
{
    if (language.isEmpty()) {
        const QLocale system = QLocale::system();
        return tr("System default (%1)").arg(system.nativeLanguageName());
    }
    // Each language in its own name, so a person can find theirs whatever the
    // current language is.
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

void SettingsDialog::load(const QString &language, int clipboardSeconds, int pageSize,
                          int lockMinutes)
{
    m_ui->language->setCurrentIndex(qMax(0, m_ui->language->findData(language)));
    m_ui->clipboardSeconds->setValue(clipboardSeconds);
    m_ui->pageSize->setValue(pageSize);
    m_ui->lockMinutes->setValue(lockMinutes);
}

QString SettingsDialog::chosenLanguage() const
{
    return m_ui->language->currentData().toString();
}

void SettingsDialog::accept()
{
    m_settings->setLanguage(chosenLanguage());
    m_settings->setClipboardClearSeconds(m_ui->clipboardSeconds->value());
    m_settings->setPageSize(m_ui->pageSize->value());
    m_settings->setLockAfterIdleMinutes(m_ui->lockMinutes->value());
    QDialog::accept();
}
