// The secrets table: rows appended below what it shows (a store loading in the
// table's order) only move its scroll bar; every other change still repaints.
// What is on screen (the offscreen platform's window contents) is compared
// with a view freshly shown on the same rows.
#include "SecretTableView.h"

#include "PaintProbes.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTest>
#include <QTimer>

namespace {

void appendRows(QStandardItemModel *model, int count)
{
    const int first = model->rowCount();
    model->insertRows(first, count); // one insertion, as SecretLoader's batches
    for (int row = first; row < first + count; ++row) {
        model->setData(model->index(row, 0),
                       QStringLiteral("secret-%1").arg(row, 4, 10, QLatin1Char('0')));
        model->setData(model->index(row, 1), QStringLiteral("{vault://env/%1}").arg(row));
    }
}

QImage onScreen(QTableView *view)
{
    return onScreen(view->viewport());
}

} // namespace

class TestSecretTableView : public QObject
{
    Q_OBJECT

    QStandardItemModel model{0, 2};
    std::unique_ptr<SecretTableView> view;

    void show(SecretTableView *table)
    {
        table->setModel(&model);
        table->horizontalHeader()->setSectionResizeMode(
            0, QHeaderView::Stretch); // as the Reference column
        table->resize(400, 300);
        table->show();
        QVERIFY(QTest::qWaitForWindowExposed(table));
        QCoreApplication::processEvents();
    }

    // What a view shown afresh on the same rows shows.
    void compareWithAFreshView()
    {
        SecretTableView fresh;
        show(&fresh);
        QCOMPARE(view->verticalScrollBar()->maximum(), fresh.verticalScrollBar()->maximum());
        QCOMPARE(onScreen(view.get()), onScreen(&fresh));
        QCOMPARE(onScreen(view->verticalScrollBar()), onScreen(fresh.verticalScrollBar()));
    }

    // Rows appended below a full table: the scroll range grows, the viewport is
    // not repainted, and the view shows what a fresh one does.
    void appendBelowWithoutRepaint(int count)
    {
        PaintCounter counter(view->viewport());
        const int range = view->verticalScrollBar()->maximum();
        appendRows(&model, count);
        QTRY_VERIFY(view->verticalScrollBar()->maximum() > range);
        QCoreApplication::processEvents();
        QCOMPARE(counter.paints, 0);
        compareWithAFreshView();
    }

    void settle()
    {
        for (int i = 0; i < 3; ++i) { // the view's timers (delayed layout, column resize)
            QCoreApplication::processEvents();
            QCoreApplication::sendPostedEvents();
        }
    }

private slots:
    void init()
    {
        model.clear();
        model.setColumnCount(2);
        view = std::make_unique<SecretTableView>();
    }

    void cleanup() { view.reset(); }

    void rowsAppendedBelowOnlyMoveTheScrollBar()
    {
        appendRows(&model, 100);
        show(view.get());
        appendBelowWithoutRepaint(200);
    }

    // A table that filled up since its last appends (a load's first page):
    // what shows is asked again, and the appends that follow go below it.
    void appendsBelowATableThatFilledUpOnlyMoveTheScrollBar()
    {
        appendRows(&model, 3);
        show(view.get());
        appendRows(&model, 5); // still not full: repainted
        settle();
        appendRows(&model, 100); // fills the table
        settle();
        appendBelowWithoutRepaint(100);
    }

    // While a store loads, the scroll range follows the appends at most every
    // interval (the first at once); the end of the load brings it up to date.
    void whileRowsStreamTheScrollRangeIsHeldBack()
    {
        appendRows(&model, 100);
        show(view.get());
        view->setScrollRangeInterval(60000); // nothing but the end of the stream releases it
        view->setRowsStreaming(true);
        const int start = view->verticalScrollBar()->maximum();
        appendRows(&model, 100);
        QTRY_VERIFY(view->verticalScrollBar()->maximum() > start);
        const int first = view->verticalScrollBar()->maximum();
        appendRows(&model, 100);
        appendRows(&model, 100);
        QTRY_VERIFY(view->scrollRangeHeldBack()); // once the view's delayed layout ran
        QCOMPARE(view->verticalScrollBar()->maximum(), first);
        view->setRowsStreaming(false);
        QVERIFY(!view->scrollRangeHeldBack());
        QVERIFY(view->verticalScrollBar()->maximum() > first); // at once
        compareWithAFreshView();
    }

