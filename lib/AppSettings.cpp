#include "AppSettings.h"

#include <QSettings>

namespace {

const QString ClipboardKey = QStringLiteral("preferences/clipboardClearSeconds");
const QString LanguageKey = QStringLiteral("preferences/language");
const QString PageSizeKey = QStringLiteral("preferences/pageSize");
const QString LockAfterIdleKey = QStringLiteral("preferences/lockAfterIdleMinutes");

int readInt(const QString &key, int fallback, int minimum, int maximum)
{
    bool ok = false;
    const int value = QSettings().value(key, fallback).toInt(&ok);
    return ok ? qBound(minimum, value, maximum) : fallback;
}

} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
{
}

int AppSettings::clipboardClearSeconds() const
{
    return readInt(ClipboardKey, DefaultClipboardSeconds, MinClipboardSeconds, MaxClipboardSeconds);
}

void AppSettings::setClipboardClearSeconds(int seconds)
{
    seconds = qBound(MinClipboardSeconds, seconds, MaxClipboardSeconds);
    if (seconds == clipboardClearSeconds())
        return;
    QSettings().setValue(ClipboardKey, seconds);
    emit changed();
}

QString AppSettings::language() const
{
    const QString language = QSettings().value(LanguageKey).toString();
    return availableLanguages().contains(language) ? language : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    const QString value = availableLanguages().contains(language) ? language : QString();
    if (value == this->language())
        return;
    QSettings settings;
    if (value.isEmpty())
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, value);
    emit changed();
}

QStringList AppSettings::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

int AppSettings::pageSize() const
{
    return readInt(PageSizeKey, DefaultPageSize, MinPageSize, MaxPageSize);
}

void AppSettings::setPageSize(int size)
{
    size = qBound(MinPageSize, size, MaxPageSize);
    if (size == pageSize())
        return;
    QSettings().setValue(PageSizeKey, size);
    emit changed();
}

int AppSettings::lockAfterIdleMinutes() const
{
    return readInt(LockAfterIdleKey, DefaultLockAfterIdleMinutes, MinLockAfterIdleMinutes,
                   MaxLockAfterIdleMinutes);
}

void AppSettings::setLockAfterIdleMinutes(int minutes)
{
    minutes = qBound(MinLockAfterIdleMinutes, minutes, MaxLockAfterIdleMinutes);
    if (minutes == lockAfterIdleMinutes())
        return;
    QSettings().setValue(LockAfterIdleKey, minutes);
    emit changed();
}

void AppSettings::restoreDefaults()
{
    QSettings settings;
    settings.remove(ClipboardKey);
    settings.remove(LanguageKey);
    settings.remove(PageSizeKey);
    settings.remove(LockAfterIdleKey);
    emit changed();
}
