#pragma once

// A tiny synchronous-looking HTTP client for the sandbox tests: a bare
// QNetworkAccessManager over real loopback HTTP, waiting with QSignalSpy (no sleeps).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>

#include <memory>

struct TestReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    bool finished = false;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    QJsonDocument doc() const { return QJsonDocument::fromJson(body); }
    QJsonObject json() const { return doc().object(); }
    QJsonArray data() const { return json().value(QStringLiteral("data")).toArray(); }
    // A member by dotted path: "meta.page.size", "invalid_parameters.0.field".
    QJsonValue value(const char *path) const { return jsonPath(doc().object(), path); }

    static QJsonValue jsonPath(QJsonValue value, const char *path)
    {
        const QList<QByteArray> parts = QByteArray(path).split('.');
        for (const QByteArray &part : parts) {
            bool isIndex = false;
            const int index = part.toInt(&isIndex);
            if (isIndex && value.isArray())
                value = value.toArray().at(index);
            else
                value = value.toObject().value(QString::fromUtf8(part));
        }
        return value;
    }
};

class SandboxTestClient
{
public:
    SandboxTestClient(const QUrl &baseUrl, const QString &token)
        : m_base(baseUrl.toEncoded())
        , m_token(token)
    {
    }

    QNetworkAccessManager &nam() { return m_nam; }
    void setToken(const QString &token) { m_token = token; }

    // path is the encoded path and query, e.g. "/v2/control-planes?page[size]=2".
    QUrl url(const QString &path) const { return QUrl::fromEncoded(m_base + path.toUtf8()); }

    QNetworkRequest request(const QString &path) const
    {
        QNetworkRequest request(url(path));
        if (!m_token.isNull())
            request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        return request;
    }

    // Starts a request; body non-null means it is sent with contentType.
    QNetworkReply *start(const QByteArray &method, const QString &path,
                         const QByteArray &body = QByteArray(),
                         const QByteArray &contentType = "application/json")
    {
        QNetworkRequest req = request(path);
        if (!body.isNull() && !contentType.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (body.isNull())
            return m_nam.sendCustomRequest(req, method);
        return m_nam.sendCustomRequest(req, method, body);
    }

    static TestReply wait(QNetworkReply *reply, int timeoutMs = 10000)
    {
        std::unique_ptr<QNetworkReply> guard(reply);
        TestReply result;
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &QNetworkReply::finished);
            if (!spy.wait(timeoutMs))
                return result;
        }
        result.finished = true;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = reply->readAll();
        const auto pairs = reply->rawHeaderPairs();
        for (const auto &pair : pairs)
            result.headers.insert(pair.first.toLower(), pair.second);
        return result;
    }

    TestReply send(const QByteArray &method, const QString &path,
                   const QByteArray &body = QByteArray(),
                   const QByteArray &contentType = "application/json")
    {
        return wait(start(method, path, body, contentType));
    }
    TestReply get(const QString &path) { return send("GET", path); }
    TestReply del(const QString &path) { return send("DELETE", path); }
    TestReply post(const QString &path, const QJsonObject &body)
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    TestReply put(const QString &path, const QJsonObject &body)
    {
        return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

private:
    QNetworkAccessManager m_nam;
    QByteArray m_base;
    QString m_token;
};

// The spec's date-time strings, as Konnect writes them: 2022-11-04T20:10:06.927Z.
inline bool isIsoDateTime(const QJsonValue &value)
{
    return value.isString() &&
           QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid() &&
           value.toString().endsWith(QLatin1Char('Z'));
}
