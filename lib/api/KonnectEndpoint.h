#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// Where the API lives: a Konnect region (us eu au me in sg), whose identity API
// is on the global host, or a custom URL (the sandbox, a test server) that
// serves /v2 and /v3 itself.
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

    bool isValid() const { return m_apiBase.isValid() && !m_apiBase.isEmpty(); }
    QString region() const { return m_region; } // empty for a custom URL
    QUrl apiBase() const { return m_apiBase; }  // without /v2
    QUrl identityBase() const { return m_identityBase; }

    // The rule applied to every URL before a byte is sent: https anywhere,
    // plain http only to 127.0.0.0/8, ::1 or localhost. Empty when allowed.
    static QString checkTransportSecurity(const QUrl &url);
    static bool isLoopbackHost(const QString &host);

private:
    QString m_region;
    QUrl m_apiBase;
    QUrl m_identityBase;
};
