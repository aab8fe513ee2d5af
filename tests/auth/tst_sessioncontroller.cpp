// SessionController with MemoryTokenStore, against two in-process sandboxes
// (each accepts only its own token) and a Konnect region.
#include "KonnectClient.h"
#include "MemoryTokenStore.h"
#include "ProfileStore.h"
#include "SandboxServer.h"
#include "SessionController.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace {

struct Server
{
    Sandbox::SandboxServer sandbox;
    bool start()
    {
        if (!sandbox.listen(0) || !sandbox.seed(QStringLiteral("demo")))
            return false;
        sandbox.setToken(Sandbox::SandboxServer::randomToken());
        return true;
    }
    Profile profile(const QString &name) const
    {
        Profile profile;
        profile.name = name;
        profile.customUrl = sandbox.baseUrl();
        return profile;
    }
};

} // namespace

class TestSessionController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Server m_one;
    Server m_two;
    QNetworkAccessManager m_network;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemoryTokenStore> m_tokens;
    std::unique_ptr<KonnectClient> m_client;
    std::unique_ptr<SessionController> m_session;

    // A fresh controller and client over the same settings and token store: an app restart.
    void restart()
    {
        m_session.reset();
        m_client = std::make_unique<KonnectClient>(&m_network);
        RetryPolicy policy;
        policy.maxAttempts = 1;
        m_client->setRetryPolicy(policy);
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("kvm.ini")),
                                                 QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        m_session =
            std::make_unique<SessionController>(m_profiles.get(), m_tokens.get(), m_client.get());
    }

    // Signs in and waits for the answer; returns the saved profile.
    std::optional<Profile> signIn(const Profile &profile, const QString &token,
                                  SessionController::TokenPersistence persistence,
                                  TokenStoreError *errorOut = nullptr)
    {
        std::optional<std::pair<Profile, TokenStoreError>> answer;
        m_session->signIn(profile, token, persistence, this,
                          [&answer](const Profile &saved, const TokenStoreError &error) {
                              answer = std::make_pair(saved, error);
                          });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000))
            return std::nullopt;
        if (errorOut)
            *errorOut = answer->second;
        if (answer->second.isError())
            return std::nullopt;
        return answer->first;
    }

    // Who the client signs in as right now: the organization name, or the error.
    QString whoAmI()
    {
        std::optional<ApiResult<Organization>> result;
        m_client->getOrganizationsMe(this,
                                     [&result](const ApiResult<Organization> &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
            return QStringLiteral("<no answer>");
        return result->ok() ? result->value().name : result->error().message();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_one.start());
        QVERIFY(m_two.start());
        QVERIFY(m_one.sandbox.token() != m_two.sandbox.token());
    }

    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("kvm.ini")));
        m_tokens = std::make_unique<MemoryTokenStore>();
        restart();
        m_one.sandbox.clearRequests();
        m_two.sandbox.clearRequests();
    }

    void cleanup()
    {
        m_session.reset();
        m_client.reset();
    }

    void noProfileAsksForSignIn()
    {
        QSignalSpy required(m_session.get(), &SessionController::signInRequired);
        m_session->restore();
        QCOMPARE(required.count(), 1);
        QVERIFY(!required.constFirst().at(0).value<Profile>().isSaved());
        QVERIFY(!m_session->isSignedIn());
    }

    void signInStoresTheTokenAndStartsTheSession()
    {
        QSignalSpy started(m_session.get(), &SessionController::sessionStarted);
        const auto saved = signIn(m_one.profile(QStringLiteral("One")), m_one.sandbox.token(),
                                  SessionController::TokenPersistence::Keychain);
        QVERIFY(saved.has_value());
        QVERIFY(saved->isSaved());
        QCOMPARE(started.count(), 1);
        QVERIFY(m_session->isSignedIn());
        QVERIFY(!m_session->isSessionOnly());
        QCOMPARE(m_tokens->token(saved->id), m_one.sandbox.token());
        QCOMPARE(m_profiles->profile(saved->id).name, QStringLiteral("One"));
        QCOMPARE(m_profiles->lastProfileId(), saved->id);
        QCOMPARE(whoAmI(), QStringLiteral("Example Org"));
    }

    void lastProfileOpensAtStart()
    {
        const auto one = signIn(m_one.profile(QStringLiteral("One")), m_one.sandbox.token(),
                                SessionController::TokenPersistence::Keychain);
        const auto two = signIn(m_two.profile(QStringLiteral("Two")), m_two.sandbox.token(),
                                SessionController::TokenPersistence::Keychain);
        QVERIFY(one && two);
        restart();
        QVERIFY(!m_client->hasToken());
        QSignalSpy started(m_session.get(), &SessionController::sessionStarted);
        m_session->restore();
        QVERIFY(started.wait(5000));
        QCOMPARE(m_session->currentProfile().id, two->id);
        QCOMPARE(m_client->endpoint().customUrl(), m_two.sandbox.baseUrl());
        QCOMPARE(whoAmI(), QStringLiteral("Example Org"));
        QCOMPARE(m_two.sandbox.requests().constLast().headers.value("authorization"),
                 QByteArray("Bearer " + m_two.sandbox.token().toLatin1()));
    }

    void switchingProfilesChangesRegionAndToken()
    {
        const auto one = signIn(m_one.profile(QStringLiteral("One")), m_one.sandbox.token(),
                                SessionController::TokenPersistence::Keychain);
        const auto two = signIn(m_two.profile(QStringLiteral("Two")), m_two.sandbox.token(),
                                SessionController::TokenPersistence::Keychain);
        Profile eu;
        eu.name = QStringLiteral("Europe");
        eu.region = QStringLiteral("eu");
        const QString euToken = QStringLiteral("kpat_") + QString(49, QLatin1Char('e'));
        const auto europe = signIn(eu, euToken, SessionController::TokenPersistence::Keychain);
        QVERIFY(one && two && europe);

        QSignalSpy started(m_session.get(), &SessionController::sessionStarted);
        QSignalSpy changed(m_session.get(), &SessionController::currentProfileChanged);

        m_session->switchToProfile(one->id);
        QVERIFY(started.wait(5000));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_session->currentProfile().id, one->id);
        QCOMPARE(whoAmI(), QStringLiteral("Example Org")); // sandbox one accepted token one
        QCOMPARE(m_one.sandbox.requests().constLast().headers.value("authorization"),
                 QByteArray("Bearer " + m_one.sandbox.token().toLatin1()));
        QCOMPARE(m_two.sandbox.requests().size(), 0);

        m_session->switchToProfile(two->id);
        QVERIFY(started.wait(5000));
        QCOMPARE(whoAmI(), QStringLiteral("Example Org"));
        QCOMPARE(m_two.sandbox.requests().constLast().headers.value("authorization"),
                 QByteArray("Bearer " + m_two.sandbox.token().toLatin1()));

        m_session->switchToProfile(europe->id);
        QVERIFY(started.wait(5000));
        QCOMPARE(m_client->endpoint().region(), QStringLiteral("eu"));
        QCOMPARE(m_client->endpoint().controlPlanesBase().host(),
                 QStringLiteral("eu.api.konghq.com"));
        QCOMPARE(m_profiles->lastProfileId(), europe->id);
    }

    // A call waiting to retry after a 429 belongs to the session that made it:
    // switching profile ends it (nothing more is sent), and no attempt ever
    // carries the new profile's token to the old profile's host (the retry
    // used to rebuild its headers from the client's current token).
    void aRetryNeverCarriesAnotherSessionsToken()
    {
        const auto one = signIn(m_one.profile(QStringLiteral("One")), m_one.sandbox.token(),
                                SessionController::TokenPersistence::Keychain);
        const auto two = signIn(m_two.profile(QStringLiteral("Two")), m_two.sandbox.token(),
                                SessionController::TokenPersistence::Keychain);
        QVERIFY(one && two);
        m_client->setRetryPolicy(RetryPolicy()); // retries on, Retry-After up to 30 s
        QSignalSpy started(m_session.get(), &SessionController::sessionStarted);
        m_session->switchToProfile(one->id);
        QVERIFY(started.wait(5000));
        m_one.sandbox.clearRequests();
        m_two.sandbox.clearRequests();

        Sandbox::Fault limit;
        limit.path = QRegularExpression(QStringLiteral("^/v3/organizations/me$"));
        limit.kind = Sandbox::FaultKind::TooManyRequests;
        limit.retryAfter = Sandbox::RetryAfterStyle::Seconds;
        limit.retryAfterSeconds = 2;
        m_one.sandbox.addFault(limit);
        QSignalSpy retrying(m_client.get(), &KonnectClient::retrying);
        std::optional<ApiResult<Organization>> result;
        m_client->getOrganizationsMe(this,
                                     [&result](const ApiResult<Organization> &r) { result = r; });
        QVERIFY(retrying.wait(10000)); // profile one answered 429: the call waits 2 s

        m_session->switchToProfile(two->id);
        QVERIFY(started.wait(5000));
        // The old session's call ended with the switch, saying so.
        QVERIFY(result.has_value());
        QCOMPARE(result->error().networkError(), QNetworkReply::OperationCanceledError);
        QVERIFY2(result->error().message().contains(QLatin1String("switched profile")),
                 qPrintable(result->error().message()));
        QCOMPARE(whoAmI(), QStringLiteral("Example Org")); // profile two, its own token
        // Past the Retry-After the retry would have been sent: it never is.
        QTest::qWait(2500);
        const QByteArray tokenOne = "Bearer " + m_one.sandbox.token().toLatin1();
        const QByteArray tokenTwo = "Bearer " + m_two.sandbox.token().toLatin1();
        const auto toOne = m_one.sandbox.requests();
        QCOMPARE(toOne.size(), 1); // the 429, nothing after the switch
        QCOMPARE(toOne.constFirst().headers.value("authorization"), tokenOne);
        const auto toTwo = m_two.sandbox.requests();
        QVERIFY(!toTwo.isEmpty());
        for (const auto &request : toTwo)
            QCOMPARE(request.headers.value("authorization"), tokenTwo);
    }

    // A token delete the keychain refused is not forgotten: the profile id (no
    // secret) is kept, the delete tried again at every start and the user told
    // while it still fails; once it works the marker goes.
    void aFailedTokenDeleteIsRetriedAtStart()
    {
        const auto one = signIn(m_one.profile(QStringLiteral("One")), m_one.sandbox.token(),
                                SessionController::TokenPersistence::Keychain);
        QVERIFY(one);
        QVERIFY(m_tokens->contains(one->id));
        m_tokens->setFailure(TokenStoreError::Kind::Locked);
        {
            QSignalSpy failed(m_session.get(), &SessionController::tokenStoreFailed);
            m_session->signOut();
            QTRY_COMPARE(failed.count(), 1);
            const auto error = failed.constFirst().at(1).value<TokenStoreError>();
            QVERIFY2(error.message.contains(QLatin1String("next start")),
                     qPrintable(error.message));
        }
        QCOMPARE(m_profiles->pendingTokenDeletes(), QStringList{one->id});
        QVERIFY(!m_settings->allKeys().join(u' ').contains(m_one.sandbox.token()));

        restart(); // still failing: said again, still pending
        {
            QSignalSpy failed(m_session.get(), &SessionController::tokenStoreFailed);
            m_session->restore();
            // Two failures: the delete tried again, then reading the profile's token.
            QTRY_COMPARE(failed.count(), 2);
            QVERIFY(failed.constFirst().at(1).value<TokenStoreError>().message.contains(
                QLatin1String("next start")));
        }
        QCOMPARE(m_profiles->pendingTokenDeletes(), QStringList{one->id});
        QVERIFY(m_tokens->contains(one->id));

        m_tokens->setFailure(TokenStoreError::Kind::None);
        restart(); // the keychain works again: the token goes, and the marker
        QSignalSpy required(m_session.get(), &SessionController::signInRequired);
        m_session->restore();
        QTRY_VERIFY(!m_tokens->contains(one->id));
        QTRY_VERIFY(m_profiles->pendingTokenDeletes().isEmpty());
        QTRY_COMPARE(required.count(), 1); // and the profile asks for a sign-in
    }

    void aLateTokenReadIsDropped()
    {
        const auto one = signIn(m_one.profile(QStringLiteral("One")), m_one.sandbox.token(),
                                SessionController::TokenPersistence::Keychain);
        const auto two = signIn(m_two.profile(QStringLiteral("Two")), m_two.sandbox.token(),
                                SessionController::TokenPersistence::Keychain);
        QVERIFY(one && two);
        QSignalSpy started(m_session.get(), &SessionController::sessionStarted);
        m_session->switchToProfile(one->id);
        m_session->switchToProfile(two->id); // before one's token arrives
        QVERIFY(started.wait(5000));
        // The store answers in order: once a later read is back, one's answer came (and went).
        bool drained = false;
        m_tokens->read(one->id, this, [&drained](const TokenReadResult &) { drained = true; });
        QTRY_VERIFY(drained);
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.constFirst().constFirst().value<Profile>().id, two->id);
        QCOMPARE(whoAmI(), QStringLiteral("Example Org"));
        QCOMPARE(m_one.sandbox.requests().size(), 0);
    }

    void signOutRemovesTheToken()
    {
        const auto one = signIn(m_one.profile(QStringLiteral("One")), m_one.sandbox.token(),
                                SessionController::TokenPersistence::Keychain);
        QVERIFY(one);
        QVERIFY(m_tokens->contains(one->id));
        QSignalSpy ended(m_session.get(), &SessionController::sessionEnded);
        QSignalSpy required(m_session.get(), &SessionController::signInRequired);
        m_session->signOut();
        QCOMPARE(ended.count(), 1);
        QCOMPARE(required.count(), 1);
        QVERIFY(!m_session->isSignedIn());
        QVERIFY(!m_client->hasToken());
        QTRY_VERIFY(!m_tokens->contains(one->id));
        QVERIFY(m_profiles->contains(one->id)); // the profile stays

        restart();
        QSignalSpy requiredAtStart(m_session.get(), &SessionController::signInRequired);
        m_session->restore();
        QVERIFY(requiredAtStart.wait(5000));
        QCOMPARE(requiredAtStart.constFirst().at(0).value<Profile>().id, one->id);
        QVERIFY(requiredAtStart.constFirst().at(1).toString().contains(
            QLatin1String("No token is saved")));
        QVERIFY(!m_client->hasToken());
    }

    void deletingAProfileRemovesItsToken()
    {
        const auto one = signIn(m_one.profile(QStringLiteral("One")), m_one.sandbox.token(),
                                SessionController::TokenPersistence::Keychain);
        const auto two = signIn(m_two.profile(QStringLiteral("Two")), m_two.sandbox.token(),
                                SessionController::TokenPersistence::Keychain);
        QVERIFY(one && two);
        QSignalSpy started(m_session.get(), &SessionController::sessionStarted);
        m_session->deleteProfile(two->id); // the current one
        QTRY_VERIFY(!m_tokens->contains(two->id));
        QVERIFY(!m_profiles->contains(two->id));
        QVERIFY(m_tokens->contains(one->id));
        QVERIFY(started.wait(5000)); // moved on to the remaining profile
        QCOMPARE(m_session->currentProfile().id, one->id);
    }

    void keychainFailureOffersSessionOnly()
    {
        m_tokens->setFailure(TokenStoreError::Kind::NoBackend);
        QSignalSpy failed(m_session.get(), &SessionController::tokenStoreFailed);
        TokenStoreError error;
        const Profile profile = m_one.profile(QStringLiteral("One"));
        QVERIFY(!signIn(profile, m_one.sandbox.token(),
                        SessionController::TokenPersistence::Keychain, &error));
        QCOMPARE(error.kind, TokenStoreError::Kind::NoBackend);
        QVERIFY(error.message.contains(QLatin1String("this session only")));
        QCOMPARE(failed.count(), 1);
        QVERIFY(m_profiles->isEmpty()); // nothing saved
        QVERIFY(!m_session->isSignedIn());

        const auto saved = signIn(profile, m_one.sandbox.token(),
                                  SessionController::TokenPersistence::SessionOnly);
        QVERIFY(saved);
        QVERIFY(m_session->isSignedIn());
        QVERIFY(m_session->isSessionOnly());
        QCOMPARE(m_tokens->size(), 0);
        QCOMPARE(whoAmI(), QStringLiteral("Example Org"));

        // The next start has the profile but not the token.
        m_tokens->setFailure(TokenStoreError::Kind::None);
        restart();
        QSignalSpy required(m_session.get(), &SessionController::signInRequired);
        m_session->restore();
        QVERIFY(required.wait(5000));
        QCOMPARE(required.constFirst().at(0).value<Profile>().id, saved->id);
        QVERIFY(!m_client->hasToken());
    }

    void keychainFailureAtStartIsReported()
    {
        const auto one = signIn(m_one.profile(QStringLiteral("One")), m_one.sandbox.token(),
                                SessionController::TokenPersistence::Keychain);
        QVERIFY(one);
        restart();
        m_tokens->setFailure(TokenStoreError::Kind::Locked);
        QSignalSpy failed(m_session.get(), &SessionController::tokenStoreFailed);
        QSignalSpy required(m_session.get(), &SessionController::signInRequired);
        m_session->restore();
        QVERIFY(required.wait(5000));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.constFirst().at(1).value<TokenStoreError>().kind,
                 TokenStoreError::Kind::Locked);
        QVERIFY(required.constFirst().at(1).toString().startsWith(
            QLatin1String("The keyring is locked")));
        QVERIFY(!m_client->hasToken());
    }

    void lastControlPlaneIsRemembered()
    {
        const auto one = signIn(m_one.profile(QStringLiteral("One")), m_one.sandbox.token(),
                                SessionController::TokenPersistence::Keychain);
        QVERIFY(one);
        m_session->setLastControlPlane(QStringLiteral("cp-7"));
        restart();
        QCOMPARE(m_profiles->profile(one->id).lastControlPlaneId, QStringLiteral("cp-7"));
    }
};

QTEST_GUILESS_MAIN(TestSessionController)
#include "tst_sessioncontroller.moc"
