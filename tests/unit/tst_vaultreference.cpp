// VaultReference: every reference the app builds, in every form it copies, read
// back as Kong reads it, must name exactly its own key, property and version;
// and parse() reads what Kong reads.
//
// KongReferenceOracle.h follows Kong's sources step by step, written apart from
// lib/api/VaultReference.cpp:
//  - Kong/kong kong/pdk/vault.lua: is_reference, parse_reference (parse_url, then
//    parse_path, which decodes each segment, then ngx.unescape_uri again, '+' as
//    a space; two segments or more are resource (the key) and JSON key (property));
//  - lunarmodules/luasocket src/url.lua: parse, parse_path, unescape;
//  - openresty/lua-nginx-module src/ngx_http_lua_util.c: ngx_http_lua_unescape_uri;
//  - Kong/kong kong/conf_loader and lunarmodules/Penlight lua/pl/config.lua: a kong.conf line.
// The prefix rule is Kong's vault schema, kong/db/schema/entities/vaults.lua:
// prefix = { match = [[^[a-z][a-z%d-]-[a-z%d]+$]] }.
#include "KongReferenceOracle.h"
#include "Validation.h"
#include "VaultReference.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <yaml-cpp/yaml.h>

#include <climits>

namespace {

using Form = VaultReference::Form;

const QList<Form> AllForms{Form::Plain, Form::Yaml, Form::Json, Form::KongConf};

QString formName(Form form)
{
    switch (form) {
    case Form::Plain:
        return QStringLiteral("plain");
    case Form::Yaml:
        return QStringLiteral("YAML");
    case Form::Json:
        return QStringLiteral("JSON");
    case Form::KongConf:
        return QStringLiteral("kong.conf");
    }
    return QString();
}

// A key as a reader of a test log can see it: printable ASCII as it is, any
// other character as \u{...}.
QString describe(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const char32_t c : text.toUcs4()) {
        if (c >= 0x20 && c < 0x7F && c != '\\' && c != '"')
            out += QChar(char16_t(c));
        else
            out += QStringLiteral("\\u{%1}").arg(quint32(c), 0, 16);
    }
    return out + QLatin1Char('"');
}

// Bytes as Kong holds them: printable ASCII as it is, any other byte as \xNN.
QString describe(const QByteArray &bytes)
{
    QString out = QStringLiteral("\"");
    for (const char b : bytes) {
        const auto c = uchar(b);
        if (c >= 0x20 && c < 0x7F && c != '\\' && c != '"')
            out += QLatin1Char(b);
        else
            out += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
    }
    return out + QLatin1Char('"');
}

// What a reader of the form hands to Kong: YAML's and JSON's unquoting (as
// yaml-cpp and QJsonDocument read it), kong.conf's value as Kong's conf loader
// reads it. nullopt when the reader does not give a string.
std::optional<QByteArray> unwrap(const QString &text, Form form)
{
    switch (form) {
    case Form::Plain:
        return text.toUtf8();
    case Form::Yaml:
        try {
            const YAML::Node node = YAML::Load(text.toStdString());
            if (!node.IsScalar())
                return std::nullopt;
            return QByteArray::fromStdString(node.as<std::string>());
        } catch (const YAML::Exception &) {
            return std::nullopt;
        }
    case Form::Json: {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson("[" + text.toUtf8() + "]", &error);
        if (error.error != QJsonParseError::NoError || !document.array().at(0).isString())
            return std::nullopt;
        return document.array().at(0).toString().toUtf8();
    }
    case Form::KongConf:
        return KongOracle::kongConfValue(text.toUtf8());
    }
    return std::nullopt;
}

