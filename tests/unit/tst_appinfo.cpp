#include "AppInfo.h"

#include <QRegularExpression>
#include <QTest>

class TestAppInfo : public QObject
{
    Q_OBJECT

private slots:
    void identity()
    {
        QCOMPARE(AppInfo::appId(), QStringLiteral("io.github.konnectvault.Manager"));
        QCOMPARE(AppInfo::executable(), QStringLiteral("konnect-vault-manager"));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"))
                    .match(AppInfo::version())
                    .hasMatch());
    }

    void userAgentNamesTheVersion()
    {
        QCOMPARE(AppInfo::userAgent(),
                 QStringLiteral("konnect-vault-manager/") + AppInfo::version());
    }
};

QTEST_GUILESS_MAIN(TestAppInfo)
#include "tst_appinfo.moc"
