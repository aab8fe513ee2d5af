// ReferenceScanner: every {vault://...} string of an entity, with its JSON path,
// whole or embedded, valid or not; a whole one read as Kong reads it
// (kong.vault.is_reference and parse_reference, kong/pdk/vault.lua).
#include "ReferenceScanner.h"
#include "referencescanner_fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestReferenceScanner : public QObject
{
    Q_OBJECT

    static QJsonObject json(const char *text)
    {
        return QJsonDocument::fromJson(QByteArray(text)).object();
    }

private slots:
    void pathsOfNestedFieldsAndArrays()
    {
        const QJsonObject plugin = json(PluginWithReferences);
        const QList<FoundReference> found = ReferenceScanner::scan(plugin);
        QCOMPARE(found.size(), 3);
        QHash<QString, FoundReference> byPath;
        for (const FoundReference &f : found)
            byPath.insert(f.path, f);
        QVERIFY(byPath.contains(QStringLiteral("config.client_secret")));
        QVERIFY(byPath.contains(QStringLiteral("config.headers[2]")));
        QVERIFY(byPath.contains(QStringLiteral("config.redis.nodes[0].password")));

        const FoundReference secret = byPath.value(QStringLiteral("config.client_secret"));
        QVERIFY(secret.isValid());
        QVERIFY(!secret.embedded);
        QCOMPARE(secret.reference->prefix(), QStringLiteral("payments"));
        QCOMPARE(secret.reference->key(), QStringLiteral("oidc-secret"));
        // Percent-encoded slash: one key holding '/'.
        QCOMPARE(byPath.value(QStringLiteral("config.redis.nodes[0].password")).reference->key(),
                 QStringLiteral("redis/password"));
    }

    void noReferencesNoResults()
    {
        QVERIFY(ReferenceScanner::scan(json(NoReferences)).isEmpty());
        QVERIFY(ReferenceScanner::scan(QJsonObject()).isEmpty());
    }

    void embeddedReferences()
    {
        const QList<FoundReference> found = ReferenceScanner::scanString(
            QStringLiteral("Bearer {vault://payments/token} and {vault://aws-prod/other#2}!"),
            QStringLiteral("config.headers[1]"));
        QCOMPARE(found.size(), 2);
        QVERIFY(found.at(0).embedded);
        QVERIFY(found.at(1).embedded);
        QCOMPARE(found.at(0).text, QStringLiteral("{vault://payments/token}"));
        QCOMPARE(found.at(0).reference->key(), QStringLiteral("token"));
        QCOMPARE(found.at(1).reference->prefix(), QStringLiteral("aws-prod"));
        QCOMPARE(found.at(1).reference->version(), 2);
        QCOMPARE(found.at(1).path, QStringLiteral("config.headers[1]"));
    }

    // Kong's is_reference tests the first and last bytes: with spaces around, the
    // value is a literal string to Kong, and the reference in it is embedded.
    void surroundingWhitespaceMakesItEmbedded()
    {
        const auto found = ReferenceScanner::scanString(QStringLiteral("  {vault://env/HOME}\n"),
                                                        QStringLiteral("cert"));
        QCOMPARE(found.size(), 1);
        QVERIFY(found.constFirst().embedded);
        QCOMPARE(found.constFirst().text, QStringLiteral("{vault://env/HOME}"));
        QVERIFY(found.constFirst().isValid());
    }

    // A value that is a reference to Kong is one, read as Kong reads it, whatever
    // it holds between its braces.
    void wholeValueIsOneReferenceAsKongReadsIt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("property");
        QTest::newRow("plus is a space") << "{vault://payments/db+pass}"
                                         << "payments"
                                         << "db pass"
                                         << "";
        QTest::newRow("decoded twice") << "{vault://payments/a%2541}"
                                       << "payments"
                                       << "aA"
                                       << "";
        QTest::newRow("a bad escape stays") << "{vault://payments/a%zz}"
                                            << "payments"
                                            << "a%zz"
                                            << "";
        QTest::newRow("a second scheme inside") << "{vault://payments/a{vault://env/B}"
                                                << "payments"
                                                << "a{vault:/env"
                                                << "B";
        QTest::newRow("two references") << "{vault://kv/b} {vault://cd/e}"
                                        << "kv"
                                        << "b} {vault:/cd"
                                        << "e";
    }

    void wholeValueIsOneReferenceAsKongReadsIt()
    {
        QFETCH(QString, text);
        QFETCH(QString, prefix);
        QFETCH(QString, key);
        QFETCH(QString, property);
        const auto found = ReferenceScanner::scanString(text, QStringLiteral("config.x"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().text, text);
        QVERIFY(!found.constFirst().embedded);
        QVERIFY2(found.constFirst().isValid(), qPrintable(found.constFirst().problem));
        QCOMPARE(found.constFirst().reference->prefix(), prefix);
        QCOMPARE(found.constFirst().reference->key(), key);
        QCOMPARE(found.constFirst().reference->property(), property);
    }

    void propertyAfterTheLastSlash()
    {
        const auto found =
            ReferenceScanner::scanString(QStringLiteral("{vault://hashicorp/redis/password}"),
                                         QStringLiteral("config.password"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().reference->key(), QStringLiteral("redis"));
        QCOMPARE(found.constFirst().reference->property(), QStringLiteral("password"));
    }

    void malformedReferences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("found");
        QTest::newRow("no key") << "{vault://payments}"
                                << "{vault://payments}";
        QTest::newRow("empty key") << "{vault://payments/}"
                                   << "{vault://payments/}";
        QTest::newRow("bad prefix") << "{vault://Payments/key}"
                                    << "{vault://Payments/key}";
        QTest::newRow("unterminated") << "x {vault://payments/key"
                                      << "{vault://payments/key";
        QTest::newRow("not UTF-8") << "{vault://payments/a%FF}"
                                   << "{vault://payments/a%FF}";
        QTest::newRow("one-letter prefix") << "{vault://p/key}"
                                           << "{vault://p/key}";
        QTest::newRow("bad version") << "{vault://payments/key#v1}"
                                     << "{vault://payments/key#v1}";
        QTest::newRow("upper-case scheme") << "{VAULT://payments/key}"
                                           << "{VAULT://payments/key}";
        QTest::newRow("nested open") << "x {vault://payments/a{vault://env/B}"
                                     << "{vault://payments/a";
    }

    void malformedReferences()
    {
        QFETCH(QString, text);
        QFETCH(QString, found);
        const auto result = ReferenceScanner::scanString(text, QStringLiteral("config.x"));
        QVERIFY(!result.isEmpty());
        QCOMPARE(result.constFirst().text, found);
        QVERIFY(!result.constFirst().isValid());
        QVERIFY(!result.constFirst().problem.isEmpty());
        QCOMPARE(result.constFirst().path, QStringLiteral("config.x"));
    }

    void nestedOpenStillFindsTheSecondReference()
    {
        const auto result = ReferenceScanner::scanString(
            QStringLiteral("x {vault://payments/a{vault://env/B}"), QStringLiteral("p"));
        QCOMPARE(result.size(), 2);
        QVERIFY(result.at(1).isValid());
        QCOMPARE(result.at(1).reference->key(), QStringLiteral("B"));
    }
};

QTEST_GUILESS_MAIN(TestReferenceScanner)
#include "tst_referencescanner.moc"