// Empty when Kong reads the reference, copied in `form`, as exactly its prefix,
// key, property and version; otherwise a sentence naming the key and what Kong
// makes of it.
QString kongMisreads(const VaultReference &reference, Form form)
{
    const QString text = reference.toString(form, QStringLiteral("pg_password"));
    const QString what = QStringLiteral("key %1 (property %2, version %3) copied as %4 %5: ")
                             .arg(describe(reference.key()), describe(reference.property()),
                                  QString::number(reference.version()), formName(form), text);
    if (text.isEmpty())
        return what + QStringLiteral("nothing was built");
    const std::optional<QByteArray> value = unwrap(text, form);
    if (!value)
        return what + QStringLiteral("the %1 reader does not give a string").arg(formName(form));
    const KongOracle::Result result = KongOracle::parseReference(*value);
    if (!result.reference)
        return what + QStringLiteral("Kong refuses %1: %2")
                          .arg(describe(*value), QString::fromLatin1(result.error));
    const KongOracle::Reference &kong = *result.reference;
    if (kong.name != reference.prefix().toUtf8())
        return what + QStringLiteral("Kong asks the vault %1").arg(describe(kong.name));
    if (kong.resource != reference.key().toUtf8())
        return what + QStringLiteral("Kong looks up the key %1").arg(describe(kong.resource));
    if (reference.property().isEmpty() ? kong.key.has_value()
                                       : kong.key != reference.property().toUtf8())
        return what + QStringLiteral("Kong reads the property %1")
                          .arg(kong.key ? describe(*kong.key) : QStringLiteral("(none)"));
    if (reference.version() == 0 ? kong.version.has_value()
                                 : kong.version != double(reference.version()))
        return what +
               QStringLiteral("Kong reads the version %1")
                   .arg(kong.version ? QString::number(*kong.version) : QStringLiteral("(none)"));
    if (kong.query)
        return what + QStringLiteral("Kong reads config options %1").arg(describe(*kong.query));
    return QString();
}

// Keys Konnect accepts (Validation::secretKey: 1 to 512 code points, not "." or "..").
bool konnectAccepts(const QString &key)
{
    return Validation::secretKey(key).isEmpty();
}

// A valid code point (no surrogate), often ASCII punctuation.
char32_t randomCodePoint(QRandomGenerator &random)
{
    static const QByteArray punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    static const QByteArray alnum =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    const auto notSurrogate = [&](quint32 lowest, quint32 highest) {
        while (true) {
            const char32_t c = random.bounded(lowest, highest + 1);
            if (c < 0xD800 || c > 0xDFFF)
                return c;
        }
    };
    switch (random.bounded(10)) {
    case 0:
    case 1:
    case 2:
        return char32_t(punctuation.at(random.bounded(int(punctuation.size()))));
    case 3:
    case 4:
        return char32_t(alnum.at(random.bounded(int(alnum.size()))));
    case 5:
        return random.bounded(3) ? char32_t(' ') : char32_t(random.bounded(0x20));
    case 6:
    case 7:
        return notSurrogate(0x80, 0xFFFF);
    default:
        return notSurrogate(0, 0x10FFFF);
    }
}

QString randomText(QRandomGenerator &random, int maxLength)
{
    QString text;
    const int length = 1 + random.bounded(maxLength);
    for (int i = 0; i < length; ++i) {
        const char32_t c = randomCodePoint(random);
        text += QString::fromUcs4(&c, 1);
    }
    return text;
}

// Kong's prefix pattern ^[a-z][a-z%d-]-[a-z%d]+$ in PCRE: "-" after a Lua class is
// the lazy "*?".
bool kongPrefixPattern(const QString &prefix)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9-]*?[a-z0-9]+$"));
    return pattern.match(prefix).hasMatch();
}

} // namespace

class TestVaultReference : public QObject
{
    Q_OBJECT

