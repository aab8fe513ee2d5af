// KeychainTokenStore against a real Secret Service (gnome-keyring-daemon on a
// private session bus). Run through tests/auth/run-with-keyring, which sets
// KVM_REAL_SECRET_SERVICE=1; without it every test is skipped, so this never
// touches a developer's own keyring.
#include "AppInfo.h"
#include "KeychainTokenStore.h"

#include <QProcess>
#include <QTest>

#include <optional>

namespace {

const QString TokenA = QStringLiteral("kpat_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
const QString TokenB = QStringLiteral("kpat_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB");

// secret-tool's view of the item QtKeychain wrote (schema attributes user + server).
QString secretToolLookup(const QString &profileId)
{
    QProcess process;
    process.start(QStringLiteral("secret-tool"),
                  {QStringLiteral("lookup"), QStringLiteral("server"), AppInfo::appId(),
                   QStringLiteral("user"), profileId});
    if (!process.waitForFinished(10000))
        return QStringLiteral("<secret-tool did not finish>");
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestKeychainSecretService : public QObject
{
    Q_OBJECT

    KeychainTokenStore *m_store = nullptr;
    QString m_profileId;

    // Each helper waits for the callback (the store's own timeout is 10 s) and
    // returns nothing when it never came.
    std::optional<TokenReadResult> read()
    {
        std::optional<TokenReadResult> result;
        m_store->read(m_profileId, this, [&result](const TokenReadResult &r) { result = r; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 15000);
        return result;
    }
    std::optional<TokenStoreError> write(const QString &token)
    {
        std::optional<TokenStoreError> result;
        m_store->write(m_profileId, token, this,
                       [&result](const TokenStoreError &e) { result = e; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 15000);
        return result;
    }
    std::optional<TokenStoreError> remove()
    {
        std::optional<TokenStoreError> result;
        m_store->remove(m_profileId, this, [&result](const TokenStoreError &e) { result = e; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 15000);
        return result;
    }

private slots:
    void initTestCase()
    {
        if (!qEnvironmentVariableIsSet("KVM_REAL_SECRET_SERVICE"))
            QSKIP("needs a private Secret Service: run through tests/auth/run-with-keyring");
        QVERIFY2(!qEnvironmentVariableIsSet("DISPLAY"),
                 "with a display a locked keyring would open a prompt and wait forever");
        m_store = new KeychainTokenStore(this);
        QCOMPARE(m_store->service(), AppInfo::appId());
        m_profileId = QStringLiteral("0c6b1f5e-2d7a-4c8e-9f10-3a4b5c6d7e8f");
    }

    void readBeforeWriteIsNotFound()
    {
        const auto result = read();
        QVERIFY(result.has_value());
        QVERIFY2(!result->failed(), qPrintable(result->error.detail));
        QCOMPARE(result->status, TokenReadResult::Status::NotFound);
    }

    void writeThenRead()
    {
        const auto error = write(TokenA);
        QVERIFY(error.has_value());
        QVERIFY2(!error->isError(), qPrintable(error->message + QLatin1Char(' ') + error->detail));
        const auto result = read();
        QVERIFY(result.has_value());
        QCOMPARE(result->status, TokenReadResult::Status::Found);
        QCOMPARE(result->token, TokenA);
        // Really in the Secret Service, under service = app id and key = profile id.
        QCOMPARE(secretToolLookup(m_profileId), TokenA);
    }

    void overwrite()
    {
        const auto error = write(TokenB);
        QVERIFY(error.has_value());
        QVERIFY2(!error->isError(), qPrintable(error->detail));
        const auto result = read();
        QVERIFY(result.has_value());
        QCOMPARE(result->status, TokenReadResult::Status::Found);
        QCOMPARE(result->token, TokenB);
        QCOMPARE(secretToolLookup(m_profileId), TokenB);
    }

    void profilesAreSeparate()
    {
        std::optional<TokenReadResult> other;
        m_store->read(QStringLiteral("another-profile"), this,
                      [&other](const TokenReadResult &r) { other = r; });
        QTRY_VERIFY_WITH_TIMEOUT(other.has_value(), 15000);
        QCOMPARE(other->status, TokenReadResult::Status::NotFound);
    }

    void removeThenReadIsNotFound()
    {
        const auto error = remove();
        QVERIFY(error.has_value());
        QVERIFY2(!error->isError(), qPrintable(error->detail));
        const auto result = read();
        QVERIFY(result.has_value());
        QVERIFY2(!result->failed(), qPrintable(result->error.detail));
        QCOMPARE(result->status, TokenReadResult::Status::NotFound);
        QVERIFY(result->token.isEmpty());
        QCOMPARE(secretToolLookup(m_profileId), QString());
    }

    void removeWhatIsNotThereSucceeds()
    {
        const auto error = remove();
        QVERIFY(error.has_value());
        QVERIFY2(!error->isError(), qPrintable(error->detail));
    }

    void operationsAreAsynchronous()
    {
        bool called = false;
        m_store->read(m_profileId, this, [&called](const TokenReadResult &) { called = true; });
        QVERIFY(!called); // the UI thread went on
        QTRY_VERIFY_WITH_TIMEOUT(called, 15000);
    }

    void noCallbackAfterContextIsGone()
    {
        bool called = false;
        auto *context = new QObject;
        m_store->read(m_profileId, context, [&called](const TokenReadResult &) { called = true; });
        delete context;
        // A later operation on the same (serial) keychain queue finishing proves the first did.
        const auto result = read();
        QVERIFY(result.has_value());
        QCOMPARE(result->status, TokenReadResult::Status::NotFound);
        QVERIFY(!called);
    }

    // Last: it locks the login collection. With no display nothing can prompt
    // for the password, so the store must say "locked" instead of waiting.
    void lockedCollection()
    {
        QVERIFY(write(TokenA).value_or(TokenStoreError::make(TokenStoreError::Kind::Other)).kind ==
                TokenStoreError::Kind::None);
        QProcess lock;
        lock.start(QStringLiteral("dbus-send"),
                   {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                    QStringLiteral("--dest=org.freedesktop.secrets"),
                    QStringLiteral("/org/freedesktop/secrets"),
                    QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                    QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")});
        QVERIFY(lock.waitForFinished(10000));
        QCOMPARE(lock.exitCode(), 0);

        // Told at once that the keyring is locked: the kind is Locked, not the
        // Timeout a read waiting on an unlock prompt would end with.
        const auto result = read();
        QVERIFY(result.has_value());
        QCOMPARE(result->status, TokenReadResult::Status::Failed); // not "not found"
        QVERIFY2(result->error.kind == TokenStoreError::Kind::Locked,
                 qPrintable(TokenStoreError::kindName(result->error.kind) + QLatin1Char(' ') +
                            result->error.detail));
        QVERIFY(result->error.message.startsWith(QLatin1String("The keyring is locked")));

        const auto error = write(TokenB);
        QVERIFY(error.has_value());
        QVERIFY2(
            error->kind == TokenStoreError::Kind::Locked,
            qPrintable(TokenStoreError::kindName(error->kind) + QLatin1Char(' ') + error->detail));
        QVERIFY(error->message.contains(QLatin1String("this session only")));
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretService)
#include "tst_keychain_secretservice.moc"
