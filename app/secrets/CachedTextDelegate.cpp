#include "CachedTextDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QStyle>

#include <algorithm>

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
    if (!styleDrawsNothing(style, opt))
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
    // the row): painter->save(), a clip and restore() for every cell were about
    // 5% of painting a screenful of new rows (tests/bench, B1).
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

bool CachedTextDelegate::styleDrawsNothing(const QStyle *style,
                                           const QStyleOptionViewItem &option) const
{
    if (option.backgroundBrush.style() != Qt::NoBrush || option.rect.isEmpty())
        return false;
    const CellKind kind{style,
                        option.widget,
                        option.palette.cacheKey(),
                        int(option.state),
                        int(option.features),
                        option.rect.size(),
                        int(option.direction),
                        int(option.displayAlignment),
                        int(option.viewItemPosition),
                        option.showDecorationSelected};
    if (const auto it = m_drawsNothing.constFind(kind); it != m_drawsNothing.constEnd())
        return *it;
    if (m_drawsNothing.size() >= MaxProbes)
        m_drawsNothing.clear();
    ++m_probes;
    QImage probe(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
    probe.fill(Qt::transparent);
    {
        QPainter painter(&probe);
        QStyleOptionViewItem atOrigin = option;
        atOrigin.rect = probe.rect();
        style->drawControl(QStyle::CE_ItemViewItem, &atOrigin, &painter, option.widget);
    }
    bool nothing = true;
    for (int y = 0; y < probe.height() && nothing; ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(probe.constScanLine(y));
        nothing = std::all_of(line, line + probe.width(), [](QRgb pixel) { return pixel == 0; });
    }
    m_drawsNothing.insert(kind, nothing);
    return nothing;
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
