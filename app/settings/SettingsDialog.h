#pragma once

#include <QDialog>

#include <memory>

class AppSettings;

namespace Ui {
class SettingsDialog;
}

// Preferences: language, how long a copied secret stays on the clipboard,
// the page size of list requests and the idle time before the app locks. OK writes them to
// `settings`, which tells everyone who applies them; Cancel changes nothing.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppSettings *settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The entry for `language` ("" = system default) as the combo box shows it.
    static QString languageName(const QString &language);

public slots:
    void accept() override;

private:
    void load(const QString &language, int clipboardSeconds, int pageSize, int lockMinutes);
    QString chosenLanguage() const;

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings *m_settings;
    QString m_startLanguage;
};
