#pragma once

#include "Entities.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// The gateway entity a reference sits in.
struct AuditEntity
{
    QString kind; // the list's path segment: "plugins", "certificates", "vaults", ...
    QString id;
    QString name;  // plugin name, service name, consumer username, vault prefix, ...
    QString scope; // plugins and credentials: "service `billing`"; empty when global

    // "plugin `openid-connect`", "certificate `4f9cb0d5`".
    QString label() const;
};

// One {vault://...} string found in the gateway configuration, and where it leads.
struct AuditReference
{
    enum class Status {
        Resolved,      // a Konnect vault whose config store holds the key
        UnknownPrefix, // dangling: no vault has this prefix
        MissingKey,    // dangling: the Konnect vault's store has no such key (or no store)
        External,      // a vault of another backend (env, aws, hcv, ...): not checked
        Malformed,     // not a valid reference
    };

    AuditEntity entity;
    QString path; // "config.client_secret"
    QString text; // "{vault://payments/stripe-api-key}"
    bool embedded = false;
    Status status = Status::Malformed;
    QString prefix;
    QString key;     // decoded
    QString backend; // of the vault (or the prefix, when it names a backend)
    QString vaultId; // empty when no vault has the prefix
    QString storeId; // Konnect vaults: their config store
    QString problem; // Malformed: the parser's reason

    bool isDangling() const
    {
        return status == Status::UnknownPrefix || status == Status::MissingKey ||
               status == Status::Malformed;
    }
    // "plugin `openid-connect` (`config.client_secret`) on service `billing`"
    QString describe() const;
    // Why it does not resolve, for people; empty when it does or is external.
    QString statusText() const;
};

// What an audit of one control plane found. A value: copy it freely.
struct AuditReport
{
    QString controlPlaneId;
    QDateTime finishedAt;
    QList<AuditReference> references;
    QList<Vault> vaults;
    QList<ConfigStore> stores;
    QHash<QString, QStringList> keysOfStore; // store id -> secret keys
    QStringList incompleteKinds;             // lists that could not be read (errors)
    int entityCount = 0;                     // entities scanned

    bool isEmpty() const { return controlPlaneId.isEmpty(); }
    QString storeName(const QString &storeId) const;

    // The references that resolve to this secret.
    QList<AuditReference> usesOf(const QString &storeId, const QString &key) const;
    QList<AuditReference> dangling() const;
    QList<AuditReference> external() const;
    struct UnusedSecret
    {
        QString storeId;
        QString storeName;
        QString key;
    };
    // Secrets of stores read by a Konnect vault that no reference uses, and every
    // secret of a store no vault reads.
    QList<UnusedSecret> unusedSecrets() const;

    // What would stop resolving if these went away.
    QList<AuditReference> breakingIfSecretsDeleted(const QString &storeId,
                                                   const QStringList &keys) const;
    QList<AuditReference> breakingIfVaultDeleted(const QString &vaultIdOrPrefix) const;
    QList<AuditReference> breakingIfStoreDeleted(const QString &storeId) const;
};

Q_DECLARE_METATYPE(AuditReport)
