#pragma once

#include <QScrollBar>

#include <optional>
#include <tuple>

class QStyleOptionSlider;

// The secrets table's vertical scroll bar (tests/bench, B1: a loading store
// changes its range with every batch of rows).
//
// Not repainted when a new range leaves it looking the same: past a few
// hundred rows the handle has its minimum length, so the ranges of a growing
// table all look alike.
//
// Its pictures at rest (no pointer over it, no button down) are kept in
// QPixmapCache, keyed by what decides them: the style, size, palette, state
// and the handle (what the range decides of the picture, as above). Fusion
// draws a tall scroll bar with gradients and strokes that Qt 6.4 rasterizes
// line by line, partly on its GUI thread pool: about 0.2 ms of the GUI thread
// and 0.5-0.7 ms of wall time per paint, and a load paints it twice (the first
// page's handle, then the minimum one), as does every other store shown in the
// same window. Under the pointer, or while pressed, the
// style paints it as QScrollBar does (hovered and pressed parts).
class SteadyScrollBar : public QScrollBar
{
    Q_OBJECT

public:
    explicit SteadyScrollBar(Qt::Orientation orientation, QWidget *parent = nullptr);

    // How many paints had the style draw the picture (for tests).
    int pictureRenders() const { return m_renders; }

protected:
    void sliderChange(SliderChange change) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // What the range and steps decide of the picture: the handle, whether
    // there is one, and which ends it touches (the arrows' state).
    using Look = std::tuple<QRect, bool, bool, bool>;
    Look look() const;
    Look look(const QStyleOptionSlider &option) const;
    bool atRest() const;

    std::optional<Look> m_painted;
    int m_renders = 0;
};
