#include "SandboxStore.h"

#include <QRegularExpression>
#include <QUuid>

namespace Sandbox {

ControlPlaneData *SandboxStore::controlPlane(const QString &id)
{
    for (auto &cp : m_controlPlanes) {
        if (cp.controlPlane.id.compare(id, Qt::CaseInsensitive) == 0)
            return &cp;
    }
    return nullptr;
}

const ControlPlaneData *SandboxStore::controlPlane(const QString &id) const
{
    for (const auto &cp : m_controlPlanes) {
        if (cp.controlPlane.id.compare(id, Qt::CaseInsensitive) == 0)
            return &cp;
    }
    return nullptr;
}

qsizetype SandboxStore::configStoreIndex(const ControlPlaneData &cp, const QString &id)
{
    for (qsizetype i = 0; i < cp.configStores.size(); ++i) {
        if (cp.configStores.at(i).id.compare(id, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

ConfigStore *SandboxStore::configStore(ControlPlaneData &cp, const QString &id)
{
    const qsizetype i = configStoreIndex(cp, id);
    return i < 0 ? nullptr : &cp.configStores[i];
}

const ConfigStore *SandboxStore::configStore(const ControlPlaneData &cp, const QString &id)
{
    const qsizetype i = configStoreIndex(cp, id);
    return i < 0 ? nullptr : &cp.configStores.at(i);
}

qsizetype SandboxStore::vaultIndex(const ControlPlaneData &cp, const QString &idOrPrefix)
{
    if (!isUuid(idOrPrefix))
        return vaultIndexByPrefix(cp, idOrPrefix);
    for (qsizetype i = 0; i < cp.vaults.size(); ++i) {
        if (cp.vaults.at(i).id.compare(idOrPrefix, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

qsizetype SandboxStore::vaultIndexByPrefix(const ControlPlaneData &cp, const QString &prefix)
{
    for (qsizetype i = 0; i < cp.vaults.size(); ++i) {
        if (cp.vaults.at(i).prefix == prefix)
            return i;
    }
    return -1;
}

QString SandboxStore::newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool SandboxStore::isUuid(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(text).hasMatch();
}

QDateTime SandboxStore::now()
{
    const QDateTime t = QDateTime::currentDateTimeUtc();
    return QDateTime::fromMSecsSinceEpoch(t.toMSecsSinceEpoch(), Qt::UTC);
}

const QStringList &SandboxStore::vaultBackends()
{
    static const QStringList backends = {
        QStringLiteral("konnect"), QStringLiteral("env"), QStringLiteral("aws"),
        QStringLiteral("gcp"),     QStringLiteral("hcv"), QStringLiteral("azure"),
        QStringLiteral("conjur"),
    };
    return backends;
}

QString SandboxStore::prefixProblem(const QString &prefix)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9-]*[a-z0-9]$"));
    if (!re.match(prefix).hasMatch()) {
        return QStringLiteral("must start with a lowercase letter, contain only lowercase "
                              "letters, digits and '-', and end with a letter or a digit");
    }
    if (vaultBackends().contains(prefix))
        return QStringLiteral("must not be the name of a vault backend (%1)").arg(prefix);
    return {};
}

} // namespace Sandbox
