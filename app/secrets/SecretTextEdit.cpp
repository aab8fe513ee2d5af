#include "SecretTextEdit.h"

#include "SecretClipboard.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QTextDocumentFragment>

SecretTextEdit::SecretTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setUndoRedoEnabled(false); // no history of earlier values in memory
}

void SecretTextEdit::setSecretClipboard(SecretClipboard *clipboard)
{
    m_clipboard = clipboard;
}

void SecretTextEdit::copySelection()
{
    const QString selected = textCursor().selection().toPlainText();
    if (m_clipboard && !selected.isEmpty())
        m_clipboard->copySecret(selected);
}

void SecretTextEdit::cutSelection()
{
    if (!m_clipboard || isReadOnly() || !textCursor().hasSelection())
        return;
    copySelection();
    textCursor().removeSelectedText();
}

QMimeData *SecretTextEdit::createMimeDataFromSelection() const
{
    return new QMimeData; // drag and PRIMARY selection: nothing of the value
}

void SecretTextEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::Cut)) {
        cutSelection();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

// The standard menu, with Copy and Cut routed through SecretClipboard and no
// Undo or Redo (there is no history).
void SecretTextEdit::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("secretTextMenu"));
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        const QString name = action->objectName();
        if (name == QLatin1String("edit-undo") || name == QLatin1String("edit-redo")) {
            menu->removeAction(action);
        } else if (name == QLatin1String("edit-copy") || name == QLatin1String("edit-cut")) {
            disconnect(action, &QAction::triggered, nullptr, nullptr);
            const bool cut = name == QLatin1String("edit-cut");
            action->setEnabled(m_clipboard && textCursor().hasSelection() &&
                               (!cut || !isReadOnly()));
            connect(action, &QAction::triggered, this,
                    cut ? &SecretTextEdit::cutSelection : &SecretTextEdit::copySelection);
        }
    }
    while (!menu->actions().isEmpty() && menu->actions().constFirst()->isSeparator())
        menu->removeAction(menu->actions().constFirst());
    menu->popup(event->globalPos());
}
