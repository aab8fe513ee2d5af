#pragma once

#include <QPlainTextEdit>
#include <QPointer>

class SecretClipboard;

// The editor of a revealed secret value. A copy of the value leaves it only
// through SecretClipboard (the password-manager hint, cleared after its
// timeout): Copy and Cut from the keyboard (Ctrl+C, Ctrl+Insert, Ctrl+X,
// Shift+Delete) and from the context menu. Every other way Qt would publish a
// selection (a drag out, the X11 PRIMARY selection) takes its data from
// createMimeDataFromSelection(), which is empty here. No undo history keeps
// earlier values. Without a SecretClipboard, Copy and Cut do nothing.
class SecretTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit SecretTextEdit(QWidget *parent = nullptr);

    void setSecretClipboard(SecretClipboard *clipboard);

    void copySelection();
    void cutSelection();

protected:
    QMimeData *createMimeDataFromSelection() const override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QPointer<SecretClipboard> m_clipboard;
};
