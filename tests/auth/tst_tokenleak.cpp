// After a full signed-in session, no file under HOME (settings, caches, logs,
// the keyring's own files) holds the token. Runs in a HOME of its own: the one
// kvm_add_test gives it (emptied at start), or run-with-keyring's fresh one
// when KVM_REAL_SECRET_SERVICE is set, where the real keychain store is used.
#include "Application.h"
#include "KeychainTokenStore.h"
#include "SignInTestRig.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QStandardPaths>

#include <cstdio>

namespace {

FILE *g_log = nullptr;

// Every message of every category, as an app with verbose logging would write it.
void logToFile(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (!g_log)
        return;
    std::fprintf(g_log, "%s: %s\n", context.category ? context.category : "default",
                 message.toUtf8().constData());
    std::fflush(g_log);
}

// Files under `root` whose bytes contain any of `needles`.
QStringList filesContaining(const QString &root, const QList<QByteArray> &needles, int *scanned)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        ++*scanned;
        for (const QByteArray &needle : needles) {
            if (bytes.contains(needle)) {
                hits.append(path);
                break;
            }
        }
    }
    return hits;
}

QList<QByteArray> needlesFor(const QString &token)
{
    const QString body = token.mid(5); // without kpat_: catches an encoded prefix too
    QList<QByteArray> needles{token.toUtf8(), body.toUtf8(), token.toUtf8().toBase64(),
                              token.toUtf8().toPercentEncoding()};
    // UTF-16, as QString's raw bytes or a QDataStream would write it.
    needles.append(QByteArray(reinterpret_cast<const char *>(body.utf16()),
                              body.size() * int(sizeof(char16_t))));
    return needles;
}

} // namespace

class TestTokenLeak : public QObject
{
    Q_OBJECT

    QString m_home;
    bool m_realKeychain = false;
    SignInTestRig m_rig;

private slots:
    void initTestCase()
    {
        m_realKeychain = qEnvironmentVariableIsSet("KVM_REAL_SECRET_SERVICE");
        m_home = QDir::homePath();
        // Only ever empty a HOME that belongs to this test.
        if (!m_realKeychain) {
            QVERIFY2(m_home.endsWith(QLatin1String("/home/tst_tokenleak")), qPrintable(m_home));
            QDir home(m_home);
            const QStringList entries =
                home.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
            for (const QString &entry : entries) {
                QFileInfo info(home.filePath(entry));
                if (info.isDir() && !info.isSymLink())
                    QVERIFY(QDir(info.filePath()).removeRecursively());
                else
                    QVERIFY(QFile::remove(info.filePath()));
            }
        }
        QVERIFY(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                    .startsWith(m_home));

        Application::setMetadata(); // QSettings under $HOME/.config, like the app
        const QString logDir = m_home + QStringLiteral("/.cache/konnectvault");
        QVERIFY(QDir().mkpath(logDir));
        g_log =
            std::fopen(QFile::encodeName(logDir + QStringLiteral("/session.log")).constData(), "w");
        QVERIFY(g_log);
        QLoggingCategory::setFilterRules(QStringLiteral("*=true\nqt.text.*=false"));
        qInstallMessageHandler(logToFile);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(nullptr);
        QLoggingCategory::setFilterRules(QString());
        if (g_log)
            std::fclose(g_log);
        g_log = nullptr;
    }

