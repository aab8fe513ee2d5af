// ReferenceScanner: every {vault://...} string of an entity, with its JSON path,
// whole or embedded, valid or not.
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

    void wholeStringWithSurroundingWhitespaceIsNotEmbedded()
    {
        const auto found = ReferenceScanner::scanString(QStringLiteral("  {vault://env/HOME}\n"),
                                                        QStringLiteral("cert"));
        QCOMPARE(found.size(), 1);
        QVERIFY(!found.constFirst().embedded);
        QVERIFY(found.constFirst().isValid());
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
        QTest::newRow("bad escape") << "{vault://payments/a%zz}"
                                    << "{vault://payments/a%zz}";
        QTest::newRow("bad version") << "{vault://payments/key#v1}"
                                     << "{vault://payments/key#v1}";
        QTest::newRow("upper-case scheme") << "{VAULT://payments/key}"
                                           << "{VAULT://payments/key}";
        QTest::newRow("nested open") << "{vault://payments/a{vault://env/B}"
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
            QStringLiteral("{vault://payments/a{vault://env/B}"), QStringLiteral("p"));
        QCOMPARE(result.size(), 2);
        QVERIFY(result.at(1).isValid());
        QCOMPARE(result.at(1).reference->key(), QStringLiteral("B"));
    }
};

QTEST_GUILESS_MAIN(TestReferenceScanner)
#include "tst_referencescanner.moc"
