#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// Where the APIs live, as base URLs that include the version path (the spec
// paths are relative to them): a Konnect region (us eu au me in sg), whose
// identity API is on the global host, or a custom URL (the sandbox, a test
// server) that serves /v2 and /v3 itself.
class KonnectEndpoint
{
public:
    KonnectEndpoint() = default;

    static QStringList regions();
    static bool isRegion(const QString &region);
    // https://{region}.api.konghq.com, identity at https://global.api.konghq.com.
    static KonnectEndpoint forRegion(const QString &region);
    // The URL must be https, or http to a loopback host. Returns an invalid
    // endpoint and sets *error otherwise.
    static KonnectEndpoint forCustomUrl(const QUrl &url, QString *error = nullptr);
    // One base per spec file, each already ending in its version path (or not,
    // e.g. a validating proxy that serves the spec paths at its root).
    static KonnectEndpoint forBases(const QUrl &controlPlanes, const QUrl &config,
                                    const QUrl &identity, QString *error = nullptr);

    bool isValid() const { return m_controlPlanesBase.isValid() && !m_controlPlanesBase.isEmpty(); }
    QString region() const { return m_region; }                    // empty for a custom URL
    QUrl customUrl() const { return m_customUrl; }                 // what forCustomUrl() was given
    QUrl controlPlanesBase() const { return m_controlPlanesBase; } // control-planes-v2.yaml
    QUrl configBase() const { return m_configBase; }               // control-planes-config-v2.yaml
    QUrl identityBase() const { return m_identityBase; }           // identity-v3.yaml

    // The rule applied to every URL before a byte is sent: https anywhere,
    // plain http only to 127.0.0.0/8, ::1 or localhost. Empty when allowed.
    static QString checkTransportSecurity(const QUrl &url);
    static bool isLoopbackHost(const QString &host);

private:
    QString m_region;
    QUrl m_customUrl;
    QUrl m_controlPlanesBase;
    QUrl m_configBase;
    QUrl m_identityBase;
};
