// The secrets table's delegate (app/secrets/CachedTextDelegate) paints what
// QStyledItemDelegate paints: the same texts, elided the same way, in the same
// places and colours, selected or not; only faster on the next paint.
#include "CachedTextDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

class TestCachedTextDelegate : public QObject
{
    Q_OBJECT

    QStandardItemModel model;

    QImage render(QAbstractItemDelegate *delegate, int rowHeight = -1)
    {
        QTableView view;
        view.setModel(&model);
        if (rowHeight > 0) {
            view.verticalHeader()->setMinimumSectionSize(1);
            view.verticalHeader()->setDefaultSectionSize(rowHeight);
        }
        view.setItemDelegate(delegate);
        view.setWordWrap(false);
        view.resize(520, 200);
        view.setColumnWidth(0, 120);
        view.setColumnWidth(1, 220);
        view.setColumnWidth(2, 120);
        view.selectRow(1);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            return QImage();
        QImage image(view.viewport()->size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        view.viewport()->render(&image);
        return image;
    }

    // Pixels that are not the background colour, per column band.
    static int inked(const QImage &image, int from, int to)
    {
        const QRgb background = image.pixel(image.width() - 1, image.height() - 1);
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = from; x < to && x < image.width(); ++x)
                count += image.pixel(x, y) != background ? 1 : 0;
        return count;
    }

private slots:
    void initTestCase()
    {
        model.setColumnCount(3);
        const QStringList keys{QStringLiteral("stripe-api-key"), QStringLiteral("paypal-secret"),
                               QStringLiteral("x")};
        for (const QString &key : keys) {
            QList<QStandardItem *> row{
                new QStandardItem(key),
                new QStandardItem(QStringLiteral("{vault://payments-team-secrets/") + key +
                                  QStringLiteral("/a-rather-long-property-path}")),
                new QStandardItem(QStringLiteral("12 uses"))};
            row[2]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            model.appendRow(row);
        }
    }

    void paintsWhatTheStyledDelegatePaints_data()
    {
        QTest::addColumn<int>("rowHeight");
        QTest::newRow("the view's rows") << -1;
        // Text taller than its row: clipped to the cell, as the style clips it.
        QTest::newRow("rows shorter than the text") << 7;
    }

    void paintsWhatTheStyledDelegatePaints()
    {
        QFETCH(int, rowHeight);
        QStyledItemDelegate styled;
        CachedTextDelegate cached;
        const QImage expected = render(&styled, rowHeight);
        const QImage actual = render(&cached, rowHeight);
        QVERIFY(!expected.isNull() && !actual.isNull());
        QCOMPARE(actual.size(), expected.size());
        if (qEnvironmentVariableIsSet("KVM_SAVE_RENDERINGS")) {
            expected.save(QStringLiteral("styled.png"));
            actual.save(QStringLiteral("cached.png"));
        }
        int different = 0;
        for (int y = 0; y < expected.height(); ++y)
            for (int x = 0; x < expected.width(); ++x)
                different += expected.pixel(x, y) != actual.pixel(x, y) ? 1 : 0;
        // Glyphs may be antialiased a subpixel apart (about 1% of the pixels
        // here); texts, elision, alignment and the selection must not differ.
        const int area = expected.width() * expected.height();
        QVERIFY2(different * 100 < area * 3,
                 qPrintable(QStringLiteral("%1 of %2 pixels differ").arg(different).arg(area)));
        for (const auto &[from, to] :
             {std::pair{0, 120}, std::pair{120, 340}, std::pair{340, 460}}) {
            const int a = inked(expected, from, to), b = inked(actual, from, to);
            QVERIFY2(qAbs(a - b) * 10 <= a,
                     qPrintable(
                         QStringLiteral("column %1-%2: %3 vs %4").arg(from).arg(to).arg(a).arg(b)));
        }
        if (rowHeight > 0) {
            // Nothing spills below the last row (the model has three).
            const QImage below = actual.copy(0, 3 * rowHeight, actual.width(), rowHeight);
            QCOMPARE(inked(below, 0, below.width()), 0);
            QCOMPARE(inked(expected.copy(0, 3 * rowHeight, expected.width(), rowHeight), 0,
                           expected.width()),
                     0);
        }
        // Each text was laid out once (the three "12 uses" share one), and a
        // repaint reuses them.
        QCOMPARE(cached.cachedTexts(), 7);
        render(&cached, rowHeight);
        QCOMPARE(cached.cachedTexts(), 7);
    }
};

QTEST_MAIN(TestCachedTextDelegate)
#include "tst_cachedtextdelegate.moc"
