// The secrets table's scroll bar: at rest it shows the picture the style draws,
// drawn once per look (QPixmapCache); under the pointer the style draws it on
// every paint, hovered and pressed parts included. Pixels are compared with a
// plain QScrollBar beside it, as the offscreen platform's window shows them.
#include "SteadyScrollBar.h"

#include "PaintProbes.h"

#include <QHBoxLayout>
#include <QPixmapCache>
#include <QTest>

namespace {

// A window with a SteadyScrollBar and a plain QScrollBar of the same size and state.
struct Pair
{
    QWidget window;
    SteadyScrollBar *steady = new SteadyScrollBar(Qt::Vertical);
    QScrollBar *plain = new QScrollBar(Qt::Vertical);

    Pair()
    {
        auto *layout = new QHBoxLayout(&window);
        layout->addWidget(steady);
        layout->addWidget(plain);
        layout->addStretch();
        window.resize(120, 400);
        for (QScrollBar *bar : {static_cast<QScrollBar *>(steady), plain}) {
            bar->setFixedHeight(360);
            bar->setPageStep(20);
        }
    }

    void set(int maximum, int value, bool enabled = true)
    {
        for (QScrollBar *bar : {static_cast<QScrollBar *>(steady), plain}) {
            bar->setRange(0, maximum);
            bar->setValue(value);
            bar->setEnabled(enabled);
        }
    }

    bool show()
    {
        window.show();
        return QTest::qWaitForWindowExposed(&window);
    }
};

void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
    }
}

} // namespace

class TestSteadyScrollBar : public QObject
{
    Q_OBJECT

private slots:
    void init() { QPixmapCache::clear(); }

    void atRestItShowsWhatTheStyleDraws_data()
    {
        QTest::addColumn<int>("maximum");
        QTest::addColumn<int>("value");
        QTest::addColumn<bool>("enabled");
        QTest::newRow("long handle at the top") << 20 << 0 << true;
        QTest::newRow("short handle in the middle") << 2000 << 1000 << true;
        QTest::newRow("at the bottom") << 300 << 300 << true;
        QTest::newRow("nothing to scroll") << 0 << 0 << true;
        QTest::newRow("disabled") << 300 << 100 << false;
    }

    void atRestItShowsWhatTheStyleDraws()
    {
        QFETCH(int, maximum);
        QFETCH(int, value);
        QFETCH(bool, enabled);
        Pair pair;
        pair.set(maximum, value, enabled);
        QVERIFY(pair.show());
        settle();
        QCOMPARE(pair.steady->pictureRenders(), 1);
        QCOMPARE(onScreen(pair.steady), onScreen(pair.plain));
        // Drawn again from the cache (an expose, another widget above it...): the same.
        pair.steady->repaint();
        QCOMPARE(pair.steady->pictureRenders(), 1);
        QCOMPARE(onScreen(pair.steady), onScreen(pair.plain));
    }

    // Another scroll bar that looks the same (the next store shown, another
    // window): its picture comes from the cache.
    void aLookDrawnBeforeIsNotDrawnAgain()
    {
        Pair first;
        first.set(2000, 0);
        QVERIFY(first.show());
        settle();
        QCOMPARE(first.steady->pictureRenders(), 1);

        Pair second;
        second.set(5000, 0); // a longer range, the same minimum-length handle at the top
        QVERIFY(second.show());
        settle();
        QCOMPARE(second.steady->pictureRenders(), 0);
        QCOMPARE(onScreen(second.steady), onScreen(second.plain));

        second.set(5000, 2500); // the handle moves: a new picture
        QTRY_COMPARE(second.steady->pictureRenders(), 1);
        settle();
        QCOMPARE(onScreen(second.steady), onScreen(second.plain));
        second.set(5000, 1000); // only where the handle is changes
        QTRY_COMPARE(second.steady->pictureRenders(), 2);
        settle();
        QCOMPARE(onScreen(second.steady), onScreen(second.plain));
    }

    // Hovered or pressed parts are only known to QScrollBar: under the pointer
    // the style draws every paint; once the pointer left, the cache serves again.
    void underThePointerTheStyleDrawsEveryPaint()
    {
        Pair pair;
        pair.set(300, 100);
        QVERIFY(pair.show());
        settle();
        QCOMPARE(pair.steady->pictureRenders(), 1);
        PaintCounter counter(pair.steady);
        pair.steady->setAttribute(Qt::WA_UnderMouse, true);
        pair.steady->update();
        QTRY_COMPARE(counter.paints, 1);
        QCOMPARE(pair.steady->pictureRenders(), 2);
        pair.steady->update();
        QTRY_COMPARE(counter.paints, 2);
        QCOMPARE(pair.steady->pictureRenders(), 3);

        pair.steady->setAttribute(Qt::WA_UnderMouse, false);
        pair.steady->update();
        QTRY_COMPARE(counter.paints, 3);
        QCOMPARE(pair.steady->pictureRenders(), 3);
        QCOMPARE(onScreen(pair.steady), onScreen(pair.plain));
    }
};

QTEST_MAIN(TestSteadyScrollBar)
#include "tst_steadyscrollbar.moc"
