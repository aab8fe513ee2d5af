// page[size] above 100 on the lists whose spec gives it no maximum
// (/work/shared/konnect-api/control-planes-v2.yaml:383-391 and
// control-planes-config-v2.yaml:4771-4779: `type: integer`, no `maximum`):
// clamped to 100 by default, or refused with a 400 BadRequestError whose
// invalid_parameters name page[size] with rule "max" and `maximum`
// (InvalidParameterMaximumLength, control-planes-config-v2.yaml:9231-9262),
// the two ways a Konnect may take it.
#include "SandboxSeed.h"
#include "SandboxServer.h"
#include "SandboxTestClient.h"

#include <QtTest>

using namespace Sandbox;

namespace {
const QString Token = QStringLiteral("kpat_pagesizetests0123456789");
const QString Secrets =
    QStringLiteral("/v2/control-planes/%1/config-stores/%2/secrets")
        .arg(QLatin1String(SeedIds::ScaleControlPlane), QLatin1String(SeedIds::ScaleStore));
const QString Stores = QStringLiteral("/v2/control-planes/%1/config-stores")
                           .arg(QLatin1String(SeedIds::ScaleControlPlane));
const QString ControlPlanes = QStringLiteral("/v2/control-planes");
} // namespace

class TestSandboxPageSize : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;

private slots:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->seed(QStringLiteral("scale:250")));
        m_server->setToken(Token);
        QVERIFY(m_server->listen());
        m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl(), Token);
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void aboveTheMaximum_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<int>("rows"); // on a page of 100
        QTest::newRow("control planes") << ControlPlanes << 1;
        QTest::newRow("config stores") << Stores << 1;
        QTest::newRow("secrets") << Secrets << 100;
    }

    void aboveTheMaximum()
    {
        QFETCH(QString, list);
        QFETCH(int, rows);
        const QString asked = list + QStringLiteral("?page[size]=1000");

        const TestReply clamped = m_client->get(asked);
        QCOMPARE(clamped.status, 200);
        QCOMPARE(clamped.value("meta.page.size").toInt(), 100);
        QCOMPARE(clamped.data().size(), rows);

        m_server->setPageSizeLimit(PageSizeLimit::Refuse);
        const TestReply refused = m_client->get(asked);
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.header("content-type").startsWith("application/problem+json"));
        QCOMPARE(refused.value("invalid_parameters").toArray().size(), 1);
        QCOMPARE(refused.value("invalid_parameters.0.field").toString(),
                 QStringLiteral("page[size]"));
        QCOMPARE(refused.value("invalid_parameters.0.rule").toString(), QStringLiteral("max"));
        QCOMPARE(refused.value("invalid_parameters.0.maximum").toInt(), 100);
        QCOMPARE(refused.value("invalid_parameters.0.source").toString(), QStringLiteral("query"));

        // The maximum itself, and no page[size] at all, are served as before.
        const TestReply hundred = m_client->get(list + QStringLiteral("?page[size]=100"));
        QCOMPARE(hundred.status, 200);
        QCOMPARE(hundred.data().size(), rows);
        const TestReply none = m_client->get(list);
        QCOMPARE(none.status, 200);
        QCOMPARE(none.value("meta.page.size").toInt(), 10);

        m_server->setPageSizeLimit(PageSizeLimit::Clamp);
        QCOMPARE(m_client->get(asked).status, 200);
    }

    // The core entity lists' `size` has a maximum of its own (1000) and is
    // always clamped, as before.
    void vaultSizeIsNotAffected()
    {
        m_server->setPageSizeLimit(PageSizeLimit::Refuse);
        const TestReply vaults =
            m_client->get(QStringLiteral("/v2/control-planes/%1/core-entities/vaults?size=5000")
                              .arg(QLatin1String(SeedIds::ScaleControlPlane)));
        QCOMPARE(vaults.status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxPageSize)
#include "tst_sandbox_pagesize.moc"
