#include "PageSize.h"

#include "ApiError.h"
#include "ApiLogging.h"
#include "Pagination.h"

#include <QStringList>

#include <algorithm>

namespace {

const QString PageSizeName = QStringLiteral("page[size]");

bool isPageSizeItem(const QString &item)
{
    return QUrl::fromPercentEncoding(item.section(QLatin1Char('='), 0, 0).toLatin1()) ==
           PageSizeName;
}

} // namespace

PageSizes::PageSizes()
{
    for (std::atomic<int> &allowed : m_allowed)
        allowed.store(Preferred);
}

int PageSizes::sizeFor(List list, int requested, int setting) const
{
    if (requested > 0)
        return requested;
    const int allowed = m_allowed[int(list)].load();
    if (allowed == Omitted)
        return Omitted;
    return setting > 0 ? std::min(allowed, setting) : allowed;
}

std::function<QUrl(const QUrl &, const ApiError &)>
PageSizes::fallback(std::shared_ptr<PageSizes> sizes, List list, int setting)
{
    return [sizes = std::move(sizes), list, setting](const QUrl &refused, const ApiError &error) {
        const int asked = pageSizeOf(refused);
        if (asked == Omitted || !refusesPageSize(error))
            return QUrl(); // nothing smaller to ask, or refused for something else
        // Every size from `asked` up is refused: the list asks less from now on.
        const int below = asked > Fallback ? Fallback : Omitted;
        std::atomic<int> &allowed = sizes->m_allowed[int(list)];
        int current = allowed.load();
        while (current > below && !allowed.compare_exchange_weak(current, below)) {
        }
        const int next = sizes->sizeFor(list, 0, setting);
        const QByteArray again =
            next == Omitted
                ? QByteArrayLiteral("without page[size]")
                : QByteArrayLiteral("with page[size]=").append(QByteArray::number(next));
        qCInfo(lcApi, "page[size]=%d refused; asking again %s", asked, again.constData());
        return withPageSize(refused, next);
    };
}

bool PageSizes::refusesPageSize(const ApiError &error)
{
    if (error.kind() != ApiError::Kind::Http || error.httpStatus() != 400)
        return false;
    const QList<InvalidParameter> parameters = error.invalidParameters();
    return std::any_of(parameters.cbegin(), parameters.cend(),
                       [](const InvalidParameter &p) { return p.field == PageSizeName; });
}

QUrl PageSizes::withPageSize(const QUrl &url, int size)
{
    const QString sizeItem = PageSizeName + QLatin1Char('=') + QString::number(size);
    QStringList items;
    bool placed = false;
    const QStringList current =
        url.query(QUrl::FullyEncoded).split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &item : current) {
        if (!isPageSizeItem(item)) {
            items.append(item);
        } else if (!placed) {
            placed = true;
            if (size != Omitted)
                items.append(sizeItem);
        }
    }
    if (!placed && size != Omitted)
        items.prepend(sizeItem);
    QUrl result = url;
    result.setQuery(items.isEmpty() ? QString() : items.join(QLatin1Char('&')), QUrl::StrictMode);
    return result;
}

int PageSizes::pageSizeOf(const QUrl &url)
{
    bool ok = false;
    const int size = queryValueByQUrl(url.toString(QUrl::FullyEncoded), PageSizeName).toInt(&ok);
    return ok && size > 0 ? size : Omitted;
}
