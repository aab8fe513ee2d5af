#include "HttpConnection.h"

#include <QJsonObject>
#include <QTcpSocket>

namespace Sandbox {

HttpConnection::HttpConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_closing = true;
        emit closed();
        deleteLater();
    });
}

HttpConnection::~HttpConnection()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

void HttpConnection::onReadyRead()
{
    if (m_closing) {
        m_socket->readAll();
        return;
    }
    m_buffer += m_socket->readAll();
    processBuffer();
}

void HttpConnection::processBuffer()
{
    m_processQueued = false;
    while (!m_busy && !m_closing) {
        if (!m_haveHead) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > MaxHeadBytes)
                    failAndClose(431, "Request head too large");
                return;
            }
            const QByteArray head = m_buffer.left(end);
            m_buffer.remove(0, end + 4);
            if (!parseHead(head))
                return; // answered and closing
            m_haveHead = true;
            if (m_bodyLength > 0 && m_buffer.size() < m_bodyLength &&
                m_request.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0) {
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
        }
        if (m_buffer.size() < m_bodyLength)
            return; // wait for the rest of the body
        m_request.body = m_buffer.left(m_bodyLength);
        m_buffer.remove(0, m_bodyLength);
        m_haveHead = false;
        m_busy = true;
        const HttpRequest request = std::move(m_request);
        m_request = HttpRequest();
        emit requestReceived(request);
    }
}

bool HttpConnection::parseHead(const QByteArray &head)
{
    m_request = HttpRequest();
    m_bodyLength = 0;
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        failAndClose(400, "Malformed request line");
        return false;
    }
    for (const char c : requestLine.at(0)) {
        if (c < 'A' || c > 'Z') {
            failAndClose(400, "Malformed method");
            return false;
        }
    }
    m_request.method = requestLine.at(0);
    m_request.target = requestLine.at(1);
    if (!splitTarget(m_request)) {
        failAndClose(400, "Malformed request target");
        return false;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            failAndClose(400, "Malformed header line");
            return false;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        auto it = m_request.headers.find(name);
        if (it == m_request.headers.end())
            m_request.headers.insert(name, value);
        else
            it.value() += ", " + value;
    }

    const QByteArray connection = m_request.header("connection").toLower();
    if (requestLine.at(2) == "HTTP/1.0")
        m_keepAlive = connection.contains("keep-alive");
    else
        m_keepAlive = !connection.contains("close");

    if (m_request.headers.contains("transfer-encoding")) {
        // Only Content-Length bodies are supported (every client we serve sends one).
        failAndClose(411, "Chunked request bodies are not supported: send Content-Length");
        return false;
    }
    if (m_request.headers.contains("content-length")) {
        bool ok = false;
        const qlonglong length = m_request.header("content-length").toLongLong(&ok);
        if (!ok || length < 0) {
            failAndClose(400, "Invalid Content-Length");
            return false;
        }
        if (length > MaxBodyBytes) {
            failAndClose(413, "Request body too large");
            return false;
        }
        m_bodyLength = qsizetype(length);
    }
    return true;
}

void HttpConnection::failAndClose(int status, const QByteArray &detail)
{
    HttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "application/problem+json");
    response.body = "{\"status\":" + QByteArray::number(status) + ",\"title\":\"" +
                    reasonPhrase(status) + "\",\"instance\":\"kong:trace:0\",\"detail\":\"" +
                    detail + "\"}";
    m_keepAlive = false;
    m_busy = true;
    respond(response);
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (m_closing)
        return;
    m_socket->write(response.serializeHead(m_keepAlive) + response.body);
    m_busy = false;
    if (!m_keepAlive) {
        closeNow();
        return;
    }
    if (!m_buffer.isEmpty() && !m_processQueued) {
        m_processQueued = true;
        QMetaObject::invokeMethod(this, &HttpConnection::processBuffer, Qt::QueuedConnection);
    }
}

void HttpConnection::respondAndDrop(const HttpResponse &response)
{
    if (m_closing)
        return;
    if (response.body.size() >= 2) {
        m_socket->write(response.serializeHead(true, response.body.size()) +
                        response.body.left(response.body.size() / 2));
    }
    m_busy = false;
    closeNow();
}

void HttpConnection::closeNow()
{
    m_closing = true;
    // Writes what is pending, then closes: the client sees the connection end.
    m_socket->disconnectFromHost();
}

} // namespace Sandbox