    void aHeldBackScrollRangeFollowsAfterTheInterval()
    {
        appendRows(&model, 100);
        show(view.get());
        view->setScrollRangeInterval(300);
        view->setRowsStreaming(true);
        const int start = view->verticalScrollBar()->maximum();
        appendRows(&model, 100);
        QTRY_VERIFY(view->verticalScrollBar()->maximum() > start);
        appendRows(&model, 100); // within the interval: held back, then by the timer
        SecretTableView fresh;
        show(&fresh);
        QTRY_COMPARE(view->verticalScrollBar()->maximum(), fresh.verticalScrollBar()->maximum());
        QCOMPARE(onScreen(view.get()), onScreen(&fresh));
    }

    // A load's first rows in an empty table: painted once, at the final width
    // (no scroll bar appearing afterwards, no layout after the paint).
    void theFirstRowsArePaintedOnce()
    {
        show(view.get());
        PaintCounter counter(view->viewport());
        // From a timer's timeout, as SecretLoader's batches: the view's own
        // timers started there fire after the pending paint.
        QTimer::singleShot(0, view.get(), [this] { appendRows(&model, 100); });
        QTRY_VERIFY(counter.paints > 0);
        settle();
        QCOMPARE(counter.paints, 1);
        compareWithAFreshView();
    }

    // Past a few hundred rows the scroll bar's handle has its minimum length:
    // a longer range looks the same, and the scroll bar is not repainted.
    void aScrollBarThatLooksTheSameIsNotRepainted()
    {
        appendRows(&model, 2000);
        show(view.get());
        PaintCounter counter(view->verticalScrollBar());
        const int range = view->verticalScrollBar()->maximum();
        appendRows(&model, 1000);
        QTRY_VERIFY(view->verticalScrollBar()->maximum() > range);
        settle();
        QCOMPARE(counter.paints, 0);
        compareWithAFreshView();
    }

    void aScrollBarThatChangesIsRepainted()
    {
        appendRows(&model, 20);
        show(view.get());
        PaintCounter counter(view->verticalScrollBar());
        appendRows(&model, 20); // the handle halves
        QTRY_VERIFY(counter.paints > 0);
        compareWithAFreshView();
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        model.setRowCount(60); // the handle leaves the end it touched
        QTRY_VERIFY(counter.paints > 1);
        settle();
        const int scrolled = view->verticalScrollBar()->value();
        SecretTableView fresh;
        show(&fresh);
        fresh.verticalScrollBar()->setValue(scrolled);
        settle();
        QCOMPARE(onScreen(view->verticalScrollBar()), onScreen(fresh.verticalScrollBar()));
    }

    void anEmptyTableShowsItsPlaceholderOverTheViewport()
    {
        show(view.get());
        QVERIFY(view->verticalScrollBar()->isVisible()); // always: rows do not move the columns
        view->setPlaceholderText(QStringLiteral("Nothing here yet"));
        auto *placeholder = view->viewport()->findChild<QLabel *>(QStringLiteral("emptyState"));
        QVERIFY(placeholder);
        QTRY_VERIFY(placeholder->isVisible());
        QCOMPARE(placeholder->text(), QStringLiteral("Nothing here yet"));
        QVERIFY(view->horizontalHeader()->isVisible()); // the columns show above it
        QCOMPARE(placeholder->geometry(), view->viewport()->rect());
        // Opaque: a new text repaints the placeholder, not the table under it.
        PaintCounter underneath(view->viewport());
        PaintCounter label(placeholder);
        view->setPlaceholderText(QStringLiteral("Loading the secrets…"));
        QTRY_VERIFY(label.paints > 0);
        settle();
        QCOMPARE(underneath.paints, 0);
        // Clicks go through to the table (its context menu, a double click to add).
        QCOMPARE(view->viewport()->childAt(view->viewport()->rect().center()), nullptr);
        view->setPlaceholderText(QString());
        QVERIFY(placeholder->isHidden());
        QCOMPARE(view->placeholderText(), QString());
    }

