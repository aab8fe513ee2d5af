// ProfileStore over an ini file in a temporary directory, and MemoryTokenStore.
#include "MemoryTokenStore.h"
#include "ProfileStore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

class TestProfileStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

    QString iniPath() const { return m_dir.filePath(QStringLiteral("profiles.ini")); }
    void reopen() { m_settings = std::make_unique<QSettings>(iniPath(), QSettings::IniFormat); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(iniPath());
        reopen();
    }

    void emptyAtFirst()
    {
        ProfileStore store(m_settings.get());
        QVERIFY(store.isEmpty());
        QVERIFY(store.lastProfileId().isEmpty());
        QVERIFY(!store.profile(QStringLiteral("nope")).isSaved());
    }

    void saveAssignsAnIdAndPersists()
    {
        QString id;
        {
            ProfileStore store(m_settings.get());
            QSignalSpy changed(&store, &ProfileStore::profilesChanged);
            Profile work;
            work.name = QStringLiteral("Work");
            work.region = QStringLiteral("eu");
            work.lastControlPlaneId = QStringLiteral("cp-1");
            const Profile saved = store.save(work);
            QVERIFY(saved.isSaved());
            QVERIFY(!QUuid::fromString(saved.id).isNull());
            QCOMPARE(changed.count(), 1);
            id = saved.id;
        }
        reopen(); // a new QSettings on the same file: what the next start sees
        ProfileStore store(m_settings.get());
        const Profile loaded = store.profile(id);
        QCOMPARE(loaded.name, QStringLiteral("Work"));
        QCOMPARE(loaded.region, QStringLiteral("eu"));
        QVERIFY(loaded.customUrl.isEmpty());
        QCOMPARE(loaded.lastControlPlaneId, QStringLiteral("cp-1"));
        QCOMPARE(loaded.endpoint().region(), QStringLiteral("eu"));
    }

    void customUrlProfile()
    {
        ProfileStore store(m_settings.get());
        Profile local;
        local.name = QStringLiteral("Sandbox");
        local.customUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        const QString id = store.save(local).id;
        const Profile loaded = store.profile(id);
        QVERIFY(loaded.usesCustomUrl());
        QCOMPARE(loaded.customUrl, QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QVERIFY(loaded.endpoint().isValid());
        QCOMPARE(loaded.displayLabel(), QStringLiteral("Sandbox (http://127.0.0.1:8080)"));

        // Switching it to a region drops the URL.
        Profile moved = loaded;
        moved.region = QStringLiteral("au");
        store.save(moved);
        QCOMPARE(store.profile(id).region, QStringLiteral("au"));
        QVERIFY(store.profile(id).customUrl.isEmpty());
    }

    void insecureCustomUrlHasNoEndpoint()
    {
        Profile remote;
        remote.customUrl = QUrl(QStringLiteral("http://konnect.example.com"));
        QString error;
        QVERIFY(!remote.endpoint(&error).isValid());
        QVERIFY(!error.isEmpty());
    }

    void severalProfilesSortedByName()
    {
        ProfileStore store(m_settings.get());
        for (const char *name : {"zeta", "Alpha", "mid"}) {
            Profile profile;
            profile.name = QString::fromLatin1(name);
            profile.region = QStringLiteral("us");
            store.save(profile);
        }
        const QList<Profile> all = store.profiles();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).name, QStringLiteral("Alpha"));
        QCOMPARE(all.at(1).name, QStringLiteral("mid"));
        QCOMPARE(all.at(2).name, QStringLiteral("zeta"));
    }

    void lastProfileAndRemove()
    {
        ProfileStore store(m_settings.get());
        Profile a;
        a.name = QStringLiteral("A");
        a.region = QStringLiteral("us");
        a = store.save(a);
        Profile b;
        b.name = QStringLiteral("B");
        b.region = QStringLiteral("sg");
        b = store.save(b);
        store.setLastProfileId(b.id);
        reopen();
        ProfileStore reopened(m_settings.get());
        QCOMPARE(reopened.lastProfileId(), b.id);
        reopened.remove(b.id);
        QVERIFY(!reopened.contains(b.id));
        QVERIFY(reopened.lastProfileId().isEmpty()); // it no longer exists
        QCOMPARE(reopened.profiles().size(), 1);
    }

    void setLastControlPlane()
    {
        ProfileStore store(m_settings.get());
        Profile a;
        a.name = QStringLiteral("A");
        a.region = QStringLiteral("in");
        a = store.save(a);
        store.setLastControlPlane(a.id, QStringLiteral("cp-42"));
        reopen();
        QCOMPARE(ProfileStore(m_settings.get()).profile(a.id).lastControlPlaneId,
                 QStringLiteral("cp-42"));
    }

    void settingsNeverHoldATokenKey()
    {
        ProfileStore store(m_settings.get());
        Profile a;
        a.name = QStringLiteral("A");
        a.region = QStringLiteral("me");
        store.save(a);
        const QStringList keys = m_settings->allKeys();
        for (const QString &key : keys)
            QVERIFY2(!key.contains(QLatin1String("token"), Qt::CaseInsensitive), qPrintable(key));
    }

    void memoryTokenStore()
    {
        MemoryTokenStore store;
        const QString id = QStringLiteral("p1");
        std::optional<TokenReadResult> read;
        store.read(id, this, [&read](const TokenReadResult &r) { read = r; });
        QVERIFY(!read.has_value()); // asynchronous, like the keychain
        QTRY_VERIFY(read.has_value());
        QCOMPARE(read->status, TokenReadResult::Status::NotFound);

        std::optional<TokenStoreError> written;
        store.write(id, QStringLiteral("kpat_x"), this,
                    [&written](const TokenStoreError &e) { written = e; });
        QTRY_VERIFY(written.has_value());
        QVERIFY(!written->isError());
        read.reset();
        store.read(id, this, [&read](const TokenReadResult &r) { read = r; });
        QTRY_VERIFY(read.has_value());
        QCOMPARE(read->status, TokenReadResult::Status::Found);
        QCOMPARE(read->token, QStringLiteral("kpat_x"));

        std::optional<TokenStoreError> removed;
        store.remove(id, this, [&removed](const TokenStoreError &e) { removed = e; });
        QTRY_VERIFY(removed.has_value());
        QVERIFY(!store.contains(id));
    }

    void memoryTokenStoreInjectedFailure()
    {
        MemoryTokenStore store;
        store.setFailure(TokenStoreError::Kind::Locked);
        std::optional<TokenStoreError> written;
        store.write(QStringLiteral("p1"), QStringLiteral("kpat_x"), this,
                    [&written](const TokenStoreError &e) { written = e; });
        QTRY_VERIFY(written.has_value());
        QCOMPARE(written->kind, TokenStoreError::Kind::Locked);
        QVERIFY(written->message.startsWith(QLatin1String("The keyring is locked")));
        QCOMPARE(store.size(), 0);
    }

    void noCallbackAfterContextDies()
    {
        MemoryTokenStore store;
        bool called = false;
        auto *context = new QObject;
        store.read(QStringLiteral("p1"), context,
                   [&called](const TokenReadResult &) { called = true; });
        delete context;
        bool later = false;
        store.read(QStringLiteral("p1"), this, [&later](const TokenReadResult &) { later = true; });
        QTRY_VERIFY(later);
        QVERIFY(!called);
    }

    void keychainErrorSentences_data()
    {
        QTest::addColumn<TokenStoreError::Kind>("kind");
        QTest::addColumn<QString>("start");
        QTest::newRow("no backend")
            << TokenStoreError::Kind::NoBackend << QStringLiteral("No Secret Service is running");
        QTest::newRow("locked") << TokenStoreError::Kind::Locked
                                << QStringLiteral("The keyring is locked");
        QTest::newRow("denied") << TokenStoreError::Kind::AccessDenied
                                << QStringLiteral("The keyring refused access");
        QTest::newRow("timeout") << TokenStoreError::Kind::Timeout
                                 << QStringLiteral("The keyring did not answer within 10 seconds");
        QTest::newRow("other") << TokenStoreError::Kind::Other
                               << QStringLiteral("The keyring reported an error (boom)");
    }

    void keychainErrorSentences()
    {
        QFETCH(TokenStoreError::Kind, kind);
        QFETCH(QString, start);
        const TokenStoreError error = TokenStoreError::make(kind, QStringLiteral("boom"));
        QVERIFY(error.isError());
        QVERIFY2(error.message.startsWith(start), qPrintable(error.message));
        QVERIFY(error.message.endsWith(QLatin1String("use this token for this session only.")));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
