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
    using Done = std::function<void(const ApiError &error, const QString &next)>;
    using Early = std::function<void(const QString &next)>;
    // Requests the page at `cursor`; must call `done(error, next)` once (or
    // never, when the call is cancelled). It may call `early(next)` first, as
    // soon as it knows where the following page starts: that page is then asked
    // for at once, while this one is still being parsed. `done` has the last
    // word: another `next`, an error or an empty page cancels the early request.
    using PageStep =
        std::function<ApiCall *(const QString &cursor, QObject *context, Early early, Done done)>;

    FetchAll(PageStep step, QObject *parent);

    void start();
    void cancel();
    int pagesFetched() const { return m_pages; }

    template<typename T>
    using ListFunction =
        std::function<ApiCall *(const PageRequest &, QObject *, ApiCallback<Page<T>>)>;
    // A list operation that can report the next cursor early (see PageStep).
    template<typename T>
    using EarlyListFunction =
        std::function<ApiCall *(const PageRequest &, QObject *, Early, ApiCallback<Page<T>>)>;

    // Typed front end: `list` is one of KonnectClient's list operations bound to
    // its arguments; `onPage` gets the items of each page; `onDone` the final
    // error (none on success). Neither is called after cancel().
    template<typename T>
    static FetchAll *create(ListFunction<T> list, int pageSize, QObject *context,
                            std::function<void(const QList<T> &)> onPage,
                            std::function<void(const ApiError &)> onDone)
    {
        return createEarly<T>(
            [list](const PageRequest &page, QObject *stepContext, Early,
                   ApiCallback<Page<T>> done) { return list(page, stepContext, std::move(done)); },
            pageSize, context, std::move(onPage), std::move(onDone));
    }

    template<typename T>
    static FetchAll *createEarly(EarlyListFunction<T> list, int pageSize, QObject *context,
                                 std::function<void(const QList<T> &)> onPage,
                                 std::function<void(const ApiError &)> onDone)
    {
        auto step = [list, pageSize, onPage](const QString &cursor, QObject *stepContext,
                                             Early early, Done done) {
            return list(PageRequest{pageSize, cursor}, stepContext, std::move(early),
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
