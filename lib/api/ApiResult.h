#pragma once

#include "ApiError.h"

#include <QList>
#include <QString>

#include <functional>
#include <utility>

// A typed value or an ApiError.
template<typename T>
class ApiResult
{
public:
    static ApiResult success(T value)
    {
        ApiResult result;
        result.m_value = std::move(value);
        return result;
    }
    static ApiResult failure(ApiError error)
    {
        ApiResult result;
        result.m_error = std::move(error);
        return result;
    }

    bool ok() const { return !m_error.isError(); }
    const T &value() const { return m_value; }
    const ApiError &error() const { return m_error; }

private:
    T m_value{};
    ApiError m_error;
};

template<typename T>
using ApiCallback = std::function<void(const ApiResult<T> &)>;

// For operations that answer 204 No Content.
struct NoContent
{
};

// One page of a list. `next` is the opaque position of the following page in
// whichever pagination style the operation uses (page number, page[after]
// cursor or offset); empty on the last page.
template<typename T>
struct Page
{
    QList<T> items;
    QString next;
    int total = -1; // known only for page-number pagination
};

// Which page to ask for. size 0 means the largest the spec allows (or the
// client's configured default where it sets none); cursor empty = first page.
struct PageRequest
{
    int size = 0;
    QString cursor;
};
