#include "FetchAll.h"

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
    m_current = m_step(cursor, this, [this, cursor](const ApiError &error, const QString &next) {
        if (m_done)
            return;
        ++m_pages;
        // A server that hands back the cursor it was given would loop forever.
        if (!error.isError() && !next.isEmpty() && next != cursor) {
            fetch(next);
            return;
        }
        m_done = true;
        emit finished(error);
        deleteLater();
    });
}
