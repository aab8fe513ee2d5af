#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

// The preferences a person sets in the Settings dialog, kept in QSettings
// under "preferences/". Values read back are clamped to their ranges, so a
// hand-edited settings file cannot set a zero timeout or a huge page size.
class AppSettings : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultClipboardSeconds = 30;
    static constexpr int MinClipboardSeconds = 5;
    static constexpr int MaxClipboardSeconds = 600;
    static constexpr int DefaultPageSize = 1000;
    static constexpr int MinPageSize = 10;
    static constexpr int MaxPageSize = 1000;
    static constexpr int DefaultLockAfterIdleMinutes = 15;
    static constexpr int MinLockAfterIdleMinutes = 0; // never
    static constexpr int MaxLockAfterIdleMinutes = 1440;

    explicit AppSettings(QObject *parent = nullptr);

    // Seconds after which a copied secret value is cleared from the clipboard.
    int clipboardClearSeconds() const;
    void setClipboardClearSeconds(int seconds);

    // "" follows the system locale; otherwise one of availableLanguages().
    QString language() const;
    void setLanguage(const QString &language);
    // The languages the app is translated into, as BCP 47 names ("en" first).
    static QStringList availableLanguages();

    // The most items per request when listing control planes, stores and
    // secrets (fewer where Konnect refuses as many: PageSizes).
    int pageSize() const;
    void setPageSize(int size);

    // Minutes without input after which the app locks; 0 = never.
    int lockAfterIdleMinutes() const;
    void setLockAfterIdleMinutes(int minutes);

    void restoreDefaults();

signals:
    void changed();
};
