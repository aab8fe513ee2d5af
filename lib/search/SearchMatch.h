#pragma once

#include "ApiError.h"

#include <QList>
#include <QMetaType>
#include <QString>

// One hit of the search across control planes: a config store secret (by its
// key) or a vault (by its prefix), with where it lives.
struct SearchMatch
{
    enum class Kind { Secret, Vault };

    Kind kind = Kind::Secret;
    QString controlPlaneId;
    QString controlPlaneName;
    QString storeId;   // secrets: the config store holding the key
    QString storeName; // secrets: the store's name
    QString key;       // secrets: the key; vaults: the prefix
    QString vaultId;   // vaults only
    QString backend;   // vaults only: konnect, env, aws, ...
    // Secrets: "{vault://prefix/key}" when a konnect vault reads the store (the
    // first one by prefix when several do); empty otherwise.
    QString reference;

    bool isSecret() const { return kind == Kind::Secret; }
    // Case-insensitive substring match on the key (or prefix and backend name).
    bool matches(const QString &query) const;
};

// A control plane (or the list of control planes, when controlPlaneId is
// empty) that could not be searched completely; the others carry on.
struct SearchError
{
    QString controlPlaneId;
    QString controlPlaneName;
    QString what; // "vaults", "config stores", a store name...
    ApiError error;

    // "Partner APIs: config stores: <the error's message>"
    QString message() const;
};

Q_DECLARE_METATYPE(SearchMatch)
Q_DECLARE_METATYPE(SearchError)
