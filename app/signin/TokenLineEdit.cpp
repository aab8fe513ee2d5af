#include "TokenLineEdit.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>

TokenLineEdit::TokenLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setDragEnabled(false);
}

void TokenLineEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy) || event->matches(QKeySequence::Cut)) {
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
    takeBackPrimarySelection(); // Shift+arrows select too
}

// A menu of its own: Qt's names no action of a line edit's standard menu, so
// Copy and Cut could not be told apart from the others reliably.
void TokenLineEdit::contextMenuEvent(QContextMenuEvent *event)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("tokenMenu"));
    QAction *paste = menu->addAction(tr("&Paste"), this, &QLineEdit::paste);
    paste->setObjectName(QStringLiteral("edit-paste"));
    paste->setEnabled(!isReadOnly() && !QGuiApplication::clipboard()->text().isEmpty());
    QAction *clearAll = menu->addAction(tr("Clear"), this, &QLineEdit::clear);
    clearAll->setObjectName(QStringLiteral("edit-clear"));
    clearAll->setEnabled(!isReadOnly() && !text().isEmpty());
    menu->addSeparator();
    QAction *selectAll = menu->addAction(tr("Select All"), this, &QLineEdit::selectAll);
    selectAll->setObjectName(QStringLiteral("select-all"));
    selectAll->setEnabled(!text().isEmpty());
    menu->popup(event->globalPos());
}

void TokenLineEdit::mouseReleaseEvent(QMouseEvent *event)
{
    QLineEdit::mouseReleaseEvent(event);
    takeBackPrimarySelection();
}

void TokenLineEdit::mouseDoubleClickEvent(QMouseEvent *event)
{
    QLineEdit::mouseDoubleClickEvent(event);
    takeBackPrimarySelection();
}

// QLineEdit puts a selection of shown text into PRIMARY (X11) by itself.
void TokenLineEdit::takeBackPrimarySelection()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard->supportsSelection() || !clipboard->ownsSelection())
        return;
    const QString selection = clipboard->text(QClipboard::Selection);
    if (!selection.isEmpty() && text().contains(selection))
        clipboard->clear(QClipboard::Selection);
}
