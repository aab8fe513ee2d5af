#include "AuditReport.h"

#include "CoreEntities.h"

#include <QCoreApplication>
#include <QSet>

namespace {

QString kindName(const QString &kind)
{
    if (kind == QLatin1String("vaults"))
        return QCoreApplication::translate("ReferenceAudit", "vault");
    for (CoreEntityKind k : CoreEntities::allKinds()) {
        if (CoreEntities::pathSegment(k) == kind)
            return CoreEntities::displayName(k);
    }
    return kind;
}

} // namespace

QString AuditEntity::label() const
{
    const QString shown = name.isEmpty() ? id.left(8) : name;
    return QCoreApplication::translate("ReferenceAudit", "%1 “%2”").arg(kindName(kind), shown);
}

QString AuditReference::describe() const
{
    QString text =
        QCoreApplication::translate("ReferenceAudit", "%1 (%2)").arg(entity.label(), path);
    if (!entity.scope.isEmpty())
        text = QCoreApplication::translate("ReferenceAudit", "%1 on %2").arg(text, entity.scope);
    return text;
}

QString AuditReference::statusText() const
{
    switch (status) {
    case Status::Resolved:
    case Status::External:
        return QString();
    case Status::UnknownPrefix:
        return QCoreApplication::translate("ReferenceAudit", "no vault has the prefix %1")
            .arg(prefix);
    case Status::MissingKey:
        return storeId.isEmpty()
                   ? QCoreApplication::translate("ReferenceAudit",
                                                 "the vault %1 reads no config store")
                         .arg(prefix)
                   : QCoreApplication::translate(
                         "ReferenceAudit", "the config store of the vault %1 has no secret %2")
                         .arg(prefix, key);
    case Status::Malformed:
        return QCoreApplication::translate("ReferenceAudit", "not a valid reference: %1")
            .arg(problem);
    }
    return QString();
}

QString AuditReport::storeName(const QString &storeId) const
{
    for (const ConfigStore &store : stores) {
        if (store.id == storeId)
            return store.displayName();
    }
    return storeId;
}

QList<AuditReference> AuditReport::usesOf(const QString &storeId, const QString &key) const
{
    QList<AuditReference> uses;
    for (const AuditReference &reference : references) {
        if (reference.status == AuditReference::Status::Resolved && reference.storeId == storeId &&
            reference.key == key)
            uses.append(reference);
    }
    return uses;
}

QList<AuditReference> AuditReport::dangling() const
{
    QList<AuditReference> result;
    for (const AuditReference &reference : references) {
        if (reference.isDangling())
            result.append(reference);
    }
    return result;
}

QList<AuditReference> AuditReport::external() const
{
    QList<AuditReference> result;
    for (const AuditReference &reference : references) {
        if (reference.status == AuditReference::Status::External)
            result.append(reference);
    }
    return result;
}

QList<AuditReport::UnusedSecret> AuditReport::unusedSecrets() const
{
    QSet<QString> used;
    for (const AuditReference &reference : references) {
        if (reference.status == AuditReference::Status::Resolved)
            used.insert(reference.storeId + QLatin1Char('\n') + reference.key);
    }
    QList<UnusedSecret> unused;
    for (const ConfigStore &store : stores) {
        const QStringList keys = keysOfStore.value(store.id);
        for (const QString &key : keys) {
            if (!used.contains(store.id + QLatin1Char('\n') + key))
                unused.append({store.id, store.displayName(), key});
        }
    }
    return unused;
}

QList<AuditReference> AuditReport::breakingIfSecretsDeleted(const QString &storeId,
                                                            const QStringList &keys) const
{
    QList<AuditReference> result;
    for (const QString &key : keys)
        result += usesOf(storeId, key);
    return result;
}

QList<AuditReference> AuditReport::breakingIfVaultDeleted(const QString &vaultIdOrPrefix) const
{
    QList<AuditReference> result;
    for (const AuditReference &reference : references) {
        const bool ofVault =
            !reference.vaultId.isEmpty() &&
            (reference.vaultId == vaultIdOrPrefix || reference.prefix == vaultIdOrPrefix);
        if (ofVault && (reference.status == AuditReference::Status::Resolved ||
                        reference.status == AuditReference::Status::External))
            result.append(reference);
    }
    return result;
}

QList<AuditReference> AuditReport::breakingIfStoreDeleted(const QString &storeId) const
{
    QList<AuditReference> result;
    for (const AuditReference &reference : references) {
        if (reference.status == AuditReference::Status::Resolved && reference.storeId == storeId)
            result.append(reference);
    }
    return result;
}
