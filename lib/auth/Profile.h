#pragma once

#include "KonnectEndpoint.h"

#include <QMetaType>
#include <QString>
#include <QUrl>

// One account to sign in with: where (a Konnect region or a custom API URL),
// under what name, and the control plane last used there. Never the token,
// which lives in a TokenStore under the profile's id.
struct Profile
{
    QString id; // a QUuid without braces; empty until saved
    QString name;
    QString region; // us eu au me in sg; empty when customUrl is used
    QUrl customUrl; // e.g. http://127.0.0.1:8080 (the sandbox) or a proxy
    QString lastControlPlaneId;

    bool isSaved() const { return !id.isEmpty(); }
    bool usesCustomUrl() const { return region.isEmpty(); }
    // The API endpoint; invalid (with *error set) when neither region nor URL is usable.
    KonnectEndpoint endpoint(QString *error = nullptr) const;
    // "eu" or the URL, for a menu entry: "Work (eu)".
    QString locationLabel() const;
    QString displayLabel() const;

    bool operator==(const Profile &other) const;
    bool operator!=(const Profile &other) const { return !(*this == other); }
};

Q_DECLARE_METATYPE(Profile)
