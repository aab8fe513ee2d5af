#include "FetchAll.h"

#include <memory>

FetchAll::FetchAll(PageStep step, QObject *parent)
    : QObject(parent)
    , m_step(std::move(step))
{
}

void FetchAll::start()
{
    fetch(QString());
}

void FetchAll::cancel()
{
    if (m_done)
        return;
    m_done = true;
    if (m_current)
        m_current->cancel();
    emit cancelled();
    deleteLater();
}

void FetchAll::fetch(const QString &cursor)
{
    // The cursor of the following page when it was asked for early.
    auto sentEarly = std::make_shared<QString>();
    const auto early = [this, cursor, sentEarly](const QString &next) {
        if (m_done || next.isEmpty() || next == cursor || !sentEarly->isEmpty())
            return;
        *sentEarly = next;
        fetch(next);
    };
    const auto done = [this, cursor, sentEarly](const ApiError &error, const QString &next) {
        if (m_done)
            return;
        ++m_pages;
        // A server that hands back the cursor it was given would loop forever.
        const bool more = !error.isError() && !next.isEmpty() && next != cursor;
        if (!sentEarly->isEmpty()) {
            if (more && next == *sentEarly)
                return; // already on its way
            if (m_current)
                m_current->cancel(); // the early request, for a page that is not next
        }
        if (more) {
            fetch(next);
            return;
        }
        m_done = true;
        emit finished(error);
        deleteLater();
    };
    m_current = m_step(cursor, this, early, done);
}
