#include "AppInfo.h"
#include "Application.h"
#include "ControlPlaneModel.h"
#include "ControlPlanePicker.h"
#include "KonnectClient.h"
#include "MainWindow.h"
#include "SandboxServer.h"

#include <QComboBox>
#include <QLineEdit>
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
        QNetworkAccessManager network;
        KonnectClient client(&network);
        MainWindow window(&client);
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

        MainWindow window(&client);
        window.setSession(true);
        window.show();
        QVERIFY(window.windowTitle().contains(QStringLiteral("Sandbox")));
        auto *environment = window.findChild<QLabel *>(QStringLiteral("environmentLabel"));
        QVERIFY(environment);
        QCOMPARE(environment->text(), QStringLiteral("Sandbox"));
        QTRY_COMPARE(window.summary(), QStringLiteral("Ada Lovelace (Example Org)"));
        QTRY_COMPARE(window.controlPlanePicker()->model()->rowCount(), 3);
        QTRY_VERIFY(!window.currentControlPlaneId().isEmpty());
        QCOMPARE(window.controlPlanePicker()->comboBox()->currentText(),
                 window.controlPlanePicker()->currentName());
        QVERIFY(!window.controlPlanePicker()->currentName().isEmpty());
    }
};

QTEST_MAIN(TestApplication)
#include "tst_application.moc"
