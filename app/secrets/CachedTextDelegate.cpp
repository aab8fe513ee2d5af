#include "CachedTextDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>

void CachedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const auto plain = QStyleOptionViewItem::HasDisplay;
    const auto extras =
        QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator;
    if (!(opt.features & plain) || (opt.features & extras) || (opt.state & QStyle::State_Editing) ||
        opt.text.contains(QLatin1Char('\n')) || opt.text.contains(QChar::LineSeparator)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QString text = opt.text;
    opt.text.clear();
    opt.features &= ~plain;
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // all but the text

    // The text where QCommonStyle puts it: the cell less a focus-frame margin.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, opt.widget) + 1;
    const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
    if (textRect.width() <= 0)
        return;
    const QStaticText &laidOut = layout(text, opt.font, textRect.width(), opt.textElideMode);
    QPalette::ColorGroup group =
        (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const QColor color = opt.palette.color(
        group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text);
    const QRect at =
        QStyle::alignedRect(opt.direction, opt.displayAlignment, laidOut.size().toSize(), textRect);
    // Clipped only when the text is larger than its place (a font taller than
    // the row): painter->save(), a clip and restore() for every cell were a
    // tenth of painting a screenful of new rows (tests/bench, B1).
    if (!textRect.contains(at)) {
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(color);
        painter->setClipRect(textRect, Qt::IntersectClip);
        painter->drawStaticText(at.topLeft(), laidOut);
        painter->restore();
        return;
    }
    const QPen pen = painter->pen();
    const bool otherFont = painter->font() != opt.font;
    const QFont font = otherFont ? painter->font() : QFont();
    if (otherFont)
        painter->setFont(opt.font);
    painter->setPen(color);
    painter->drawStaticText(at.topLeft(), laidOut);
    painter->setPen(pen);
    if (otherFont)
        painter->setFont(font);
}

const QStaticText &CachedTextDelegate::layout(const QString &text, const QFont &font, int width,
                                              Qt::TextElideMode mode) const
{
    if (font != m_font || m_cache.size() >= MaxCachedTexts) {
        m_cache.clear();
        m_font = font;
    }
    const Key key{text, width, int(mode)};
    auto it = m_cache.find(key);
    if (it == m_cache.end()) {
        QStaticText laidOut(QFontMetrics(font).elidedText(text, mode, width));
        laidOut.setTextFormat(Qt::PlainText);
        laidOut.setPerformanceHint(QStaticText::AggressiveCaching);
        laidOut.prepare(QTransform(), font);
        it = m_cache.insert(key, laidOut);
    }
    return *it;
}
