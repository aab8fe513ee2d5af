#include "RevealIcon.h"

#include <QPainter>
#include <QPixmap>

QIcon revealIcon(bool crossed)
{
    const QString name =
        crossed ? QStringLiteral("view-conceal-symbolic") : QStringLiteral("view-reveal-symbolic");
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::darkGray, 2.5));
    painter.drawEllipse(QRectF(3, 9, 26, 14));
    painter.setBrush(Qt::darkGray);
    painter.drawEllipse(QRectF(12, 12, 8, 8));
    if (crossed)
        painter.drawLine(QLineF(5, 27, 27, 5));
    painter.end();
    return QIcon(pixmap);
}
