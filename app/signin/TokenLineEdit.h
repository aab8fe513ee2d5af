#pragma once

#include <QLineEdit>

// The access-token field. The token is never copied out of it, shown or not:
// Copy and Cut do nothing (keyboard and context menu, which has neither),
// nothing is dragged out, and a selection made while the token is shown is
// taken back from the X11 PRIMARY selection at once. Pasting works.
class TokenLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit TokenLineEdit(QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void takeBackPrimarySelection();
};
