#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QTableView>
#include <QTimer>

#include <optional>

class QLabel;

// The secrets table. A store loading in the table's order appends every batch
// below the last row shown: the scroll range grows and not a pixel of the
// viewport changes, yet QAbstractItemView lays out and repaints the whole
// viewport for each batch (about 1.5 ms for a full table; tests/bench, B1).
// When nothing but such appends happened since the last layout, this view only
// updates its scroll bars (while rows stream in, at most every
// ScrollRangeIntervalMs: repainting the scroll bar for each batch was a tenth
// of the GUI thread's work in a load); any other change of the model's rows or
// columns gets the full layout and repaint at once.
//
// The first rows of a load are painted once, at the table's final width: the
// view is never hidden (an empty table shows its placeholder text over the
// viewport, under the column headers), its vertical scroll bar is always there
// (a scroll bar appearing narrows the viewport, re-lays out the stretched
// column and repaints every cell again; it also keeps the columns still while
// a filter or a load changes the number of rows), and rows that land in view
// get their layout before the next paint (QAbstractItemView lays out on a
// timer that fires after the pending paint: a second full paint).
class SecretTableView : public QTableView
{
    Q_OBJECT

public:
    static constexpr int ScrollRangeIntervalMs = 100;

    explicit SecretTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void doItemsLayout() override;
    // Whether rows are streaming in (a load); ending it brings a scroll range
    // held back by the interval up to date at once.
    void setRowsStreaming(bool streaming);
    void setScrollRangeInterval(int ms) { m_scrollRangeIntervalMs = ms; }
    bool scrollRangeHeldBack() const { return m_scrollRangeTimer.isActive(); }
    // Shown centred over the viewport while not empty ("No secret matches…").
    void setPlaceholderText(const QString &text);
    QString placeholderText() const;

private:
    enum class Pending { Nothing, AppendsBelow, Other };

    void trackModel(QAbstractItemModel *model);
    void rowsAdded(const QModelIndex &parent, int first);
    int lastRowShown();
    void updateScrollRange();

    QLabel *m_placeholder;
    Pending m_pending = Pending::Nothing;
    bool m_layoutQueued = false; // executeDelayedItemsLayout() posted, to run before the paint
    bool m_streaming = false;
    int m_scrollRangeIntervalMs = ScrollRangeIntervalMs;
    QTimer m_scrollRangeTimer;        // a held-back scroll range update
    QElapsedTimer m_sinceScrollRange; // since the last update of appends below
    QList<QMetaObject::Connection> m_modelConnections;
    // The last row shown, as rowAt() found it. rowAt() has the vertical header
    // work out where every row starts again after each insertion (a walk over
    // all rows: once per batch of a load, once per run of rows that lands in a
    // table sorted otherwise); appends below do not move it, so it is asked
    // again only after a full layout (any other change), a scroll, a resize or
    // other row heights.
    struct Shown
    {
        int lastRow = -1;
        int offset = 0;
        int height = -1;
        int rowHeight = 0;
    };
    std::optional<Shown> m_shown;
};
