// Import parsing: .env, JSON and YAML, every edge the formats allow, and the
// invalid rows with the rule each breaks.
#include "ImportParser.h"
#include "Validation.h"
#include "import_fixtures.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

const ImportRow *rowFor(const ImportResult &result, const QString &key)
{
    for (const ImportRow &row : result.rows) {
        if (row.key == key)
            return &row;
    }
    return nullptr;
}

QString ruleOf(const ImportResult &result, int line)
{
    for (const ImportRow &row : result.rows) {
        if (row.line == line)
            return row.isValid() ? QStringLiteral("valid") : row.rule;
    }
    return QStringLiteral("no row");
}

} // namespace

class TestImportParser : public QObject
{
    Q_OBJECT

private slots:
    void env()
    {
        const ImportResult result = ImportParser::parse(Fixtures::env, ImportFormat::Env);
        QVERIFY(result.ok());
        QStringList keys;
        for (const ImportRow &row : result.rows) {
            QVERIFY2(row.isValid(), qPrintable(row.key + QLatin1String(": ") + row.reason));
            keys.append(row.key);
        }
        QCOMPARE(keys, (QStringList{"STRIPE_KEY", "EXPORTED", "SINGLE", "DOUBLE", "HASH",
                                    "QUOTED_HASH", "TLS_KEY", "postgres/password", "AFTER_PEM"}));
        QCOMPARE(rowFor(result, "STRIPE_KEY")->value, QStringLiteral("sk_test_made_up"));
        QCOMPARE(rowFor(result, "STRIPE_KEY")->line, 3);
        QCOMPARE(rowFor(result, "EXPORTED")->value, QStringLiteral("spaced value"));
        QCOMPARE(rowFor(result, "SINGLE")->value, QStringLiteral("$HOME \\n literal"));
        QCOMPARE(rowFor(result, "DOUBLE")->value,
                 QStringLiteral("tab\there \"quoted\" back\\slash\nnew"));
        QCOMPARE(rowFor(result, "HASH")->value, QStringLiteral("abc#def"));
        QCOMPARE(rowFor(result, "QUOTED_HASH")->value, QStringLiteral("a # not a comment"));
        QCOMPARE(rowFor(result, "TLS_KEY")->value, QString::fromLatin1(Fixtures::pem));
        QCOMPARE(rowFor(result, "TLS_KEY")->line, 9);
        QCOMPARE(rowFor(result, "postgres/password")->line, 13);
        QCOMPARE(rowFor(result, "AFTER_PEM")->line, 15);
        QCOMPARE(rowFor(result, "AFTER_PEM")->valueLength, 4);
    }

    void envSingleQuotes()
    {
        const auto result = ImportParser::parse("A='lit $HOME \\n \"x\"'\nB='multi\nline'\n"
                                                "C='it''s'\n",
                                                ImportFormat::Env);
        QCOMPARE(rowFor(result, "A")->value, QStringLiteral("lit $HOME \\n \"x\""));
        QCOMPARE(rowFor(result, "B")->value, QStringLiteral("multi\nline"));
        QCOMPARE(rowFor(result, "C")->rule, QStringLiteral("syntax"));
    }

    void envCrLfAndBom()
    {
        const auto result = ImportParser::parse("\xEF\xBB\xBF"
                                                "A=one\r\nB=\"two\r\nlines\"\r\n",
                                                ImportFormat::Env);
        QCOMPARE(result.rows.size(), 2);
        QCOMPARE(rowFor(result, "A")->value, QStringLiteral("one"));
        QCOMPARE(rowFor(result, "B")->value, QStringLiteral("two\nlines"));
    }

