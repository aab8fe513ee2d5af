#include "SecretTableView.h"

#include "SteadyScrollBar.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

SecretTableView::SecretTableView(QWidget *parent)
    : QTableView(parent)
    , m_placeholder(new QLabel(viewport()))
{
    setVerticalScrollBar(new SteadyScrollBar(Qt::Vertical, this));
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_placeholder->setObjectName(QStringLiteral("emptyState"));
    m_placeholder->setTextFormat(Qt::PlainText); // may quote the filter typed
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAttribute(Qt::WA_TransparentForMouseEvents); // the view's context menu
    m_placeholder->hide();
    // Opaque over the whole viewport: shown, it is all that is painted there.
    m_placeholder->setBackgroundRole(QPalette::Base);
    m_placeholder->setAutoFillBackground(true);
    m_placeholder->setMargin(9);
    auto *overlay = new QVBoxLayout(viewport());
    overlay->setContentsMargins(0, 0, 0, 0);
    overlay->addWidget(m_placeholder);
    m_scrollRangeTimer.setSingleShot(true);
    connect(&m_scrollRangeTimer, &QTimer::timeout, this, &SecretTableView::updateScrollRange);
    connect(verticalHeader(), &QHeaderView::sectionResized, this, [this] { m_shown.reset(); });
}

void SecretTableView::setModel(QAbstractItemModel *model)
{
    m_pending = Pending::Other;
    trackModel(model);
    QTableView::setModel(model);
}

void SecretTableView::trackModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    if (!model)
        return;
    const auto other = [this] { m_pending = Pending::Other; };
    m_modelConnections = {
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &parent, int first) { rowsAdded(parent, first); }),
        connect(model, &QAbstractItemModel::rowsRemoved, this, other),
        connect(model, &QAbstractItemModel::rowsMoved, this, other),
        connect(model, &QAbstractItemModel::columnsInserted, this, other),
        connect(model, &QAbstractItemModel::columnsRemoved, this, other),
        connect(model, &QAbstractItemModel::columnsMoved, this, other),
        connect(model, &QAbstractItemModel::layoutChanged, this, other),
        connect(model, &QAbstractItemModel::modelReset, this, other),
    };
}

void SecretTableView::rowsAdded(const QModelIndex &parent, int first)
{
    if (m_pending == Pending::Other)
        return;
    // Below the last row shown, and the viewport is full (so they do not show).
    const int lastShown = lastRowShown();
    const bool below = !parent.isValid() && lastShown >= 0 && first > lastShown;
    m_pending = below ? Pending::AppendsBelow : Pending::Other;
    if (!below && !m_layoutQueued) {
        // Queued (a posted call comes before the paint's low-priority update
        // request), so that QTableView has seen the new rows by then.
        m_layoutQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_layoutQueued = false;
                executeDelayedItemsLayout();
            },
            Qt::QueuedConnection);
    }
}

void SecretTableView::doItemsLayout()
{
    const Pending pending = std::exchange(m_pending, Pending::Nothing);
    if (pending == Pending::AppendsBelow) {
        const qint64 since = m_sinceScrollRange.isValid() ? m_sinceScrollRange.elapsed()
                                                          : qint64(m_scrollRangeIntervalMs);
        if (m_streaming && since < m_scrollRangeIntervalMs) {
            if (!m_scrollRangeTimer.isActive())
                m_scrollRangeTimer.start(int(m_scrollRangeIntervalMs - since));
        } else {
            updateScrollRange();
        }
        return;
    }
    m_scrollRangeTimer.stop(); // the full layout updates the scroll range too
    m_shown.reset(); // every other change of the rows ends here (rowsAdded() waits for it)
    QTableView::doItemsLayout();
}

int SecretTableView::lastRowShown()
{
    const int offset = verticalOffset();
    const int height = viewport()->height();
    const int rowHeight = verticalHeader()->defaultSectionSize();
    if (!m_shown || m_shown->offset != offset || m_shown->height != height ||
        m_shown->rowHeight != rowHeight)
        m_shown = Shown{rowAt(height - 1), offset, height, rowHeight};
    return m_shown->lastRow;
}

void SecretTableView::setPlaceholderText(const QString &text)
{
    m_placeholder->setText(text);
    m_placeholder->setVisible(!text.isEmpty());
}

QString SecretTableView::placeholderText() const
{
    return m_placeholder->text();
}

void SecretTableView::setRowsStreaming(bool streaming)
{
    m_streaming = streaming;
    if (!streaming && m_scrollRangeTimer.isActive())
        updateScrollRange();
}

void SecretTableView::updateScrollRange()
{
    m_scrollRangeTimer.stop();
    m_sinceScrollRange.start();
    updateGeometries(); // a viewport resized by it repaints itself
}
