#include "Profile.h"

#include <QCoreApplication>

KonnectEndpoint Profile::endpoint(QString *error) const
{
    if (!region.isEmpty()) {
        if (!KonnectEndpoint::isRegion(region)) {
            if (error) {
                *error = QCoreApplication::translate("Profile", "Unknown Konnect region “%1”.")
                             .arg(region);
            }
            return {};
        }
        return KonnectEndpoint::forRegion(region);
    }
    return KonnectEndpoint::forCustomUrl(customUrl, error);
}

QString Profile::locationLabel() const
{
    if (!region.isEmpty())
        return region;
    return customUrl.toDisplayString();
}

QString Profile::displayLabel() const
{
    return QStringLiteral("%1 (%2)").arg(name, locationLabel());
}

bool Profile::operator==(const Profile &other) const
{
    return id == other.id && name == other.name && region == other.region &&
           customUrl == other.customUrl && lastControlPlaneId == other.lastControlPlaneId;
}
