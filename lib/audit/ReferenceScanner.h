#pragma once

#include "VaultReference.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// One {vault://...} string found in an entity.
struct FoundReference
{
    QString path;          // where: "config.client_secret", "config.add.headers[2]"
    QString text;          // the reference itself, "{vault://prefix/key}" (also when malformed)
    bool embedded = false; // inside a longer string, spaces around included (Kong
                           // resolves a value that is a reference as a whole only)
    std::optional<VaultReference> reference; // nullopt when malformed
    QString problem;                         // why it is malformed

    bool isValid() const { return reference.has_value(); }
};

// Walks a JSON entity and finds every string holding a vault reference, parsed
// with VaultReference. A string Kong reads as a reference (is_reference: '{'
// first, '}' last, "{vault://" at the start; nothing trimmed) is one reference,
// whatever it holds; in any other string, each "{vault://...}" is reported as
// embedded (Kong takes the string literally).
class ReferenceScanner
{
public:
    static QList<FoundReference> scan(const QJsonObject &entity);
    static QList<FoundReference> scan(const QJsonValue &value, const QString &path);
    // The references inside one string value found at `path`.
    static QList<FoundReference> scanString(const QString &text, const QString &path);

private:
    static void walk(const QJsonValue &value, const QString &path, QList<FoundReference> *out);
};
