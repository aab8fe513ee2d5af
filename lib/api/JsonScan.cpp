#include "JsonScan.h"

namespace JsonScan {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

class Scanner
{
public:
    explicit Scanner(const QByteArray &json)
        : m_data(json.constData())
        , m_size(json.size())
    {
    }

    qsizetype skipSpace(qsizetype i) const
    {
        while (i < m_size && isSpace(m_data[i]))
            ++i;
        return i;
    }

    bool at(qsizetype i, char c) const { return i >= 0 && i < m_size && m_data[i] == c; }

    // `i` at an opening quote: the index after the closing one, or -1.
    qsizetype skipString(qsizetype i) const
    {
        for (++i; i < m_size; ++i) {
            if (m_data[i] == '\\')
                ++i; // the escaped character (\uXXXX: its hex digits are plain bytes)
            else if (m_data[i] == '"')
                return i + 1;
        }
        return -1;
    }

    // `i` at the first byte of a value: the index after it, or -1.
    qsizetype skipValue(qsizetype i) const
    {
        if (i >= m_size)
            return -1;
        const char first = m_data[i];
        if (first == '"')
            return skipString(i);
        if (first == '{' || first == '[') {
            int depth = 0;
            while (i < m_size) {
                const char c = m_data[i];
                if (c == '"') {
                    i = skipString(i);
                    if (i < 0)
                        return -1;
                    continue;
                }
                if (c == '{' || c == '[')
                    ++depth;
                else if (c == '}' || c == ']') {
                    if (--depth == 0)
                        return i + 1;
                }
                ++i;
            }
            return -1;
        }
        // A number, true, false or null: up to the next delimiter.
        const qsizetype start = i;
        while (i < m_size && m_data[i] != ',' && m_data[i] != '}' && m_data[i] != ']' &&
               !isSpace(m_data[i]))
            ++i;
        return i > start ? i : -1;
    }

    QByteArrayView view(qsizetype from, qsizetype to) const
    {
        return QByteArrayView(m_data + from, to - from);
    }

    // Backwards: the index of the last byte at or before `i` that is not JSON whitespace.
    qsizetype skipSpaceBack(qsizetype i) const
    {
        while (i >= 0 && isSpace(m_data[i]))
            --i;
        return i;
    }

    // `i` at a closing quote: the index of its opening quote, or -1. Outside a
    // string JSON has no backslash, so the opening quote is the first one
    // before `i` that follows an even run of backslashes.
    qsizetype stringStart(qsizetype i) const
    {
        for (--i; i >= 0; --i) {
            if (m_data[i] != '"')
                continue;
            qsizetype slashes = 0;
            while (i - 1 - slashes >= 0 && m_data[i - 1 - slashes] == '\\')
                ++slashes;
            if (slashes % 2 == 0)
                return i;
        }
        return -1;
    }

    // `i` at the last byte of a value: the index of its first byte, or -1.
    qsizetype valueStart(qsizetype i) const
    {
        if (i < 0)
            return -1;
        const char last = m_data[i];
        if (last == '"')
            return stringStart(i);
        if (last == '}' || last == ']') {
            int depth = 0;
            for (; i >= 0; --i) {
                const char c = m_data[i];
                if (c == '"') {
                    i = stringStart(i);
                    if (i < 0)
                        return -1;
                } else if (c == '}' || c == ']') {
                    ++depth;
                } else if ((c == '{' || c == '[') && --depth == 0) {
                    return i;
                }
            }
            return -1;
        }
        const qsizetype end = i;
        while (i >= 0 && m_data[i] != ',' && m_data[i] != ':' && m_data[i] != '{' &&
               m_data[i] != '[' && !isSpace(m_data[i]))
            --i;
        return i < end ? i + 1 : -1;
    }

private:
    const char *m_data;
    qsizetype m_size;
};

} // namespace

qsizetype skipSpace(const QByteArray &json, qsizetype from)
{
    return Scanner(json).skipSpace(from);
}

qsizetype valueEnd(const QByteArray &json, qsizetype from)
{
    return from < 0 ? -1 : Scanner(json).skipValue(from);
}

QByteArray topLevelMember(const QByteArray &json, QByteArrayView name)
{
    const Scanner scan(json);
    qsizetype i = scan.skipSpace(0);
    if (!scan.at(i, '{'))
        return QByteArray();
    i = scan.skipSpace(i + 1);
    if (scan.at(i, '}'))
        return QByteArray();
    for (;;) {
        if (!scan.at(i, '"'))
            return QByteArray();
        const qsizetype keyEnd = scan.skipString(i);
        if (keyEnd < 0)
            return QByteArray();
        const QByteArrayView key = scan.view(i + 1, keyEnd - 1);
        i = scan.skipSpace(keyEnd);
        if (!scan.at(i, ':'))
            return QByteArray();
        const qsizetype valueStart = scan.skipSpace(i + 1);
        const qsizetype valueEnd = scan.skipValue(valueStart);
        if (valueEnd < 0)
            return QByteArray();
        if (key == name)
            return json.mid(valueStart, valueEnd - valueStart);
        i = scan.skipSpace(valueEnd);
        if (!scan.at(i, ','))
            return QByteArray();
        i = scan.skipSpace(i + 1);
    }
}

QByteArray lastTopLevelMember(const QByteArray &json, QByteArrayView name)
{
    const Scanner scan(json);
    qsizetype i = scan.skipSpaceBack(json.size() - 1);
    if (!scan.at(i, '}'))
        return QByteArray();
    const qsizetype valueLast = scan.skipSpaceBack(i - 1);
    const qsizetype valueFirst = scan.valueStart(valueLast);
    if (valueFirst < 0)
        return QByteArray();
    i = scan.skipSpaceBack(valueFirst - 1);
    if (!scan.at(i, ':'))
        return QByteArray();
    const qsizetype keyLast = scan.skipSpaceBack(i - 1);
    if (!scan.at(keyLast, '"'))
        return QByteArray();
    const qsizetype keyFirst = scan.stringStart(keyLast);
    if (keyFirst < 0)
        return QByteArray();
    // Before the key: the comma after the previous member, or the document's
    // opening brace (then nothing but whitespace may come before it).
    i = scan.skipSpaceBack(keyFirst - 1);
    if (scan.at(i, '{') ? scan.skipSpaceBack(i - 1) >= 0 : !scan.at(i, ','))
        return QByteArray();
    if (scan.view(keyFirst + 1, keyLast) != name)
        return QByteArray();
    return json.mid(valueFirst, valueLast + 1 - valueFirst);
}

} // namespace JsonScan