    void envInvalidRows()
    {
        const auto result = ImportParser::parse(Fixtures::envInvalid, ImportFormat::Env);
        QVERIFY(result.ok());
        QCOMPARE(ruleOf(result, 1), QStringLiteral("min_length"));
        QCOMPARE(ruleOf(result, 2), QStringLiteral("syntax"));
        QCOMPARE(ruleOf(result, 3), QStringLiteral("syntax"));
        QCOMPARE(ruleOf(result, 4), QStringLiteral("utf8"));
        QCOMPARE(ruleOf(result, 5), QStringLiteral("syntax"));
        QCOMPARE(ruleOf(result, 6), QStringLiteral("no_nul"));
        QCOMPARE(ruleOf(result, 7), QStringLiteral("min_length"));
        QCOMPARE(ruleOf(result, 8), QStringLiteral("duplicate"));
        QCOMPARE(ruleOf(result, 9), QStringLiteral("valid"));
        QCOMPARE(ruleOf(result, 10), QStringLiteral("duplicate"));
        QCOMPARE(ruleOf(result, 11), QStringLiteral("syntax"));
        QCOMPARE(result.rows.size(), 11); // SWALLOWED is inside the open quote
        QCOMPARE(result.validCount(), 1);
        // Reasons name the field and the lines.
        QVERIFY(result.rows.at(0).reason.startsWith(QLatin1String("Value ")));
        QVERIFY(result.rows.at(6).reason.startsWith(QLatin1String("Key ")));
        QVERIFY2(result.rows.at(7).reason.contains(QLatin1String("lines 8, 10")),
                 qPrintable(result.rows.at(7).reason));
        QVERIFY(result.rows.at(10).reason.contains(QLatin1String("line 11")));
        // Invalid rows keep no value, but say how long it was.
        for (const ImportRow &row : result.rows) {
            if (!row.isValid())
                QVERIFY(row.value.isEmpty());
        }
        QCOMPARE(result.rows.at(3).valueLength, 4); // 4 bytes, not UTF-8
    }

