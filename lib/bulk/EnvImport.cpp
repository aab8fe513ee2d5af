// .env files: KEY=value lines, an optional `export ` prefix, `#` comments and
// blank lines; values unquoted (a ` #` starts a comment), single-quoted
// (literal) or double-quoted (with \n \r \t \" \\ escapes); quoted values may
// span several lines (PEM). A line that cannot be read becomes an invalid row;
// the rest of the file is still read.
#include "ImportFormats.h"
#include "ImportText.h"

namespace ImportFormats {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

class EnvReader
{
public:
    explicit EnvReader(const QByteArray &data)
        : m_data(data)
    {
    }

    void read(QList<RawRow> *rows)
    {
        while (m_pos < m_data.size()) {
            skipBlanks();
            if (atLineEnd()) {
                nextLine();
                continue;
            }
            if (peek() == '#') {
                skipToLineEnd();
                nextLine();
                continue;
            }
            rows->append(readAssignment());
            nextLine();
        }
    }

private:
    char peek() const { return m_pos < m_data.size() ? m_data.at(m_pos) : '\0'; }
    bool atLineEnd() const { return m_pos >= m_data.size() || m_data.at(m_pos) == '\n'; }
    void skipBlanks()
    {
        while (m_pos < m_data.size() && isBlank(m_data.at(m_pos)))
            ++m_pos;
    }
    void skipToLineEnd()
    {
        while (!atLineEnd())
            ++m_pos;
    }
    void nextLine()
    {
        if (m_pos < m_data.size()) {
            ++m_pos; // the '\n'
            ++m_line;
        }
    }

    RawRow readAssignment()
    {
        RawRow row;
        row.line = m_line;
        if (m_data.mid(m_pos, 6) == "export" && m_pos + 6 < m_data.size() &&
            isBlank(m_data.at(m_pos + 6))) {
            m_pos += 6;
            skipBlanks();
        }
        const qsizetype keyStart = m_pos;
        while (!atLineEnd() && peek() != '=')
            ++m_pos;
        row.key = m_data.mid(keyStart, m_pos - keyStart).trimmed();
        if (atLineEnd()) {
            row.rule = QStringLiteral("syntax");
            row.reason = ImportText::tr("Line %1 is not KEY=value").arg(row.line);
            return row;
        }
        for (const char c : std::as_const(row.key)) {
            if (isBlank(c) || c == '"' || c == '\'') {
                row.rule = QStringLiteral("syntax");
                row.reason = ImportText::tr("The key on line %1 contains a space or a quote; "
                                            "write KEY=value")
                                 .arg(row.line);
                skipToLineEnd();
                return row;
            }
        }
        ++m_pos; // '='
        skipBlanks();
        const char quote = peek();
        if (quote == '"' || quote == '\'')
            readQuoted(quote, &row);
        else
            readUnquoted(&row);
        return row;
    }

    void readUnquoted(RawRow *row)
    {
        const qsizetype start = m_pos;
        qsizetype end = start;
        while (!atLineEnd()) {
            const char c = m_data.at(m_pos);
            if (c == '#' && m_pos > start && isBlank(m_data.at(m_pos - 1)))
                break; // " # comment"
            ++m_pos;
            end = m_pos;
        }
        skipToLineEnd();
        QByteArray value = m_data.mid(start, end - start);
        while (!value.isEmpty() && isBlank(value.back()))
            value.chop(1);
        row->value = value;
    }

    void readQuoted(char quote, RawRow *row)
    {
        const int openedOn = m_line;
        ++m_pos; // opening quote
        QByteArray value;
        bool closed = false;
        while (m_pos < m_data.size()) {
            const char c = m_data.at(m_pos++);
            if (c == quote) {
                closed = true;
                break;
            }
            if (c == '\n')
                ++m_line;
            if (c == '\\' && quote == '"' && m_pos < m_data.size()) {
                const char escaped = m_data.at(m_pos++);
                switch (escaped) {
                case 'n':
                    value.append('\n');
                    break;
                case 'r':
                    value.append('\r');
                    break;
                case 't':
                    value.append('\t');
                    break;
                case '"':
                    value.append('"');
                    break;
                case '\\':
                    value.append('\\');
                    break;
                default: // unknown escapes stay as written
                    value.append('\\');
                    if (escaped == '\n')
                        ++m_line;
                    value.append(escaped);
                }
                continue;
            }
            value.append(c);
        }
        if (!closed) {
            row->rule = QStringLiteral("syntax");
            row->reason =
                ImportText::tr("The quote opened on line %1 is never closed").arg(openedOn);
            return;
        }
        row->value = value;
        skipBlanks();
        if (peek() == '#') {
            skipToLineEnd();
        } else if (!atLineEnd()) {
            row->rule = QStringLiteral("syntax");
            row->reason =
                ImportText::tr("Unexpected text after the closing quote on line %1").arg(m_line);
            skipToLineEnd();
        }
    }

    const QByteArray &m_data;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace

bool parseEnv(const QByteArray &data, QList<RawRow> *rows, QString *, int *)
{
    QByteArray text = data;
    text.replace("\r\n", "\n");
    EnvReader(text).read(rows);
    return true;
}

} // namespace ImportFormats
