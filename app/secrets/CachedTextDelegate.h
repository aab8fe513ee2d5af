#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

// Paints a cell's one line of plain text from a cache of laid-out, elided
// texts (QStaticText) instead of laying it out again on every paint. The
// style's item text drawing shapes each cell's text two or three times per
// paint; that was most of a repaint of the secrets table, which happens on
// every batch of a loading store and every filter keystroke (tests/bench, B1
// and B2). Background, selection, focus and everything else are the style's;
// cells with an icon, a check box or several lines are painted by
// QStyledItemDelegate as they are.
//
// Most cells are plain (not selected, hovered or focused, no background of
// their own), and most styles draw nothing for such a cell but its text: asking
// the style anyway was a tenth of painting a screenful of new rows. Whether the
// style draws anything for a cell of that kind (style, widget, palette, state,
// size...) is found out once, on a transparent image, and the style is only
// asked for cells where it does.
class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int MaxCachedTexts = 4096; // then the cache starts over
    static constexpr int MaxProbes = 256;       // kinds of cells probed (column widths...)

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    int cachedTexts() const { return int(m_cache.size()); }
    int probes() const { return m_probes; }

private:
    struct Key
    {
        QString text;
        int width;
        int elideMode;
        bool operator==(const Key &other) const
        {
            return width == other.width && elideMode == other.elideMode && text == other.text;
        }
    };
    friend size_t qHash(const Key &key, size_t seed = 0)
    {
        return qHashMulti(seed, key.text, key.width, key.elideMode);
    }

    const QStaticText &layout(const QString &text, const QFont &font, int width,
                              Qt::TextElideMode mode) const;

    // What decides whether the style draws anything for a cell without text.
    struct CellKind
    {
        const QStyle *style;
        const QWidget *widget;
        qint64 palette;
        int state;
        int features;
        QSize size;
        int direction;
        int alignment;
        int position;
        bool showDecorationSelected;
        bool operator==(const CellKind &other) const
        {
            return style == other.style && widget == other.widget && palette == other.palette &&
                   state == other.state && features == other.features && size == other.size &&
                   direction == other.direction && alignment == other.alignment &&
                   position == other.position &&
                   showDecorationSelected == other.showDecorationSelected;
        }
    };
    friend size_t qHash(const CellKind &kind, size_t seed = 0)
    {
        return qHashMulti(seed, quintptr(kind.style), quintptr(kind.widget), kind.palette,
                          kind.state, kind.features, kind.size.width(), kind.size.height(),
                          kind.direction, kind.alignment, kind.position,
                          kind.showDecorationSelected);
    }
    // `option` holds no text, icon or check box.
    bool styleDrawsNothing(const QStyle *style, const QStyleOptionViewItem &option) const;

    mutable QHash<Key, QStaticText> m_cache;
    mutable QFont m_font; // of the cached texts
    mutable QHash<CellKind, bool> m_drawsNothing;
    mutable int m_probes = 0;
};
