// Run only through run-contract --expect-violation: the sandbox answers one
// request against the spec, and Prism (with --errors) must refuse to pass it on.
#include "ApiTestEnvironment.h"

class TestContractBreak : public QObject
{
    Q_OBJECT

    ApiTestEnvironment env;

private slots:
    void initTestCase()
    {
        if (!ApiTestEnvironment::contractMode())
            QSKIP("needs the contract runner (tests/contract/run-contract)");
        QVERIFY(env.start());
    }

    void init()
    {
        RetryPolicy policy = ApiTestEnvironment::fastRetries();
        policy.maxAttempts = 1;
        env.client.setRetryPolicy(policy);
        env.sandbox.breakContractOnce();
    }

    // One broken response per spec file: each validating proxy must catch it.
    void controlPlanesSpec()
    {
        Awaited<Page<ControlPlane>> broken;
        env.client.listControlPlanes({}, {}, this, broken.callback());
        AWAIT(broken);
        QVERIFY2(!broken.result->ok(), "Prism let a response that breaks the spec through");
        QCOMPARE(broken.error().httpStatus(), 500); // Prism's VIOLATIONS answer

        Awaited<Page<ControlPlane>> fine; // the next, correct response passes
        env.client.listControlPlanes({}, {}, this, fine.callback());
        AWAIT_OK(fine);
    }

    void configSpec()
    {
        const QString cp = env.sandbox.controlPlaneIds().constFirst();
        Awaited<Page<ConfigStore>> broken;
        env.client.listConfigStores(cp, {}, this, broken.callback());
        AWAIT(broken);
        QVERIFY2(!broken.result->ok(), "Prism let a response that breaks the spec through");
        QCOMPARE(broken.error().httpStatus(), 500);
    }

    void identitySpec()
    {
        Awaited<User> broken;
        env.client.getUsersMe(this, broken.callback());
        AWAIT(broken);
        QVERIFY2(!broken.result->ok(), "Prism let a response that breaks the spec through");
        QCOMPARE(broken.error().httpStatus(), 500);
    }
};

QTEST_GUILESS_MAIN(TestContractBreak)
#include "tst_contractbreak.moc"
