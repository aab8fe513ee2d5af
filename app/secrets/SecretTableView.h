#pragma once

#include <QList>
#include <QTableView>

// The secrets table. A store loading in the table's order appends every batch
// below the last row shown: the scroll range grows and not a pixel of the
// viewport changes, yet QAbstractItemView lays out and repaints the whole
// viewport for each batch (about 1.5 ms for a full table; tests/bench, B1).
// When nothing but such appends happened since the last layout, this view only
// updates its scroll bars; any other change of the model's rows or columns
// gets the full layout and repaint.
class SecretTableView : public QTableView
{
    Q_OBJECT

public:
    explicit SecretTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void doItemsLayout() override;

private:
    enum class Pending { Nothing, AppendsBelow, Other };

    void trackModel(QAbstractItemModel *model);
    void rowsAdded(const QModelIndex &parent, int first);

    Pending m_pending = Pending::Nothing;
    QList<QMetaObject::Connection> m_modelConnections;
};
