#include "SecretClipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QMimeData>

namespace {

QByteArray fingerprint(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

SecretClipboard::SecretClipboard(QClipboard *clipboard, QObject *parent)
    : QObject(parent)
    , m_clipboard(clipboard)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::clearIfOurs);
}

SecretClipboard::~SecretClipboard()
{
    clearIfOurs();
}

void SecretClipboard::copyText(const QString &text)
{
    if (!m_clipboard)
        return;
    m_timer.stop();
    m_fingerprint.clear();
    m_clipboard->setText(text);
}

void SecretClipboard::copySecret(const QString &value)
{
    if (!m_clipboard)
        return;
    auto *mime = new QMimeData;
    mime->setText(value);
    // KDE Klipper and other clipboard managers skip history for this hint.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    m_clipboard->setMimeData(mime);
    m_fingerprint = fingerprint(value);
    m_timer.start(m_timeoutMs);
}

bool SecretClipboard::clipboardHoldsOurSecret() const
{
    return m_clipboard && !m_fingerprint.isEmpty() &&
           fingerprint(m_clipboard->text()) == m_fingerprint;
}

void SecretClipboard::clearIfOurs()
{
    m_timer.stop();
    if (clipboardHoldsOurSecret()) {
        m_clipboard->clear();
        emit cleared();
    }
    m_fingerprint.clear();
}
