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
class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int MaxCachedTexts = 4096; // then the cache starts over

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    int cachedTexts() const { return int(m_cache.size()); }

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

    mutable QHash<Key, QStaticText> m_cache;
    mutable QFont m_font; // of the cached texts
};
