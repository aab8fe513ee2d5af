#include "ReferenceScanner.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

const QLatin1String Scheme("{vault://");

QString childPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

} // namespace

QList<FoundReference> ReferenceScanner::scan(const QJsonObject &entity)
{
    return scan(QJsonValue(entity), QString());
}

QList<FoundReference> ReferenceScanner::scan(const QJsonValue &value, const QString &path)
{
    QList<FoundReference> found;
    walk(value, path, &found);
    return found;
}

void ReferenceScanner::walk(const QJsonValue &value, const QString &path,
                            QList<FoundReference> *out)
{
    if (value.isString()) {
        *out += scanString(value.toString(), path);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            walk(array.at(i), path + QStringLiteral("[%1]").arg(i), out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            walk(it.value(), childPath(path, it.key()), out);
    }
}

QList<FoundReference> ReferenceScanner::scanString(const QString &text, const QString &path)
{
    // Kong's is_reference: the whole value, '{' first and '}' last, is one
    // reference, read as Kong reads it, whatever it holds in between.
    if (VaultReference::looksLikeReference(text)) {
        FoundReference reference;
        reference.path = path;
        reference.text = text;
        QString problem;
        reference.reference = VaultReference::parse(text, &problem);
        if (!reference.reference)
            reference.problem = problem;
        return {reference};
    }
    // Anything else Kong takes literally: what looks like a reference in it is
    // reported (a mistake to show), embedded unless it is the whole value.
    QList<FoundReference> found;
    qsizetype from = 0;
    while (true) {
        const qsizetype start = text.indexOf(Scheme, from, Qt::CaseInsensitive);
        if (start < 0)
            break;
        // A reference ends at the first '}' after the scheme; none: it runs to the end
        // (malformed). A '{' before that '}' starts the next one.
        const qsizetype close = text.indexOf(QLatin1Char('}'), start + Scheme.size());
        const qsizetype nextOpen = text.indexOf(QLatin1Char('{'), start + 1);
        qsizetype end = close < 0 ? text.size() : close + 1;
        if (nextOpen >= 0 && nextOpen < end)
            end = nextOpen;
        FoundReference reference;
        reference.path = path;
        reference.text = text.mid(start, end - start);
        reference.embedded = reference.text.size() != text.size();
        QString problem;
        if (!reference.text.startsWith(Scheme)) {
            problem = QCoreApplication::translate("ReferenceScanner",
                                                  "the scheme is written {vault://, in lower case");
        } else {
            reference.reference = VaultReference::parse(reference.text, &problem);
        }
        if (!reference.reference)
            reference.problem = problem;
        found.append(reference);
        from = end;
    }
    return found;
}
