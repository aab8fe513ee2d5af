#include "VaultReference.h"

#include <QRandomGenerator>
#include <QTest>

class TestVaultReference : public QObject
{
    Q_OBJECT

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
        QTest::newRow("awkward") << "kv"
                                 << "a b?c#d%e{f}"
                                 << "" << 0 << "{vault://kv/a%20b%3Fc%23d%25e%7Bf%7D}";
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
    }

    void parseAsKongDoes()
    {
        // Unescaped slashes: the last one separates the property, as in Kong.
        const auto parsed =
            VaultReference::parse(QStringLiteral("  {vault://hcv/path/to/secret/key}"));
        QVERIFY(parsed);
        QCOMPARE(parsed->prefix(), QStringLiteral("hcv"));
        QCOMPARE(parsed->key(), QStringLiteral("path/to/secret"));
        QCOMPARE(parsed->property(), QStringLiteral("key"));
        QCOMPARE(parsed->version(), 0);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("no braces") << "vault://env/key";
        QTest::newRow("wrong scheme") << "{valut://env/key}";
        QTest::newRow("no key") << "{vault://env}";
        QTest::newRow("empty key") << "{vault://env/}";
        QTest::newRow("empty property") << "{vault://env/key/}";
        QTest::newRow("bad prefix") << "{vault://Env/key}";
        QTest::newRow("bad version") << "{vault://env/key#x}";
        QTest::newRow("zero version") << "{vault://env/key#0}";
        QTest::newRow("bad escape") << "{vault://env/a%zz}";
        QTest::newRow("nested brace") << "{vault://env/a{b}";
        QTest::newRow("query") << "{vault://env/key?prefix=X}";
    }

    void rejects()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!VaultReference::parse(text, &error));
        QVERIFY2(!error.isEmpty(), "a rejected reference says why");
    }

    void pasteForms()
    {
        const VaultReference reference(QStringLiteral("payments"), QStringLiteral("db/password"));
        QCOMPARE(reference.toString(VaultReference::Form::Plain),
                 QStringLiteral("{vault://payments/db%2Fpassword}"));
        QCOMPARE(reference.toString(VaultReference::Form::Yaml),
                 QStringLiteral("'{vault://payments/db%2Fpassword}'"));
        QCOMPARE(reference.toString(VaultReference::Form::Json),
                 QStringLiteral("\"{vault://payments/db%2Fpassword}\""));
        QCOMPARE(reference.toString(VaultReference::Form::KongConf, QStringLiteral("pg_password")),
                 QStringLiteral("pg_password = {vault://payments/db%2Fpassword}"));
    }

    void invalidBuildsNothing()
    {
        QVERIFY(VaultReference(QString(), QStringLiteral("k")).toString().isEmpty());
        QVERIFY(VaultReference(QStringLiteral("p"), QString()).toString().isEmpty());
    }

    // Property: any key and property survive build then parse.
    void roundTripRandomKeys()
    {
        QRandomGenerator random(20261125);
        const QString alphabet = QStringLiteral("abcXYZ019-_.~/ %?#{}\\:@!$&'()*+,;=\"éß漢😀");
        for (int i = 0; i < 2000; ++i) {
            auto randomText = [&](int maxLength) {
                QString text;
                const int length = 1 + random.bounded(maxLength);
                for (int c = 0; c < length; ++c) {
                    const int index = random.bounded(alphabet.size());
                    // Keep surrogate pairs whole.
                    if (alphabet.at(index).isLowSurrogate())
                        text += alphabet.mid(index - 1, 2);
                    else if (alphabet.at(index).isHighSurrogate())
                        text += alphabet.mid(index, 2);
                    else
                        text += alphabet.at(index);
                }
                return text;
            };
            const VaultReference reference(QStringLiteral("store-1"), randomText(24),
                                           random.bounded(2) ? randomText(8) : QString(),
                                           random.bounded(3));
            const QString text = reference.toString();
            const auto parsed = VaultReference::parse(text);
            QVERIFY2(parsed.has_value(), qPrintable(text));
            QCOMPARE(*parsed, reference);
        }
    }
};

QTEST_GUILESS_MAIN(TestVaultReference)
#include "tst_vaultreference.moc"
