#include "SecretsPageReader.h"

#include "JsonReader.h"
#include "JsonScan.h"
#include "Pagination.h"

namespace SecretsPageReader {

namespace {

class Reader
{
public:
    explicit Reader(const QByteArray &body)
        : m_data(body.constData())
        , m_size(body.size())
        , m_body(body)
    {
    }

    void skipSpace() { m_at = JsonScan::skipSpace(m_body, m_at); }

    bool take(char c)
    {
        skipSpace();
        if (m_at < m_size && m_data[m_at] == c) {
            ++m_at;
            return true;
        }
        return false;
    }

    bool peek(char c)
    {
        skipSpace();
        return m_at < m_size && m_data[m_at] == c;
    }

    // A string of printable ASCII without escapes; false for anything else.
    bool plainString(QLatin1String *out)
    {
        if (!take('"'))
            return false;
        const qsizetype start = m_at;
        while (m_at < m_size) {
            const auto c = static_cast<unsigned char>(m_data[m_at]);
            if (c == '"') {
                *out = QLatin1String(m_data + start, m_at - start);
                ++m_at;
                return true;
            }
            if (c == '\\' || c < 0x20 || c >= 0x80)
                return false;
            ++m_at;
        }
        return false;
    }

    // The bytes of the next value, stepped over (JsonScan's rules).
    bool skippedValue(QByteArray *out)
    {
        skipSpace();
        const qsizetype end = JsonScan::valueEnd(m_body, m_at);
        if (end < 0)
            return false;
        *out = m_body.mid(m_at, end - m_at);
        m_at = end;
        return true;
    }

    bool atEnd()
    {
        skipSpace();
        return m_at == m_size;
    }

private:
    const char *m_data;
    qsizetype m_size;
    const QByteArray &m_body;
    qsizetype m_at = 0;
};

bool readSecret(Reader &reader, ConfigStoreSecret *secret)
{
    if (!reader.take('{'))
        return false;
    bool key = false, created = false, updated = false, value = false;
    if (reader.take('}'))
        return false; // no key
    do {
        QLatin1String name, text;
        if (!reader.plainString(&name) || !reader.take(':') || !reader.plainString(&text))
            return false;
        bool *seen = name == QLatin1String("key")          ? &key
                     : name == QLatin1String("created_at") ? &created
                     : name == QLatin1String("updated_at") ? &updated
                     : name == QLatin1String("value")      ? &value
                                                           : nullptr;
        if (!seen || *seen)
            return false; // unknown or repeated
        *seen = true;
        if (seen == &key) {
            secret->key = QString(text);
        } else if (seen != &value) { // "value" is write-only: never read
            QDateTime when;
            if (!text.isEmpty()) {
                when = JsonReader::parseUtcTimestamp(text);
                if (!when.isValid())
                    return false;
            }
            (seen == &created ? secret->createdAt : secret->updatedAt) = when;
        }
    } while (reader.take(','));
    return reader.take('}') && key;
}

} // namespace

bool read(const QByteArray &body, Page<ConfigStoreSecret> *page)
{
    Reader reader(body);
    if (!reader.take('{'))
        return false;
    QList<ConfigStoreSecret> items;
    QByteArray meta;
    bool data = false;
    do {
        QLatin1String name;
        if (!reader.plainString(&name) || !reader.take(':'))
            return false;
        if (name == QLatin1String("data") && !data) {
            data = true;
            if (!reader.take('['))
                return false;
            if (!reader.take(']')) {
                do {
                    ConfigStoreSecret secret;
                    if (!readSecret(reader, &secret))
                        return false;
                    items.append(std::move(secret));
                } while (reader.take(','));
                if (!reader.take(']'))
                    return false;
            }
        } else if (name == QLatin1String("meta") && meta.isNull()) {
            if (!reader.peek('{') || !reader.skippedValue(&meta))
                return false;
        } else {
            return false;
        }
    } while (reader.take(','));
    if (!reader.take('}') || !reader.atEnd() || !data || meta.isNull())
        return false;

    QString next;
    if (!readCursorPageMetaValue(meta, &next))
        return false;
    page->items = std::move(items);
    page->next = next;
    page->total = -1;
    return true;
}

} // namespace SecretsPageReader
