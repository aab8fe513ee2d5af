#include "AppInfo.h"
#include "Application.h"
#include "KonnectClient.h"
#include "MainWindow.h"
#include "SandboxServer.h"

#include <QNetworkAccessManager>
#include <QToolBar>

#include <QApplication>
#include <QLabel>
#include <QTest>

class TestApplication : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Application::setMetadata(); }

    void metadata()
    {
        QCOMPARE(QGuiApplication::desktopFileName(), AppInfo::appId());
        QCOMPARE(QCoreApplication::applicationVersion(), AppInfo::version());
    }

    void versionOption()
    {
        const auto options = Application::parseCommandLine(
            {QStringLiteral("konnect-vault-manager"), QStringLiteral("--version")});
        QVERIFY(options.exitNow);
        QCOMPARE(options.exitCode, 0);
        QCOMPARE(options.output,
                 QStringLiteral("konnect-vault-manager %1\n").arg(AppInfo::version()));
    }

    void helpListsDemo()
    {
        const auto options = Application::parseCommandLine(
            {QStringLiteral("konnect-vault-manager"), QStringLiteral("--help")});
        QVERIFY(options.exitNow);
        QCOMPARE(options.exitCode, 0);
        QVERIFY(options.output.contains(QStringLiteral("--demo")));
    }

    void unknownOptionIsAnError()
    {
        const auto options = Application::parseCommandLine(
            {QStringLiteral("konnect-vault-manager"), QStringLiteral("--frobnicate")});
        QVERIFY(options.exitNow);
        QCOMPARE(options.exitCode, 2);
        QVERIFY(options.output.contains(QStringLiteral("frobnicate")));
    }

    void demoOption()
    {
        const auto options = Application::parseCommandLine(
            {QStringLiteral("konnect-vault-manager"), QStringLiteral("--demo")});
        QVERIFY(!options.exitNow);
        QVERIFY(options.demo);
    }

    void mainWindowTitle()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Konnect Vault Manager"));
    }

    void demoSessionOnTheSandbox()
    {
        Sandbox::SandboxServer sandbox;
        QVERIFY(sandbox.listen(0));
        QVERIFY(sandbox.seed(QStringLiteral("demo")));
        sandbox.setToken(Sandbox::SandboxServer::randomToken());
        QNetworkAccessManager network;
        KonnectClient client(&network);
        client.setEndpoint(KonnectEndpoint::forCustomUrl(sandbox.baseUrl()));
        client.setToken(sandbox.token());

        MainWindow window;
        window.setSession(&client, true);
        window.show();
        QVERIFY(window.windowTitle().contains(QStringLiteral("Sandbox")));
        auto *environment = window.findChild<QLabel *>(QStringLiteral("environmentLabel"));
        QVERIFY(environment);
        QCOMPARE(environment->text(), QStringLiteral("Sandbox"));
        QTRY_COMPARE(window.summary(),
                     QStringLiteral("Signed in as Ada Lovelace (Example Org) · 3 control planes"));
    }
};

QTEST_MAIN(TestApplication)
#include "tst_application.moc"
