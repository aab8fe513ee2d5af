#include "TokenFormat.h"

#include <QTest>

using TokenFormat::Kind;

namespace {
const QString Body49 = QStringLiteral("Abc123_xyz0Abc123_xyz0Abc123_xyz0Abc123_xyz0Abc12");
} // namespace

class TestTokenFormat : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("token");
        QTest::addColumn<Kind>("kind");
        const QString kpat = QStringLiteral("kpat_") + Body49;
        const QString spat = QStringLiteral("spat_") + Body49;
        QTest::newRow("personal") << kpat << kpat << Kind::Personal;
        QTest::newRow("system account") << spat << spat << Kind::SystemAccount;
        QTest::newRow("pasted with newline")
            << kpat + QStringLiteral("\n") << kpat << Kind::Personal;
        QTest::newRow("pasted with spaces and CRLF")
            << QStringLiteral("  \t") + kpat + QStringLiteral(" \r\n") << kpat << Kind::Personal;
        QTest::newRow("shortest") << QStringLiteral("kpat_") + QString(20, QLatin1Char('a'))
                                  << QStringLiteral("kpat_") + QString(20, QLatin1Char('a'))
                                  << Kind::Personal;
        QTest::newRow("longest") << QStringLiteral("spat_") + QString(200, QLatin1Char('Z'))
                                 << QStringLiteral("spat_") + QString(200, QLatin1Char('Z'))
                                 << Kind::SystemAccount;
    }

    void accepts()
    {
        QFETCH(QString, input);
        QFETCH(QString, token);
        QFETCH(Kind, kind);
        const TokenFormat::Result result = TokenFormat::check(input);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.token, token);
        QCOMPARE(result.kind, kind);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << QStringLiteral("Paste");
        QTest::newRow("only whitespace") << QStringLiteral(" \n\t") << QStringLiteral("Paste");
        QTest::newRow("no prefix") << Body49 << QStringLiteral("must start with kpat_");
        QTest::newRow("wrong prefix")
            << QStringLiteral("kpt_") + Body49 << QStringLiteral("must start with kpat_");
        QTest::newRow("upper-case prefix")
            << QStringLiteral("KPAT_") + Body49 << QStringLiteral("must start with kpat_");
        QTest::newRow("Bearer pasted too")
            << QStringLiteral("Bearer kpat_") + Body49 << QStringLiteral("must start with kpat_");
        QTest::newRow("line break inside")
            << QStringLiteral("kpat_") + Body49.left(20) + QStringLiteral("\n") + Body49.mid(20)
            << QStringLiteral("space or line break inside");
        QTest::newRow("dash") << QStringLiteral("kpat_") + Body49 + QStringLiteral("-x")
                              << QStringLiteral("contains “-”");
        QTest::newRow("quote") << QStringLiteral("kpat_") + Body49 + QStringLiteral("\"")
                               << QStringLiteral("contains “\"”");
        QTest::newRow("too short") << QStringLiteral("kpat_") + QString(19, QLatin1Char('a'))
                                   << QStringLiteral("too short (19 characters after kpat_");
        QTest::newRow("too long") << QStringLiteral("spat_") + QString(201, QLatin1Char('a'))
                                  << QStringLiteral("too long (201 characters after spat_");
    }

    void rejects()
    {
        QFETCH(QString, input);
        QFETCH(QString, mentions);
        const TokenFormat::Result result = TokenFormat::check(input);
        QVERIFY(!result.ok());
        QVERIFY(result.token.isEmpty());
        QCOMPARE(result.kind, Kind::Invalid);
        QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
    }

    void errorNeverEchoesTheToken()
    {
        const QString almost = QStringLiteral("kpat_") + Body49 + QStringLiteral("!");
        const TokenFormat::Result result = TokenFormat::check(almost);
        QVERIFY(!result.ok());
        QVERIFY(!result.error.contains(Body49.left(10)));
    }
};

QTEST_GUILESS_MAIN(TestTokenFormat)
#include "tst_tokenformat.moc"
