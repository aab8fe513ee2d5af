#pragma once

#include "ApiCall.h"
#include "ApiResult.h"

#include <QObject>
#include <QPointer>

#include <functional>

// Walks every page of a list operation, handing each page to the caller as it
// arrives so the first rows show at once. Cancellable between and during
// pages; deletes itself when done or cancelled.
class FetchAll : public QObject
{
    Q_OBJECT

public:
    // Requests the page at `cursor`; must call `done(error, next)` once (or
    // never, when the call is cancelled).
    using PageStep = std::function<ApiCall *(
        const QString &cursor, QObject *context,
        std::function<void(const ApiError &error, const QString &next)> done)>;

    FetchAll(PageStep step, QObject *parent);

    void start();
    void cancel();
    int pagesFetched() const { return m_pages; }

    template<typename T>
    using ListFunction =
        std::function<ApiCall *(const PageRequest &, QObject *, ApiCallback<Page<T>>)>;

    // Typed front end: `list` is one of KonnectClient's list operations bound to
    // its arguments; `onPage` gets the items of each page; `onDone` the final
    // error (none on success). Neither is called after cancel().
    template<typename T>
    static FetchAll *create(ListFunction<T> list, int pageSize, QObject *context,
                            std::function<void(const QList<T> &)> onPage,
                            std::function<void(const ApiError &)> onDone)
    {
        auto step = [list, pageSize,
                     onPage](const QString &cursor, QObject *stepContext,
                             std::function<void(const ApiError &, const QString &)> done) {
            return list(PageRequest{pageSize, cursor}, stepContext,
                        [onPage, done](const ApiResult<Page<T>> &result) {
                            if (!result.ok()) {
                                done(result.error(), QString());
                                return;
                            }
                            onPage(result.value().items);
                            done(ApiError(),
                                 result.value().items.isEmpty() ? QString() : result.value().next);
                        });
        };
        auto *fetch = new FetchAll(std::move(step), context);
        connect(fetch, &FetchAll::finished, context, std::move(onDone));
        fetch->start();
        return fetch;
    }

signals:
    void finished(const ApiError &error);
    void cancelled();

private:
    void fetch(const QString &cursor);

    PageStep m_step;
    QPointer<ApiCall> m_current;
    int m_pages = 0;
    bool m_done = false;
};
