// The secrets table's delegate (app/secrets/CachedTextDelegate) paints what
// QStyledItemDelegate paints: the same texts, elided the same way, in the same
// places and colours, selected or not; only faster on the next paint.
#include "CachedTextDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QProxyStyle>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

namespace {

// The application's style, counting the item cells it is asked to draw; with
// `tinted`, it fills every cell (as a style with its own item background would).
class CellStyle : public QProxyStyle
{
public:
    explicit CellStyle(bool tinted)
        : m_tinted(tinted)
    {
    }
    int cells = 0;

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override
    {
        if (element == CE_ItemViewItem) {
            ++const_cast<CellStyle *>(this)->cells;
            if (m_tinted)
                painter->fillRect(option->rect.adjusted(1, 1, -1, -1), QColor(255, 230, 200));
        }
        QProxyStyle::drawControl(element, option, painter, widget);
    }

private:
    bool m_tinted;
};

} // namespace

class TestCachedTextDelegate : public QObject
{
    Q_OBJECT

    QStandardItemModel model;

    QImage render(QAbstractItemDelegate *delegate, int rowHeight = -1, QStyle *style = nullptr)
    {
        QTableView view;
        if (style)
            view.setStyle(style);
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
        QTest::addColumn<bool>("tinted");
        QTest::newRow("the view's rows") << -1 << false;
        // Text taller than its row: clipped to the cell, as the style clips it.
        QTest::newRow("rows shorter than the text") << 7 << false;
        // A style that paints every cell: asked for every cell, as it paints something.
        QTest::newRow("a style with its own cell background") << -1 << true;
    }

    void paintsWhatTheStyledDelegatePaints()
    {
        QFETCH(int, rowHeight);
        QFETCH(bool, tinted);
        CellStyle styledStyle(tinted);
        CellStyle cachedStyle(tinted);
        QStyledItemDelegate styled;
        CachedTextDelegate cached;
        const QImage expected = render(&styled, rowHeight, &styledStyle);
        const QImage actual = render(&cached, rowHeight, &cachedStyle);
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
        render(&cached, rowHeight, &cachedStyle);
        QCOMPARE(cached.cachedTexts(), 7);
        if (tinted)
            QVERIFY(actual.pixelColor(5, 5) == QColor(255, 230, 200));
    }

    // A style that draws nothing for a plain cell (not selected, focused or
    // hovered) but its text is asked once per kind of cell, not for each one.
    void plainCellsAskTheStyleOncePerKind()
    {
        CellStyle style(false);
        CachedTextDelegate cached;
        QTableView view;
        view.setStyle(&style);
        view.setModel(&model);
        view.setItemDelegate(&cached);
        view.setSelectionMode(QAbstractItemView::NoSelection);
        view.setFocusPolicy(Qt::NoFocus);
        view.resize(520, 200);
        view.setColumnWidth(0, 120);
        view.setColumnWidth(1, 220);
        view.setColumnWidth(2, 120);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(cached.probes() > 0);
        QCOMPARE(cached.probes(), 3); // one per column (width, alignment); 9 cells, no style
        QCOMPARE(style.cells, cached.probes());
        view.viewport()->repaint();
        QCOMPARE(style.cells, 3);
    }
};

QTEST_MAIN(TestCachedTextDelegate)
#include "tst_cachedtextdelegate.moc"
