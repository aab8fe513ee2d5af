#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QTableView>
#include <QTimer>

// The secrets table. A store loading in the table's order appends every batch
// below the last row shown: the scroll range grows and not a pixel of the
// viewport changes, yet QAbstractItemView lays out and repaints the whole
// viewport for each batch (about 1.5 ms for a full table; tests/bench, B1).
// When nothing but such appends happened since the last layout, this view only
// updates its scroll bars (while rows stream in, at most every
// ScrollRangeIntervalMs: repainting the scroll bar for each batch was a tenth
// of the GUI thread's work in a load); any other change of the model's rows or
// columns gets the full layout and repaint at once.
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

private:
    enum class Pending { Nothing, AppendsBelow, Other };

    void trackModel(QAbstractItemModel *model);
    void rowsAdded(const QModelIndex &parent, int first);
    void updateScrollRange();

    Pending m_pending = Pending::Nothing;
    bool m_streaming = false;
    int m_scrollRangeIntervalMs = ScrollRangeIntervalMs;
    QTimer m_scrollRangeTimer;        // a held-back scroll range update
    QElapsedTimer m_sinceScrollRange; // since the last update of appends below
    QList<QMetaObject::Connection> m_modelConnections;
};