    void limits_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("rule");
        const QByteArray longKey(Validation::SecretKeyMax + 1, 'k');
        const QByteArray maxKey(Validation::SecretKeyMax, 'k');
        const QByteArray longValue(Validation::SecretValueMax + 1, 'v');
        const QByteArray maxValue(Validation::SecretValueMax, 'v');
        QTest::newRow("key too long") << QByteArray(longKey + "=v") << "max_length";
        QTest::newRow("longest key") << QByteArray(maxKey + "=v") << "";
        QTest::newRow("value too long") << QByteArray("K=" + longValue) << "max_length";
        QTest::newRow("longest value") << QByteArray("K=" + maxValue) << "";
        // Counted in code points: 5120 'é' (10240 bytes) is still within the limit.
        QByteArray accents;
        for (int i = 0; i < Validation::SecretValueMax; ++i)
            accents.append("\xc3\xa9");
        QTest::newRow("longest value, 2-byte characters") << QByteArray("K=" + accents) << "";
    }

    void limits()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, rule);
        const auto result = ImportParser::parse(content, ImportFormat::Env);
        QCOMPARE(result.rows.size(), 1);
        QCOMPARE(result.rows.constFirst().rule, rule);
    }

    void json()
    {
        const auto result = ImportParser::parse(Fixtures::json, ImportFormat::Json);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.rows.size(), 14);
        QCOMPARE(rowFor(result, "STRIPE_KEY")->value, QStringLiteral("sk_test_made_up"));
        QCOMPARE(rowFor(result, "STRIPE_KEY")->line, 2);
        QCOMPARE(rowFor(result, "escapes")->value,
                 QStringLiteral("line\nbreak \"q\" \u00e9 \U0001F600 /"));
        QCOMPARE(rowFor(result, "tls")->value,
                 QStringLiteral("-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----"));
        QCOMPARE(rowFor(result, "port")->rule, QStringLiteral("type"));
        // The reason (the preview's Status column) says what to do, never the
        // value: a number may be a PIN.
        QVERIFY(rowFor(result, "port")->reason.contains(QLatin1String("double quotes")));
        QVERIFY(!rowFor(result, "port")->reason.contains(QLatin1String("5432")));
        QVERIFY(!rowFor(result, "enabled")->reason.contains(QLatin1String("true")));
        QCOMPARE(rowFor(result, "enabled")->rule, QStringLiteral("type"));
        QCOMPARE(rowFor(result, "nothing")->rule, QStringLiteral("type"));
        QCOMPARE(rowFor(result, "nested")->rule, QStringLiteral("nested"));
        QCOMPARE(rowFor(result, "list")->rule, QStringLiteral("nested"));
        QCOMPARE(rowFor(result, "nul")->rule, QStringLiteral("no_nul"));
        QCOMPARE(rowFor(result, "lone")->rule, QStringLiteral("utf8"));
        QCOMPARE(rowFor(result, "raw")->rule, QStringLiteral("utf8"));
        QCOMPARE(rowFor(result, "empty")->rule, QStringLiteral("min_length"));
        QCOMPARE(ruleOf(result, 14), QStringLiteral("duplicate"));
        QCOMPARE(ruleOf(result, 15), QStringLiteral("duplicate"));
        QCOMPARE(result.validCount(), 3);
    }

    void jsonFileErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::newRow("array") << QByteArray("[\"a\"]") << "must be one object";
        QTest::newRow("missing comma")
            << QByteArray("{\n\"a\": \"b\"\n\"c\": \"d\"}") << "Line 3: Expected ',' or '}'";
        QTest::newRow("unquoted value") << QByteArray("{\"a\": b}") << "Line 1:";
        QTest::newRow("raw newline") << QByteArray("{\"a\": \"x\ny\"}") << "control character";
        QTest::newRow("unclosed") << QByteArray("{\"a\": \"b\"") << "at the end of the file";
        QTest::newRow("trailing text") << QByteArray("{}\nx") << "after the closing";
    }

    void jsonFileErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        const auto result = ImportParser::parse(content, ImportFormat::Json);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
        QVERIFY(result.rows.isEmpty());
    }

    void jsonEmptyObject()
    {
        const auto result = ImportParser::parse(" { } ", ImportFormat::Json);
        QVERIFY(result.ok());
        QVERIFY(result.rows.isEmpty());
    }

    void yaml()
    {
        const auto result = ImportParser::parse(Fixtures::yaml, ImportFormat::Yaml);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(rowFor(result, "STRIPE_KEY")->value, QStringLiteral("sk_test_made_up"));
        QCOMPARE(rowFor(result, "STRIPE_KEY")->line, 2);
        QCOMPARE(rowFor(result, "quoted")->value, QStringLiteral("123"));
        QCOMPARE(rowFor(result, "single")->value, QStringLiteral("yes"));
        // A literal block keeps its final line break (clip chomping).
        QCOMPARE(rowFor(result, "tls")->value, QString::fromLatin1(Fixtures::pem + "\n"));
        QCOMPARE(rowFor(result, "url")->value, QStringLiteral("https://example.com:8443/x?y=1"));
        for (const char *key : {"port", "ratio", "enabled", "off_switch", "nothing", "tilde"})
            QCOMPARE(rowFor(result, QString::fromLatin1(key))->rule, QStringLiteral("type"));
        QVERIFY(rowFor(result, "enabled")->reason.contains(QLatin1String("quotes")));
        QVERIFY(!rowFor(result, "enabled")->reason.contains(QLatin1String("yes")));
        QVERIFY(!rowFor(result, "port")->reason.contains(QLatin1String("5432")));
        QCOMPARE(rowFor(result, "nested")->rule, QStringLiteral("nested"));
        QCOMPARE(rowFor(result, "list")->rule, QStringLiteral("nested"));
        QCOMPARE(rowFor(result, "raw")->rule, QStringLiteral("utf8"));
        QCOMPARE(ruleOf(result, 22), QStringLiteral("duplicate"));
        QCOMPARE(ruleOf(result, 23), QStringLiteral("duplicate"));
        QCOMPARE(result.validCount(), 5);
    }

    // Streams on which yaml-cpp 0.7's LoadAll looped for ever (jbeder/yaml-cpp
    // #1040; found by fuzz_import_yaml): the import ends, importing nothing.
    void yamlThatHungTheParserEnds()
    {
        for (const QByteArray &text :
             {QByteArray(",: "), QByteArray(","), QByteArray("a: b\n,\n")}) {
            const auto result = ImportParser::parse(text, ImportFormat::Yaml);
            QCOMPARE(result.validCount(), 0);
        }
        // Documents are still counted where "---" starts them.
        const auto documents =
            ImportParser::parse("a: one\n---\nb: two\n---\nc: three\n", ImportFormat::Yaml);
        QCOMPARE(documents.validCount(), 1);
        QVERIFY2(documents.warnings.join(u' ').contains(QLatin1String("3 YAML document")),
                 qPrintable(documents.warnings.join(u' ')));
    }

    // Aliases repeat a scalar without repeating its text: a value too long to
    // be valid is never copied, and copies beyond MaxExpandedBytes refuse the file.
    void yamlAliasesCannotAmplify()
    {
        QByteArray small = "a: &x made-up\nb: *x\n";
        const auto normal = ImportParser::parse(small, ImportFormat::Yaml);
        QVERIFY2(normal.ok(), qPrintable(normal.error));
        QCOMPARE(normal.validCount(), 2);
        QCOMPARE(rowFor(normal, "b")->value, QStringLiteral("made-up"));

        // A 1 MiB anchor referenced 5,000 times: 5 GiB if copied.
        QByteArray huge = "big: &a \"" + QByteArray(1024 * 1024, 'x') + "\"\n";
        for (int i = 0; i < 5000; ++i)
            huge += "k" + QByteArray::number(i) + ": *a\n";
        const auto tooLong = ImportParser::parse(huge, ImportFormat::Yaml);
        QVERIFY2(tooLong.ok(), qPrintable(tooLong.error));
        QCOMPARE(tooLong.rows.size(), 5001);
        QCOMPARE(tooLong.validCount(), 0);
        QCOMPARE(rowFor(tooLong, "k4999")->rule, QStringLiteral("max_length"));
        QVERIFY(rowFor(tooLong, "k4999")->value.isEmpty());

        // Values of a valid length, repeated past the bound: the file is refused.
        QByteArray wide = "v: &b \"" + QByteArray(Validation::SecretValueMax, 'y') + "\"\n";
        for (int i = 0; i < 4000; ++i) // 4,000 x 5 KiB = 20 MiB
            wide += "w" + QByteArray::number(i) + ": *b\n";
        const auto expanded = ImportParser::parse(wide, ImportFormat::Yaml);
        QVERIFY(!expanded.ok());
        QVERIFY2(expanded.error.contains(QLatin1String("YAML aliases")),
                 qPrintable(expanded.error));
        QVERIFY(expanded.rows.isEmpty());
    }

    void yamlStripChomping()
    {
        const auto result = ImportParser::parse("K: |-\n  a\n  b\n", ImportFormat::Yaml);
        QCOMPARE(rowFor(result, "K")->value, QStringLiteral("a\nb"));
    }

    void yamlFileErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::newRow("list") << QByteArray("- a\n- b\n") << "must be a map";
        QTest::newRow("scalar") << QByteArray("just text\n") << "must be a map";
        QTest::newRow("syntax") << QByteArray("a: b\nc: [1\n") << "Not valid YAML";
    }

    void yamlFileErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        const auto result = ImportParser::parse(content, ImportFormat::Yaml);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
    }

    void yamlDocuments()
    {
        const auto empty = ImportParser::parse("# nothing\n", ImportFormat::Yaml);
        QVERIFY(empty.ok());
        QVERIFY(empty.rows.isEmpty());
        const auto two = ImportParser::parse("a: b\n---\nc: d\n", ImportFormat::Yaml);
        QCOMPARE(two.rows.size(), 1);
        QCOMPARE(two.warnings, QStringList{"The file holds 2 YAML document(s); only the first "
                                           "is imported"});
    }

    void detect_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("format");
        const int env = int(ImportFormat::Env);
        const int json = int(ImportFormat::Json);
        const int yaml = int(ImportFormat::Yaml);
        QTest::newRow(".env") << ".env" << QByteArray() << env;
        QTest::newRow(".env.production") << "/x/.env.production" << QByteArray() << env;
        QTest::newRow("prod.env") << "prod.env" << QByteArray("a: b") << env;
        QTest::newRow("json ext") << "s.JSON" << QByteArray() << json;
        QTest::newRow("yml ext") << "s.yml" << QByteArray() << yaml;
        QTest::newRow("yaml ext") << "s.yaml" << QByteArray("A=b") << yaml;
        QTest::newRow("content json") << "secrets.txt" << QByteArray("\n  {\"a\": \"b\"}") << json;
        QTest::newRow("content env") << "secrets" << QByteArray("# c\nexport A=b\n") << env;
        QTest::newRow("content env url") << "s" << QByteArray("URL=http://x:1/") << env;
        QTest::newRow("content yaml") << "secrets" << QByteArray("# c\nA: b=c\n") << yaml;
        QTest::newRow("content yaml doc") << "secrets" << QByteArray("---\nA: b\n") << yaml;
        QTest::newRow("unknown") << "secrets.txt" << QByteArray("hello world") << 0;
    }

    void detect()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(int, format);
        QCOMPARE(int(ImportParser::detect(name, content)), format);
    }

    void parseFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("secrets.yaml"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("A: one\nB: two\n");
        }
        const auto result = ImportParser::parseFile(path);
        QCOMPARE(result.format, ImportFormat::Yaml);
        QCOMPARE(result.rows.size(), 2);

        const auto missing = ImportParser::parseFile(dir.filePath(QStringLiteral("nope.env")));
        QVERIFY(missing.error.startsWith(QLatin1String("Cannot open")));

        const QString big = dir.filePath(QStringLiteral("big.env"));
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(ImportParser::MaxFileSize + 1));
        }
        QVERIFY(ImportParser::parseFile(big).error.contains(QLatin1String("too large")));

        const auto unknown = ImportParser::parse("hello", ImportFormat::Unknown);
        QVERIFY(unknown.error.contains(QLatin1String("not recognised")));
    }
};

QTEST_GUILESS_MAIN(TestImportParser)
#include "tst_importparser.moc"
