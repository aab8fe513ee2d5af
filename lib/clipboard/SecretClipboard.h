#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QClipboard;

// Puts text on the clipboard. Secret values get the
// `x-kde-passwordManagerHint: secret` hint (clipboard managers then keep no
// history of them) and are cleared after a timeout, but only if the clipboard
// still holds what this helper put there: something the user copied since is
// never touched.
class SecretClipboard : public QObject
{
    Q_OBJECT

public:
    explicit SecretClipboard(QClipboard *clipboard, QObject *parent = nullptr);
    ~SecretClipboard() override;

    void setClearTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int clearTimeout() const { return m_timeoutMs; }

    // Plain text, e.g. a vault reference: no hint, never cleared.
    void copyText(const QString &text);
    // A secret value: hinted, and cleared after clearTimeout() if still ours.
    void copySecret(const QString &value);

    bool holdsSecret() const { return m_timer.isActive(); }
    // Clears now if the clipboard still holds our secret (e.g. on quit).
    void clearIfOurs();

signals:
    void cleared();

private:
    bool clipboardHoldsOurSecret() const;

    QPointer<QClipboard> m_clipboard;
    QTimer m_timer;
    QByteArray m_fingerprint; // SHA-256 of what we put there; never the value itself
    int m_timeoutMs = 30000;
};
