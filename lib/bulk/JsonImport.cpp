// A JSON object of string values. Read with a small scanner of its own rather
// than QJsonDocument, because an import needs what QJsonDocument hides: the
// line of each key, keys given twice, and the raw bytes of each string (so
// invalid UTF-8 or a lone \uD800 surrogate is reported for that row only).
#include "ImportFormats.h"
#include "ImportText.h"

namespace ImportFormats {

namespace {

class JsonReader
{
public:
    explicit JsonReader(const QByteArray &data)
        : m_data(data)
    {
    }

    bool read(QList<RawRow> *rows)
    {
        skipWhitespace();
        if (peek() != '{')
            return fail(ImportText::tr("A JSON import must be one object of \"KEY\": \"value\" "
                                       "pairs"));
        ++m_pos;
        skipWhitespace();
        if (peek() == '}') {
            ++m_pos;
            return expectEnd();
        }
        for (;;) {
            skipWhitespace();
            RawRow row;
            row.line = m_line;
            if (peek() != '"')
                return fail(ImportText::tr("Expected a key in double quotes"));
            if (!readString(&row.key))
                return false;
            skipWhitespace();
            if (peek() != ':')
                return fail(ImportText::tr("Expected ':' after the key"));
            ++m_pos;
            skipWhitespace();
            if (!readValue(&row))
                return false;
            rows->append(row);
            skipWhitespace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                return expectEnd();
            }
            return fail(ImportText::tr("Expected ',' or '}'"));
        }
    }

    QString error() const { return m_error; }
    int errorLine() const { return m_errorLine; }

private:
    char peek() const { return m_pos < m_data.size() ? m_data.at(m_pos) : '\0'; }
    bool atEnd() const { return m_pos >= m_data.size(); }

    bool fail(const QString &message)
    {
        if (m_error.isEmpty()) {
            m_error =
                atEnd() ? ImportText::tr("%1 (at the end of the file)").arg(message) : message;
            m_errorLine = m_line;
        }
        return false;
    }

    void skipWhitespace()
    {
        while (!atEnd()) {
            const char c = m_data.at(m_pos);
            if (c == '\n')
                ++m_line;
            else if (c != ' ' && c != '\t' && c != '\r')
                return;
            ++m_pos;
        }
    }

    bool expectEnd()
    {
        skipWhitespace();
        return atEnd() || fail(ImportText::tr("Unexpected text after the closing '}'"));
    }

    static void appendUtf8(QByteArray *out, uint code)
    {
        // Plain UTF-8 encoding; a lone surrogate comes out as its 3-byte form,
        // which the UTF-8 check rejects later, as it should.
        if (code < 0x80) {
            out->append(char(code));
        } else if (code < 0x800) {
            out->append(char(0xC0 | (code >> 6)));
            out->append(char(0x80 | (code & 0x3F)));
        } else if (code < 0x10000) {
            out->append(char(0xE0 | (code >> 12)));
            out->append(char(0x80 | ((code >> 6) & 0x3F)));
            out->append(char(0x80 | (code & 0x3F)));
        } else {
            out->append(char(0xF0 | (code >> 18)));
            out->append(char(0x80 | ((code >> 12) & 0x3F)));
            out->append(char(0x80 | ((code >> 6) & 0x3F)));
            out->append(char(0x80 | (code & 0x3F)));
        }
    }

    bool readHex4(uint *code)
    {
        if (m_pos + 4 > m_data.size())
            return fail(ImportText::tr("Incomplete \\u escape"));
        bool ok = false;
        *code = m_data.mid(m_pos, 4).toUInt(&ok, 16);
        if (!ok)
            return fail(ImportText::tr("Invalid \\u escape"));
        m_pos += 4;
        return true;
    }

    bool readString(QByteArray *out)
    {
        ++m_pos; // opening quote
        while (!atEnd()) {
            const char c = m_data.at(m_pos++);
            if (c == '"')
                return true;
            if (uchar(c) < 0x20)
                return fail(ImportText::tr("A string holds a raw control character or line "
                                           "break; write it as \\n, \\t or \\u00XX"));
            if (c != '\\') {
                out->append(c);
                continue;
            }
            const char escaped = peek();
            ++m_pos;
            switch (escaped) {
            case '"':
                out->append('"');
                break;
            case '\\':
                out->append('\\');
                break;
            case '/':
                out->append('/');
                break;
            case 'b':
                out->append('\b');
                break;
            case 'f':
                out->append('\f');
                break;
            case 'n':
                out->append('\n');
                break;
            case 'r':
                out->append('\r');
                break;
            case 't':
                out->append('\t');
                break;
            case 'u': {
                uint code = 0;
                if (!readHex4(&code))
                    return false;
                if (code >= 0xD800 && code < 0xDC00 && m_data.mid(m_pos, 2) == "\\u") {
                    const qsizetype save = m_pos;
                    m_pos += 2;
                    uint low = 0;
                    if (!readHex4(&low))
                        return false;
                    if (low >= 0xDC00 && low < 0xE000)
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                    else
                        m_pos = save; // not a pair: the high surrogate stays alone
                }
                appendUtf8(out, code);
                break;
            }
            default:
                return fail(
                    ImportText::tr("Invalid escape \\%1").arg(QString::fromLatin1(&escaped, 1)));
            }
        }
        return fail(ImportText::tr("A string is never closed"));
    }

    // Skips a value that is not a string, checking only that it is balanced.
    bool skipNested()
    {
        int depth = 0;
        while (!atEnd()) {
            const char c = peek();
            if (c == '"') {
                QByteArray ignored;
                if (!readString(&ignored))
                    return false;
                continue;
            }
            if (c == '\n')
                ++m_line;
            ++m_pos;
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return true;
        }
        return fail(ImportText::tr("An object or list is never closed"));
    }

    bool readValue(RawRow *row)
    {
        const char c = peek();
        if (c == '"')
            return readString(&row->value);
        if (c == '{' || c == '[') {
            row->rule = QStringLiteral("nested");
            row->reason = c == '{' ? ImportText::tr("Value is an object, not a string: nested "
                                                    "values are not imported")
                                   : ImportText::tr("Value is a list, not a string: nested "
                                                    "values are not imported");
            return skipNested();
        }
        const qsizetype start = m_pos;
        while (!atEnd() && QByteArrayView("+-.0123456789eEtruefalsn").contains(peek()))
            ++m_pos;
        const QByteArray literal = m_data.mid(start, m_pos - start);
        row->rule = QStringLiteral("type");
        // Never the value itself: the preview's Status column shows the reason.
        if (literal == "true" || literal == "false") {
            row->reason = ImportText::tr("Value is a boolean, not a string: put it in double "
                                         "quotes to import it as text");
        } else if (literal == "null") {
            row->reason = ImportText::tr("Value is null, not a string");
        } else {
            bool isNumber = false;
            literal.toDouble(&isNumber);
            if (!isNumber)
                return fail(ImportText::tr("Expected a value in double quotes"));
            row->reason = ImportText::tr("Value is a number, not a string: put it in double "
                                         "quotes to import it as text");
        }
        return true;
    }

    const QByteArray &m_data;
    qsizetype m_pos = 0;
    int m_line = 1;
    QString m_error;
    int m_errorLine = 0;
};

} // namespace

bool parseJson(const QByteArray &data, QList<RawRow> *rows, QString *error, int *errorLine)
{
    JsonReader reader(data);
    if (reader.read(rows))
        return true;
    rows->clear();
    *error = reader.error();
    *errorLine = reader.errorLine();
    return false;
}

} // namespace ImportFormats
