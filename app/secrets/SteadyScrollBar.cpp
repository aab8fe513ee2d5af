#include "SteadyScrollBar.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>
#include <QStyleOptionSlider>

SteadyScrollBar::SteadyScrollBar(Qt::Orientation orientation, QWidget *parent)
    : QScrollBar(orientation, parent)
{
}

void SteadyScrollBar::sliderChange(SliderChange change)
{
    if ((change == SliderRangeChange || change == SliderStepsChange) && m_painted &&
        look() == *m_painted)
        return;
    QScrollBar::sliderChange(change);
}

SteadyScrollBar::Look SteadyScrollBar::look() const
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    return look(option);
}

SteadyScrollBar::Look SteadyScrollBar::look(const QStyleOptionSlider &option) const
{
    const QRect handle =
        style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, this);
    return {handle, minimum() == maximum(), value() == minimum(), value() == maximum()};
}

// Nothing hovered or pressed: what QScrollBar::paintEvent() would draw is
// known from the style option alone (its hovered and pressed parts are private).
bool SteadyScrollBar::atRest() const
{
    return !underMouse() && !isSliderDown() && QGuiApplication::mouseButtons() == Qt::NoButton;
}

void SteadyScrollBar::paintEvent(QPaintEvent *event)
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    m_painted = look(option);
    if (!atRest() || style()->styleHint(QStyle::SH_ScrollBar_Transient, &option, this)) {
        // Hovered or pressed parts (only QScrollBar knows them), or a transient
        // scroll bar fading in or out: no picture to keep.
        ++m_renders;
        QScrollBar::paintEvent(event);
        return;
    }
    option.subControls = QStyle::SC_All; // as QScrollBar::paintEvent()
    option.activeSubControls = QStyle::SC_None;
    const qreal ratio = devicePixelRatioF();
    const auto &[handle, empty, atMinimum, atMaximum] = *m_painted;
    const QString key =
        QStringLiteral("konnectvault-scrollbar:%1:%2x%3@%4:%5:%6:%7:%8:%9,%10,%11x%12:%13")
            .arg(QString::fromLatin1(style()->metaObject()->className()))
            .arg(width())
            .arg(height())
            .arg(ratio)
            .arg(int(option.state))
            .arg(int(option.direction))
            .arg(option.palette.cacheKey())
            .arg(int(option.orientation))
            .arg(handle.x())
            .arg(handle.y())
            .arg(handle.width())
            .arg(handle.height())
            .arg(int(empty) | int(atMinimum) << 1 | int(atMaximum) << 2);
    QPixmap picture;
    if (!QPixmapCache::find(key, &picture)) {
        ++m_renders;
        picture = QPixmap((QSizeF(size()) * ratio).toSize());
        picture.setDevicePixelRatio(ratio);
        picture.fill(Qt::transparent);
        QPainter painter(&picture);
        style()->drawComplexControl(QStyle::CC_ScrollBar, &option, &painter, this);
        painter.end();
        QPixmapCache::insert(key, picture);
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, picture);
}