    // Every form of `reference` reads, in Kong, as exactly it; and parse() reads it back.
    static void checkEveryForm(const VaultReference &reference)
    {
        for (const Form form : AllForms) {
            const QString problem = kongMisreads(reference, form);
            if (!problem.isEmpty())
                QFAIL(qPrintable(problem));
        }
        const QString text = reference.toString();
        QString error;
        const auto parsed = VaultReference::parse(text, &error);
        if (!parsed || !(*parsed == reference))
            QFAIL(qPrintable(QStringLiteral("key %1: parse(%2) does not give it back (%3)")
                                 .arg(describe(reference.key()), text,
                                      parsed ? describe(parsed->key()) : error)));
    }

private slots:
    void build_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("property");
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "my-store"
                               << "stripe-api-key"
                               << "" << 0 << "{vault://my-store/stripe-api-key}";
        QTest::newRow("property") << "aws-prod"
                                  << "db"
                                  << "password" << 0 << "{vault://aws-prod/db/password}";
        QTest::newRow("version") << "hcv"
                                 << "db"
                                 << "password" << 3 << "{vault://hcv/db/password#3}";
        QTest::newRow("slash in key") << "my-store"
                                      << "postgres/password"
                                      << "" << 0 << "{vault://my-store/postgres%2Fpassword}";
        QTest::newRow("dots and underscores") << "kv"
                                              << "api.key_v2~x"
                                              << "" << 0 << "{vault://kv/api.key_v2~x}";
        // '%' and '+' twice: Kong decodes twice, the second time reading '+' as a space.
        QTest::newRow("awkward") << "kv"
                                 << "a b?c#d%e{f}+g"
                                 << "" << 0 << "{vault://kv/a%20b%3Fc%23d%2525e%7Bf%7D%252Bg}";
        QTest::newRow("db+pass") << "kv"
                                 << "db+pass"
                                 << "" << 0 << "{vault://kv/db%252Bpass}";
        QTest::newRow("a%41") << "kv"
                              << "a%41"
                              << "" << 0 << "{vault://kv/a%252541}";
        QTest::newRow("100%") << "kv"
                              << "100%"
                              << "" << 0 << "{vault://kv/100%2525}";
        QTest::newRow("plus in property") << "kv"
                                          << "db"
                                          << "pass+word" << 0 << "{vault://kv/db/pass%252Bword}";
        QTest::newRow("unicode") << "kv" << QStringLiteral("clé") << "" << 0
                                 << "{vault://kv/cl%C3%A9}";
    }

    void build()
    {
        QFETCH(QString, prefix);
        QFETCH(QString, key);
        QFETCH(QString, property);
        QFETCH(int, version);
        QFETCH(QString, expected);
        const VaultReference reference(prefix, key, property, version);
        QCOMPARE(reference.toString(), expected);
        const auto parsed = VaultReference::parse(expected);
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, reference);
        checkEveryForm(reference);
    }

    // The keys of the report, and others that mean something to a URL parser.
    void kongReadsNamedKeys_data()
    {
        QTest::addColumn<QString>("key");
        const QStringList keys{
            QStringLiteral("db+pass"),
            QStringLiteral("a%41"),
            QStringLiteral("a b"),
            QStringLiteral("a/b"),
            QStringLiteral("100%"),
            QStringLiteral("x?y"),
            QStringLiteral("x#y"),
            QStringLiteral("é"),
            QStringLiteral("😀"),
            QStringLiteral("%"),
            QStringLiteral("+"),
            QStringLiteral("%2B"),
            QStringLiteral("%%41"),
            QStringLiteral("a;b"),
            QStringLiteral("user:pw@host:1"),
            QStringLiteral("//"),
            QStringLiteral("{vault://x/y}"),
            QStringLiteral("it's \"quoted\" \\"),
            QStringLiteral("tab\there"),
            QStringLiteral("\u00A0nbsp"),
            QStringLiteral("\uFEFFbom first"),
            QString(QChar(u'\0')) + QStringLiteral("nul"),
            QStringLiteral("..."),
            QStringLiteral(".a"),
        };
        for (const QString &key : keys)
            QTest::newRow(qPrintable(describe(key))) << key;
    }

    void kongReadsNamedKeys()
    {
        QFETCH(QString, key);
        QVERIFY(konnectAccepts(key));
        for (const QString &property : {QString(), QStringLiteral("pass+word"), key}) {
            for (const int version : {0, 1, 42}) {
                checkEveryForm(VaultReference(QStringLiteral("payments"), key, property, version));
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

    // Every ASCII character, alone and between letters.
    void kongReadsEveryAsciiCharacter()
    {
        for (int c = 0; c < 0x80; ++c) {
            const QString character{QChar(char16_t(c))};
            const QString between = QStringLiteral("a") + character + QLatin1Char('b');
            for (const QString &key : {character, between}) {
                if (!konnectAccepts(key))
                    continue;
                checkEveryForm(VaultReference(QStringLiteral("kv"), key));
                checkEveryForm(VaultReference(QStringLiteral("kv"), QStringLiteral("k"), key, 7));
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

    // A few thousand keys over the whole of Unicode (no lone surrogate, as a
    // Konnect key is text), with and without a property and a version.
    void kongReadsRandomKeys()
    {
        QRandomGenerator random(20261208);
        int checked = 0;
        while (checked < 3000) {
            const QString key = randomText(random, 24);
            if (!konnectAccepts(key))
                continue;
            const QString property = random.bounded(3) == 0 ? randomText(random, 8) : QString();
            const int version = random.bounded(3) == 0 ? 1 + random.bounded(1000) : 0;
            checkEveryForm(VaultReference(QStringLiteral("store-1"), key, property, version));
            if (QTest::currentTestFailed())
                return;
            ++checked;
        }
    }

    // parse() reads what Kong reads: the same key, property and version, or a refusal.
    void parseAsKongDoes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("property");
        QTest::addColumn<int>("version");
        const auto row = [](const char *name, const QString &text, const QString &prefix,
                            const QString &key, const QString &property = QString(),
                            int version = 0) {
            QTest::newRow(name) << text << prefix << key << property << version;
        };
        row("last slash separates the property", QStringLiteral("{vault://hcv/path/to/secret/key}"),
            QStringLiteral("hcv"), QStringLiteral("path/to/secret"), QStringLiteral("key"));
        row("plus is a space", QStringLiteral("{vault://kv/db+pass}"), QStringLiteral("kv"),
            QStringLiteral("db pass"));
        row("decoded twice", QStringLiteral("{vault://kv/a%41}"), QStringLiteral("kv"),
            QStringLiteral("aA"));
        row("%25 decoded twice", QStringLiteral("{vault://kv/a%2541}"), QStringLiteral("kv"),
            QStringLiteral("aA"));
        row("%252B", QStringLiteral("{vault://kv/a%252Bb}"), QStringLiteral("kv"),
            QStringLiteral("a+b"));
        row("a lone % stays", QStringLiteral("{vault://kv/100%}"), QStringLiteral("kv"),
            QStringLiteral("100%"));
        row("a bad escape stays", QStringLiteral("{vault://kv/a%zz}"), QStringLiteral("kv"),
            QStringLiteral("a%zz"));
        row("encoded slash: one segment", QStringLiteral("{vault://kv/a%2Fb/c}"),
            QStringLiteral("kv"), QStringLiteral("a/b"), QStringLiteral("c"));
        row("empty segments dropped", QStringLiteral("{vault://kv//a//b/}"), QStringLiteral("kv"),
            QStringLiteral("a"), QStringLiteral("b"));
        row("trailing slash: no property", QStringLiteral("{vault://kv/key/}"),
            QStringLiteral("kv"), QStringLiteral("key"));
        row("parameters ignored", QStringLiteral("{vault://kv/key;x=1}"), QStringLiteral("kv"),
            QStringLiteral("key"));
        row("empty query", QStringLiteral("{vault://kv/key?}"), QStringLiteral("kv"),
            QStringLiteral("key"));
        row("userinfo and port", QStringLiteral("{vault://me:pw@kv:8200/key#2}"),
            QStringLiteral("kv"), QStringLiteral("key"), QString(), 2);
        row("version with a leading zero", QStringLiteral("{vault://kv/key#01}"),
            QStringLiteral("kv"), QStringLiteral("key"), QString(), 1);
        row("brace inside", QStringLiteral("{vault://kv/a{b}"), QStringLiteral("kv"),
            QStringLiteral("a{b"));
        row("two references: one to Kong", QStringLiteral("{vault://payments/a{vault://env/B}"),
            QStringLiteral("payments"), QStringLiteral("a{vault:/env"), QStringLiteral("B"));
        row("raw UTF-8", QStringLiteral("{vault://env/café}"), QStringLiteral("env"),
            QStringLiteral("café"));
        row("space", QStringLiteral("{vault://env/a b}"), QStringLiteral("env"),
            QStringLiteral("a b"));
    }

    void parseAsKongDoes()
    {
        QFETCH(QString, text);
        QFETCH(QString, prefix);
        QFETCH(QString, key);
        QFETCH(QString, property);
        QFETCH(int, version);
        QString error;
        const auto parsed = VaultReference::parse(text, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->prefix(), prefix);
        QCOMPARE(parsed->key(), key);
        QCOMPARE(parsed->property(), property);
        QCOMPARE(parsed->version(), version);
        // And the oracle reads the same.
        const KongOracle::Result kong = KongOracle::parseReference(text.toUtf8());
        QVERIFY(kong.reference);
        QCOMPARE(kong.reference->resource, key.toUtf8());
        QCOMPARE(kong.reference->key.value_or(QByteArray()), property.toUtf8());
    }

    // Random texts over what URL parsing reacts to: parse() accepts exactly what
    // Kong reads with a prefix Kong allows, no config options, a positive whole
    // version and UTF-8 text, and reads the same.
    void parseAgreesWithKongOnRandomTexts()
    {
        const QStringList hosts{QStringLiteral("kv"),
                                QStringLiteral("a"),
                                QStringLiteral("Kv"),
                                QStringLiteral("a-"),
                                QStringLiteral("me@kv:1"),
                                QStringLiteral("[kv]"),
                                QString(),
                                QStringLiteral("kv#1"),
                                QStringLiteral("pay-ments")};
        // What URL parsing reacts to; '#' and '?' rarer, as each ends the path.
        const QString alphabet = QStringLiteral("aabb//%%%++2541Ff;:@ {}é\t") +
                                 QStringLiteral("aabb//%%%++2541Ff;:@ {}é\t#?");
        QRandomGenerator random(77);
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 20000; ++i) {
            QString text = QStringLiteral("{vault://") + hosts.at(random.bounded(hosts.size()));
            if (random.bounded(4) != 0)
                text += QLatin1Char('/');
            const int length = random.bounded(14);
            for (int c = 0; c < length; ++c)
                text += alphabet.at(random.bounded(alphabet.size()));
            if (random.bounded(4) == 0)
                text += QStringLiteral("#") + QString::number(random.bounded(-1, 4));
            text += QLatin1Char('}');

            const KongOracle::Result kong = KongOracle::parseReference(text.toUtf8());
            // The fragment: after the first '#', before the closing brace.
            const qsizetype hash = text.indexOf(QLatin1Char('#'));
            const QString fragment = hash < 0 ? QString() : text.mid(hash + 1).chopped(1);
            static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
            const bool positiveVersion =
                hash < 0 || (digits.match(fragment).hasMatch() && fragment.toLongLong() > 0);
            // Why parse() must refuse it, if it must.
            QString refusal;
            if (!kong.reference)
                refusal =
                    QStringLiteral("Kong refuses it (%1)").arg(QString::fromLatin1(kong.error));
            else if (!kongPrefixPattern(QString::fromUtf8(kong.reference->name)))
                refusal = QStringLiteral("Kong's vault schema allows no prefix %1")
                              .arg(describe(kong.reference->name));
            else if (kong.reference->query)
                refusal = QStringLiteral("it has config options");
            else if (!positiveVersion)
                refusal = QStringLiteral("its version is not a positive whole number");
            else if (!kong.reference->resource.isValidUtf8() ||
                     !kong.reference->key.value_or(QByteArray()).isValidUtf8())
                refusal = QStringLiteral("its key is not UTF-8 text");
            const bool modelled = refusal.isEmpty();
            QString error;
            const auto parsed = VaultReference::parse(text, &error);
            if (!modelled) {
                if (parsed)
                    QFAIL(qPrintable(QStringLiteral("%1: %2, but parse() reads the key %3")
                                         .arg(text, refusal, describe(parsed->key()))));
                QVERIFY(!error.isEmpty());
                ++refused;
                continue;
            }
            ++accepted;
            if (!parsed)
                QFAIL(qPrintable(QStringLiteral("%1: Kong reads key %2, parse() refuses: %3")
                                     .arg(text, describe(kong.reference->resource), error)));
            if (parsed->prefix().toUtf8() != kong.reference->name ||
                parsed->key().toUtf8() != kong.reference->resource ||
                parsed->property().toUtf8() != kong.reference->key.value_or(QByteArray()) ||
                double(parsed->version()) != kong.reference->version.value_or(0))
                QFAIL(qPrintable(QStringLiteral("%1: Kong reads %2 %3 %4, parse() %5 %6 %7")
                                     .arg(text, describe(kong.reference->name),
                                          describe(kong.reference->resource),
                                          describe(kong.reference->key.value_or("")),
                                          describe(parsed->prefix()), describe(parsed->key()),
                                          describe(parsed->property()))));
        }
        // Both sides of the rule were tried, many times.
        QVERIFY2(accepted > 2000 && refused > 2000,
                 qPrintable(QStringLiteral("%1 accepted, %2 refused").arg(accepted).arg(refused)));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("no braces") << "vault://env/key";
        QTest::newRow("wrong scheme") << "{valut://env/key}";
        QTest::newRow("upper-case scheme") << "{VAULT://env/key}";
        QTest::newRow("space before") << " {vault://env/key}";
        QTest::newRow("newline after") << "{vault://env/key}\n";
        QTest::newRow("no key") << "{vault://env}";
        QTest::newRow("empty key") << "{vault://env/}";
        QTest::newRow("only slashes") << "{vault://env///}";
        QTest::newRow("no host") << "{vault:///key}";
        QTest::newRow("bad prefix") << "{vault://Env/key}";
        QTest::newRow("one-letter prefix") << "{vault://a/key}";
        QTest::newRow("bad version") << "{vault://env/key#x}";
        QTest::newRow("zero version") << "{vault://env/key#0}";
        QTest::newRow("empty version") << "{vault://env/key#}";
        QTest::newRow("fraction version") << "{vault://env/key#1.5}";
        QTest::newRow("hash in the host") << "{vault://env#1}";
        QTest::newRow("query") << "{vault://env/key?prefix=X}";
        QTest::newRow("not UTF-8") << "{vault://env/%FF}";
        QTest::newRow("lone surrogate") << QStringLiteral("{vault://env/") + QChar(0xD800) + '}';
    }

    void rejects()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!VaultReference::parse(text, &error));
        QVERIFY2(!error.isEmpty(), "a rejected reference says why");
    }

    // Kong's is_reference: first byte '{', "vault://" after it, last byte '}'; nothing trimmed.
    void looksLikeReference_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("reference");
        QTest::newRow("reference") << "{vault://env/key}" << true;
        QTest::newRow("nothing inside") << "{vault://}" << true;
        QTest::newRow("two inside") << "{vault://a/b} {vault://c/d}" << true;
        QTest::newRow("space before") << " {vault://env/key}" << false;
        QTest::newRow("space after") << "{vault://env/key} " << false;
        QTest::newRow("newline after") << "{vault://env/key}\n" << false;
        QTest::newRow("upper case") << "{Vault://env/key}" << false;
        QTest::newRow("no closing brace") << "{vault://env/key" << false;
        QTest::newRow("no opening brace") << "vault://env/key}" << false;
        QTest::newRow("short") << "{vault:/}" << false;
        QTest::newRow("empty") << "" << false;
    }

    void looksLikeReference()
    {
        QFETCH(QString, text);
        QFETCH(bool, reference);
        QCOMPARE(VaultReference::looksLikeReference(text), reference);
        QCOMPARE(KongOracle::isReference(text.toUtf8()), reference);
    }

    // Kong's vault schema: ^[a-z][a-z%d-]-[a-z%d]+$, for the Konnect form's check,
    // what is built and what is parsed.
    void prefixRule_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<bool>("valid");
        QTest::newRow("a") << "a" << false;
        QTest::newRow("a-") << "a-" << false;
        QTest::newRow("-a") << "-a" << false;
        QTest::newRow("ab") << "ab" << true;
        QTest::newRow("a-b") << "a-b" << true;
        QTest::newRow("a1") << "a1" << true;
        QTest::newRow("1a") << "1a" << false;
        QTest::newRow("aB") << "aB" << false;
        QTest::newRow("a--b") << "a--b" << true;
        QTest::newRow("my-vault-2") << "my-vault-2" << true;
        QTest::newRow("a_b") << "a_b" << false;
        QTest::newRow("é") << "éa" << false;
        QTest::newRow("empty") << "" << false;
    }

    void prefixRule()
    {
        QFETCH(QString, prefix);
        QFETCH(bool, valid);
        QCOMPARE(kongPrefixPattern(prefix), valid); // the pattern read right
        QCOMPARE(VaultReference::isPrefix(prefix), valid);
        const QList<InvalidParameter> errors = Validation::vaultPrefix(prefix);
        QCOMPARE(errors.isEmpty(), valid);
        if (!valid && !prefix.isEmpty())
            QCOMPARE(errors.constFirst().rule, QStringLiteral("matches_regex"));
        const VaultReference built(prefix, QStringLiteral("key"));
        QCOMPARE(built.isValid(), valid);
        QCOMPARE(built.toString().isEmpty(), !valid);
        const auto parsed = VaultReference::parse(QStringLiteral("{vault://%1/key}").arg(prefix));
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(parsed->prefix(), prefix);
    }

    void pasteForms()
    {
        const VaultReference reference(QStringLiteral("payments"), QStringLiteral("db/password"));
        QCOMPARE(reference.toString(Form::Plain),
                 QStringLiteral("{vault://payments/db%2Fpassword}"));
        QCOMPARE(reference.toString(Form::Yaml),
                 QStringLiteral("'{vault://payments/db%2Fpassword}'"));
        QCOMPARE(reference.toString(Form::Json),
                 QStringLiteral("\"{vault://payments/db%2Fpassword}\""));
        QCOMPARE(reference.toString(Form::KongConf, QStringLiteral("pg_password")),
                 QStringLiteral("pg_password = {vault://payments/db%2Fpassword}"));
        // kong.conf reads an unescaped '#' as a comment.
        const VaultReference versioned(QStringLiteral("payments"), QStringLiteral("db"),
                                       QStringLiteral("password"), 2);
        QCOMPARE(versioned.toString(Form::KongConf, QStringLiteral("pg_password")),
                 QStringLiteral("pg_password = {vault://payments/db/password\\#2}"));
        QCOMPARE(KongOracle::kongConfValue("pg_password = {vault://payments/db/password#2}"),
                 QByteArray("{vault://payments/db/password"));
    }

    void invalidBuildsNothing()
    {
        QVERIFY(VaultReference(QString(), QStringLiteral("k")).toString().isEmpty());
        QVERIFY(VaultReference(QStringLiteral("a"), QStringLiteral("k")).toString().isEmpty());
        QVERIFY(VaultReference(QStringLiteral("pk"), QString()).toString().isEmpty());
        QVERIFY(VaultReference(QStringLiteral("pk"), QStringLiteral("k"), QString(), -1)
                    .toString()
                    .isEmpty());
    }

    // The oracle itself, on the examples of its sources.
    void oracleReadsKongsExamples()
    {
        // kong/pdk/vault.lua's documentation: "{vault://env/cert/key?prefix=SSL_#1}"
        const auto kong = KongOracle::parseReference("{vault://env/cert/key?prefix=SSL_#1}");
        QVERIFY(kong.reference);
        QCOMPARE(kong.reference->name, QByteArray("env"));
        QCOMPARE(kong.reference->resource, QByteArray("cert"));
        QCOMPARE(kong.reference->key, QByteArray("key"));
        QCOMPARE(kong.reference->query, QByteArray("prefix=SSL_"));
        QCOMPARE(kong.reference->version, 1.0);
        // luasocket's documentation: "ftp://root:passwd@unsafe.org/pub/virus.exe;type=i"
        const auto url =
            KongOracle::luaSocketParse("ftp://root:passwd@unsafe.org/pub/virus.exe;type=i");
        QVERIFY(url);
        QCOMPARE(url->host, QByteArray("unsafe.org"));
        QCOMPARE(url->user, QByteArray("root"));
        QCOMPARE(url->password, QByteArray("passwd"));
        QCOMPARE(url->path, QByteArray("/pub/virus.exe"));
        QCOMPARE(url->params, QByteArray("type=i"));
        // lua-nginx-module PR #1862's case: invalid escapes keep their '%'.
        QCOMPARE(KongOracle::ngxUnescapeUri("%20%1a%a1%au%ua+"), QByteArray(" \x1a\xa1%au%ua "));
        QCOMPARE(KongOracle::luaSocketUnescape("%20%1a%a1%au%ua+"), QByteArray(" \x1a\xa1%au%ua+"));
    }
};

QTEST_GUILESS_MAIN(TestVaultReference)
#include "tst_vaultreference.moc"
