#pragma once

#include <QList>
#include <QString>

// The kinds of Kong core entity (control-planes-config-v2.yaml,
// /control-planes/{id}/core-entities/<kind>) that can hold a {vault://...}
// reference: the ones whose schemas mark fields x-referenceable (certificates,
// keys, partials), plugins (any config field can be a reference), and the
// entities whose free-form fields people put references in. Vaults are listed
// by listVaults(); their config can hold references too.
enum class CoreEntityKind {
    Service,
    Route,
    Consumer,
    Plugin,
    Certificate,
    CaCertificate,
    Sni,
    Upstream,
    Key,
    KeySet,
    Partial,
    KeyAuth,
    BasicAuth,
    HmacAuth,
    Jwt,
};

namespace CoreEntities {

// Every kind, in the order an audit lists them.
const QList<CoreEntityKind> &allKinds();
// The path segment of the list operation: "plugins", "ca_certificates", "key-sets"...
QString pathSegment(CoreEntityKind kind);
// Singular, for people: "plugin", "CA certificate" (translated).
QString displayName(CoreEntityKind kind);

} // namespace CoreEntities
