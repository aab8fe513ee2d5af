#pragma once

#include "HttpMessage.h"

#include <QObject>

class QTcpSocket;

namespace Sandbox {

// One accepted TCP connection speaking HTTP/1.1: keep-alive, Content-Length bodies
// (possibly split across reads), requests served strictly one after the other (a
// pipelined request waits until the previous response is written).
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxHeadBytes = 64 * 1024;
    static constexpr qsizetype MaxBodyBytes = 8 * 1024 * 1024;

    HttpConnection(QTcpSocket *socket, QObject *parent);
    ~HttpConnection() override;

    // Answers the request being served, then goes on with the next buffered one.
    void respond(const HttpResponse &response);
    // Sends the head announcing the full Content-Length, then half of the body, then
    // closes the connection.
    void respondAndDrop(const HttpResponse &response);
    void closeNow();

signals:
    void requestReceived(const Sandbox::HttpRequest &request);
    void closed();

private:
    void onReadyRead();
    void processBuffer();
    bool parseHead(const QByteArray &head);
    void failAndClose(int status, const QByteArray &detail);

    QTcpSocket *m_socket = nullptr;
    QByteArray m_buffer;
    HttpRequest m_request;
    bool m_haveHead = false;
    bool m_busy = false;
    bool m_closing = false;
    bool m_keepAlive = true;
    bool m_processQueued = false;
    qsizetype m_bodyLength = 0;
};

} // namespace Sandbox
