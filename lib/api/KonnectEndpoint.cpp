#include "KonnectEndpoint.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("KonnectEndpoint", text);
}

QUrl httpsHost(const QString &host)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    return url;
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
    endpoint.m_apiBase = httpsHost(region + QStringLiteral(".api.konghq.com"));
    endpoint.m_identityBase = httpsHost(QStringLiteral("global.api.konghq.com"));
    return endpoint;
}

KonnectEndpoint KonnectEndpoint::forCustomUrl(const QUrl &url, QString *error)
{
    KonnectEndpoint endpoint;
    QString problem;
    if (!url.isValid() || url.host().isEmpty())
        problem = tr("\"%1\" is not a valid URL.").arg(url.toDisplayString());
    else if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        problem = tr("The API URL must not have a query, a fragment or credentials.");
    else
        problem = checkTransportSecurity(url);
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
    endpoint.m_apiBase = base;
    endpoint.m_identityBase = base;
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