    void noFileHoldsTheToken()
    {
        QVERIFY(m_rig.startSandbox());
        const QString token = m_rig.sandbox.token();
        auto makeStore = [this]() -> std::unique_ptr<TokenStore> {
            if (m_realKeychain)
                return std::make_unique<KeychainTokenStore>();
            return std::make_unique<MemoryTokenStore>();
        };
        m_rig.build(nullptr, makeStore()); // the application's own QSettings

        // Sign in through the dialog, as a person would, with a pasted newline.
        {
            auto dialog = m_rig.dialog();
            dialog->show();
            SignInTestRig::fill(dialog.get(), QStringLiteral("Leak check"), m_rig.sandbox.baseUrl(),
                                QString());
            auto *tokenEdit = SignInTestRig::child<QLineEdit>(dialog.get(), "tokenEdit");
            QGuiApplication::clipboard()->setText(token + QStringLiteral("\n"));
            QTest::keyClick(tokenEdit, Qt::Key_V, Qt::ControlModifier);
            QGuiApplication::clipboard()->clear();
            QVERIFY(tokenEdit->text().startsWith(token));
            QTest::mouseClick(SignInTestRig::child<QPushButton>(dialog.get(), "checkButton"),
                              Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(dialog->result(), int(QDialog::Accepted), 20000);
            QVERIFY(m_rig.session->isSignedIn());
            QVERIFY(!m_rig.session->isSessionOnly());
        }
        // Use the session, then "restart": the token comes back from the store.
        std::optional<ApiResult<Page<ControlPlane>>> planes;
        m_rig.client->listControlPlanes(
            {}, {}, this, [&planes](const ApiResult<Page<ControlPlane>> &r) { planes = r; });
        QTRY_VERIFY_WITH_TIMEOUT(planes.has_value(), 20000);
        QVERIFY(planes->ok());
        QVERIFY(!planes->value().items.isEmpty());
        m_rig.session->setLastControlPlane(planes->value().items.constFirst().id);

        std::unique_ptr<TokenStore> store = std::move(m_rig.tokens);
        m_rig.session.reset();
        m_rig.profiles.reset();
        m_rig.client.reset();
        m_rig.tokens = std::move(store);
        m_rig.profiles = std::make_unique<ProfileStore>();
        m_rig.client = std::make_unique<KonnectClient>(&m_rig.network);
        m_rig.session = std::make_unique<SessionController>(m_rig.profiles.get(),
                                                            m_rig.tokens.get(), m_rig.client.get());
        QSignalSpy started(m_rig.session.get(), &SessionController::sessionStarted);
        m_rig.session->restore();
        QVERIFY(started.wait(15000));
        QCOMPARE(m_rig.session->currentProfile().name, QStringLiteral("Leak check"));
        m_rig.session.reset();
        m_rig.profiles.reset(); // flushes QSettings
        std::fflush(g_log);

        // The scan covers what the session wrote: settings and log at least.
        const QString settingsFile =
            m_home + QStringLiteral("/.config/konnectvault/konnect-vault-manager.conf");
        QFile settings(settingsFile);
        QVERIFY2(settings.open(QIODevice::ReadOnly), qPrintable(settingsFile));
        QVERIFY(settings.readAll().contains("Leak check"));
        QVERIFY(QFileInfo(m_home + QStringLiteral("/.cache/konnectvault/session.log")).size() > 0);
        if (m_realKeychain) {
            QVERIFY(
                QFileInfo::exists(m_home + QStringLiteral("/.local/share/keyrings/login.keyring")));
        }

        int scanned = 0;
        const QStringList leaks = filesContaining(m_home, needlesFor(token), &scanned);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
        QVERIFY(scanned >= 2);
        qInstallMessageHandler(nullptr);
        qInfo("scanned %d files under %s", scanned, qPrintable(m_home));
    }

    void theScanFindsAPlantedToken()
    {
        // The detector itself works: a file with the token (in any of the forms) is found.
        const QString token = Sandbox::SandboxServer::randomToken();
        const QString dir = m_home + QStringLiteral("/.cache/planted");
        QVERIFY(QDir().mkpath(dir));
        QFile planted(dir + QStringLiteral("/x.txt"));
        QVERIFY(planted.open(QIODevice::WriteOnly));
        planted.write("token=" + token.toUtf8() + "\n");
        planted.close();
        int scanned = 0;
        QCOMPARE(filesContaining(m_home, needlesFor(token), &scanned),
                 QStringList{planted.fileName()});
        QVERIFY(QDir(dir).removeRecursively());
    }
};

QTEST_MAIN(TestTokenLeak)
#include "tst_tokenleak.moc"
