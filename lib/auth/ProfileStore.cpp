#include "ProfileStore.h"

#include "AuthLogging.h"

#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace {

const QString ProfilesGroup = QStringLiteral("profiles");
const QString LastProfileKey = QStringLiteral("lastProfile");
const QString PendingTokenDeletesKey = QStringLiteral("pendingTokenDeletes");
const QString NameKey = QStringLiteral("name");
const QString RegionKey = QStringLiteral("region");
const QString CustomUrlKey = QStringLiteral("customUrl");
const QString LastControlPlaneKey = QStringLiteral("lastControlPlaneId");

bool isProfileId(const QString &id)
{
    return !id.isEmpty() && !QUuid::fromString(id).isNull();
}

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
    , m_settings(new QSettings)
    , m_ownsSettings(true)
{
}

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

ProfileStore::~ProfileStore()
{
    if (m_ownsSettings)
        delete m_settings;
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> result;
    m_settings->beginGroup(ProfilesGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &id : ids) {
        if (isProfileId(id))
            result.append(profile(id));
    }
    std::sort(result.begin(), result.end(), [](const Profile &a, const Profile &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return result;
}

bool ProfileStore::contains(const QString &id) const
{
    if (!isProfileId(id))
        return false;
    m_settings->beginGroup(ProfilesGroup);
    const bool found = m_settings->childGroups().contains(id);
    m_settings->endGroup();
    return found;
}

Profile ProfileStore::profile(const QString &id) const
{
    Profile profile;
    if (!contains(id))
        return profile;
    m_settings->beginGroup(ProfilesGroup + QLatin1Char('/') + id);
    profile.id = id;
    profile.name = m_settings->value(NameKey).toString();
    profile.region = m_settings->value(RegionKey).toString();
    profile.customUrl = QUrl(m_settings->value(CustomUrlKey).toString());
    profile.lastControlPlaneId = m_settings->value(LastControlPlaneKey).toString();
    m_settings->endGroup();
    return profile;
}

Profile ProfileStore::save(Profile profile)
{
    if (!isProfileId(profile.id))
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_settings->beginGroup(ProfilesGroup + QLatin1Char('/') + profile.id);
    m_settings->setValue(NameKey, profile.name);
    if (profile.region.isEmpty()) {
        m_settings->remove(RegionKey);
        m_settings->setValue(CustomUrlKey, profile.customUrl.toString());
    } else {
        m_settings->setValue(RegionKey, profile.region);
        m_settings->remove(CustomUrlKey);
    }
    if (profile.lastControlPlaneId.isEmpty())
        m_settings->remove(LastControlPlaneKey);
    else
        m_settings->setValue(LastControlPlaneKey, profile.lastControlPlaneId);
    m_settings->endGroup();
    m_settings->sync();
    qCInfo(lcAuth, "saved profile %s", qUtf8Printable(profile.id));
    emit profilesChanged();
    return profile;
}

void ProfileStore::remove(const QString &id)
{
    if (!contains(id))
        return;
    m_settings->remove(ProfilesGroup + QLatin1Char('/') + id);
    if (m_settings->value(LastProfileKey).toString() == id)
        m_settings->remove(LastProfileKey);
    m_settings->sync();
    qCInfo(lcAuth, "removed profile %s", qUtf8Printable(id));
    emit profilesChanged();
}

void ProfileStore::setLastControlPlane(const QString &profileId, const QString &controlPlaneId)
{
    if (!contains(profileId))
        return;
    Profile updated = profile(profileId);
    if (updated.lastControlPlaneId == controlPlaneId)
        return;
    updated.lastControlPlaneId = controlPlaneId;
    save(updated);
}

QStringList ProfileStore::pendingTokenDeletes() const
{
    return m_settings->value(PendingTokenDeletesKey).toStringList();
}

void ProfileStore::addPendingTokenDelete(const QString &profileId)
{
    QStringList ids = pendingTokenDeletes();
    if (profileId.isEmpty() || ids.contains(profileId))
        return;
    ids.append(profileId);
    m_settings->setValue(PendingTokenDeletesKey, ids);
    m_settings->sync();
}

void ProfileStore::removePendingTokenDelete(const QString &profileId)
{
    QStringList ids = pendingTokenDeletes();
    if (!ids.removeAll(profileId))
        return;
    if (ids.isEmpty())
        m_settings->remove(PendingTokenDeletesKey);
    else
        m_settings->setValue(PendingTokenDeletesKey, ids);
    m_settings->sync();
}

QString ProfileStore::lastProfileId() const
{
    const QString id = m_settings->value(LastProfileKey).toString();
    return contains(id) ? id : QString();
}

void ProfileStore::setLastProfileId(const QString &id)
{
    if (id.isEmpty())
        m_settings->remove(LastProfileKey);
    else
        m_settings->setValue(LastProfileKey, id);
    m_settings->sync();
}