    void rowsThatShowAreRepainted()
    {
        appendRows(&model, 100);
        show(view.get());
        PaintCounter counter(view->viewport());
        model.insertRow(0, {new QStandardItem(QStringLiteral("a-first")),
                            new QStandardItem(QStringLiteral("{vault://env/a-first}"))});
        QTRY_VERIFY(counter.paints > 0);
        compareWithAFreshView();
    }

    void appendsToAViewNotYetFullAreRepainted()
    {
        appendRows(&model, 3);
        show(view.get());
        PaintCounter counter(view->viewport());
        appendRows(&model, 5);
        QTRY_VERIFY(counter.paints > 0);
        compareWithAFreshView();
    }

    void appendsAfterAnotherChangeAreRepainted()
    {
        appendRows(&model, 100);
        show(view.get());
        PaintCounter counter(view->viewport());
        model.removeRow(0);     // the rows shown move up...
        appendRows(&model, 50); // ...and the appends that follow do not hide that
        QTRY_VERIFY(counter.paints > 0);
        compareWithAFreshView();
    }

    // Appends below remember the last row shown; a scroll or other row heights
    // since then show other rows, and an insertion among them is painted.
    void anInsertionAfterAScrollIsRepainted()
    {
        appendRows(&model, 100);
        show(view.get());
        const int range = view->verticalScrollBar()->maximum();
        appendRows(&model, 20); // below what shows: the scroll bar only
        QTRY_VERIFY(view->verticalScrollBar()->maximum() > range);
        const int bottom = view->verticalScrollBar()->maximum();
        view->verticalScrollBar()->setValue(bottom); // rows 100..119 now show
        settle();
        PaintCounter counter(view->viewport());
        model.insertRow(110, {new QStandardItem(QStringLiteral("secret-0109a")),
                              new QStandardItem(QStringLiteral("{vault://env/0109a}"))});
        QTRY_VERIFY(counter.paints > 0);
        settle();
        SecretTableView fresh;
        show(&fresh);
        fresh.verticalScrollBar()->setValue(bottom);
        settle();
        QCOMPARE(onScreen(view.get()), onScreen(&fresh));
    }

    void anInsertionAmongRowsMadeShorterIsRepainted()
    {
        appendRows(&model, 100);
        show(view.get());
        appendRows(&model, 20); // below what shows: the scroll bar only
        settle();
        const int lastShown = view->rowAt(view->viewport()->height() - 1);
        view->verticalHeader()->setDefaultSectionSize(view->verticalHeader()->defaultSectionSize() /
                                                      2);
        settle();
        QVERIFY(view->rowAt(view->viewport()->height() - 1) > lastShown + 2);
        PaintCounter counter(view->viewport());
        model.insertRow(lastShown + 2, {new QStandardItem(QStringLiteral("secret-x")),
                                        new QStandardItem(QStringLiteral("{vault://env/x}"))});
        QTRY_VERIFY(counter.paints > 0);
        settle();
        SecretTableView fresh;
        fresh.verticalHeader()->setDefaultSectionSize(view->verticalHeader()->defaultSectionSize());
        show(&fresh);
        QCOMPARE(onScreen(view.get()), onScreen(&fresh));
    }
};

QTEST_MAIN(TestSecretTableView)
#include "tst_secrettableview.moc"
