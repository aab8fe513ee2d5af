#pragma once

#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

class ApiError;

// The page[size] of the lists whose spec sets no maximum for it
// (list-control-planes, list-config-stores, list-config-store-secrets).
// A list asks for Preferred items per page, never more than the person's
// page-size setting. When Konnect refuses a size (400 whose invalid_parameters
// name page[size]), the same call asks again with Fallback, then with no
// page[size] at all (the server's default); the smaller size is kept for that
// list, so every later page of it asks that size at once.
// One instance per session, shared by the clients made with the same settings
// (SecretStream's, on its own thread).
class PageSizes
{
public:
    enum class List { ControlPlanes, ConfigStores, Secrets };
    static constexpr int Preferred = 1000;
    static constexpr int Fallback = 100;
    static constexpr int Omitted = 0; // no page[size] in the query

    PageSizes();

    // What a page of `list` asks for: `requested` when the caller chose (> 0),
    // else the smaller of `setting` and what the list may still ask.
    int sizeFor(List list, int requested, int setting) const;

    // ApiRequest::resendAs for a page of `list` that asked sizeFor(list, 0, setting).
    static std::function<QUrl(const QUrl &, const ApiError &)>
    fallback(std::shared_ptr<PageSizes> sizes, List list, int setting);

    // True when `error` is a 400 whose invalid_parameters name page[size].
    static bool refusesPageSize(const ApiError &error);
    // `url` with page[size]=`size` in place of the one it has (none for Omitted).
    static QUrl withPageSize(const QUrl &url, int size);
    // The page[size] of `url`; Omitted when it has none.
    static int pageSizeOf(const QUrl &url);

private:
    std::atomic<int> m_allowed[3];
};
