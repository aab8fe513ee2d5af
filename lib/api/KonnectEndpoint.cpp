#include "KonnectEndpoint.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("KonnectEndpoint", text);
}

QUrl httpsBase(const QString &host, const QString &path)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    url.setPath(path);
    return url;
}

QUrl withPath(QUrl url, const QString &suffix)
{
    url.setPath(url.path() + suffix);
    return url;
}

QString checkBase(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("KonnectEndpoint", "\"%1\" is not a valid URL.")
            .arg(url.toDisplayString());
    if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return QCoreApplication::translate(
            "KonnectEndpoint", "The API URL must not have a query, a fragment or credentials.");
    return KonnectEndpoint::checkTransportSecurity(url);
}

} // namespace

QStringList KonnectEndpoint::regions()
{
    return {QStringLiteral("us"), QStringLiteral("eu"), QStringLiteral("au"),
            QStringLiteral("me"), QStringLiteral("in"), QStringLiteral("sg")};
}

bool KonnectEndpoint::isRegion(const QString &region)
{
    return regions().contains(region);
}

KonnectEndpoint KonnectEndpoint::forRegion(const QString &region)
{
    KonnectEndpoint endpoint;
    if (!isRegion(region))
        return endpoint;
    endpoint.m_region = region;
    endpoint.m_controlPlanesBase =
        httpsBase(region + QStringLiteral(".api.konghq.com"), QStringLiteral("/v2"));
    endpoint.m_configBase = endpoint.m_controlPlanesBase;
    endpoint.m_identityBase =
        httpsBase(QStringLiteral("global.api.konghq.com"), QStringLiteral("/v3"));
    return endpoint;
}

KonnectEndpoint KonnectEndpoint::forCustomUrl(const QUrl &url, QString *error)
{
    KonnectEndpoint endpoint;
    const QString problem = checkBase(url);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return endpoint;
    }
    QUrl base = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    // Accept a pasted ".../v2" and keep the base without it.
    QString path = base.path();
    if (path.endsWith(QLatin1String("/v2")) || path.endsWith(QLatin1String("/v3")))
        path.chop(3);
    base.setPath(path);
    endpoint.m_customUrl = base;
    endpoint.m_controlPlanesBase = withPath(base, QStringLiteral("/v2"));
    endpoint.m_configBase = endpoint.m_controlPlanesBase;
    endpoint.m_identityBase = withPath(base, QStringLiteral("/v3"));
    return endpoint;
}

KonnectEndpoint KonnectEndpoint::forBases(const QUrl &controlPlanes, const QUrl &config,
                                          const QUrl &identity, QString *error)
{
    KonnectEndpoint endpoint;
    for (const QUrl &url : {controlPlanes, config, identity}) {
        const QString problem = checkBase(url);
        if (!problem.isEmpty()) {
            if (error)
                *error = problem;
            return endpoint;
        }
    }
    endpoint.m_controlPlanesBase = controlPlanes.adjusted(QUrl::StripTrailingSlash);
    endpoint.m_configBase = config.adjusted(QUrl::StripTrailingSlash);
    endpoint.m_identityBase = identity.adjusted(QUrl::StripTrailingSlash);
    return endpoint;
}

bool KonnectEndpoint::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

QString KonnectEndpoint::checkTransportSecurity(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return QString();
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return QString();
        return tr("plain http is allowed only to this computer (127.0.0.1, ::1, localhost); use "
                  "https://%1 instead.")
            .arg(url.host());
    }
    return tr("the URL scheme \"%1\" is not supported; use https.").arg(url.scheme());
}
