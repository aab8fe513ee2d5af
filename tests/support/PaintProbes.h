#pragma once

// What widget tests check of painting: how often a widget was painted, and
// its pixels as the window shows them (offscreen platform).
#include <QEvent>
#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QScreen>
#include <QWidget>

class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

// A widget's pixels as its window shows them.
inline QImage onScreen(QWidget *widget)
{
    const QPoint at = widget->mapTo(widget->window(), QPoint(0, 0));
    return widget->screen()
        ->grabWindow(widget->window()->winId(), at.x(), at.y(), widget->width(), widget->height())
        .toImage();
}
