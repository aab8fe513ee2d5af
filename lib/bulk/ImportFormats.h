#pragma once

// Internal to lib/bulk: the per-format readers behind ImportParser. They
// produce raw rows (bytes, as in the file); ImportParser decodes and checks them.

#include <QByteArray>
#include <QList>
#include <QString>

namespace ImportFormats {

struct RawRow
{
    int line = 0;
    QByteArray key;
    QByteArray value;
    QString rule; // a problem the format reader found ("syntax", "type", "nested")
    QString reason;
};

// Each returns false with *error (and *errorLine) when the whole file is unreadable.
bool parseEnv(const QByteArray &data, QList<RawRow> *rows, QString *error, int *errorLine);
bool parseJson(const QByteArray &data, QList<RawRow> *rows, QString *error, int *errorLine);
bool parseYaml(const QByteArray &data, QList<RawRow> *rows, QString *error, int *errorLine,
               QStringList *warnings);

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

} // namespace ImportFormats
