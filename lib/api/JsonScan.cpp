#include "JsonScan.h"

namespace JsonScan {

namespace {

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
        while (i < m_size &&
               (m_data[i] == ' ' || m_data[i] == '\t' || m_data[i] == '\n' || m_data[i] == '\r'))
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
               m_data[i] != ' ' && m_data[i] != '\t' && m_data[i] != '\n' && m_data[i] != '\r')
            ++i;
        return i > start ? i : -1;
    }

    QByteArrayView view(qsizetype from, qsizetype to) const
    {
        return QByteArrayView(m_data + from, to - from);
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

} // namespace JsonScan
