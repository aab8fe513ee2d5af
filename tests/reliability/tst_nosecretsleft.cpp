// Nothing secret is left behind: a full GUI session (sign in through the
// dialog, create secrets, rotate one, copy a value through the editor's "Copy
// value"), with every logging category at debug, then no file under HOME, the
// XDG dirs or /tmp holds the token or a secret value (as UTF-8, UTF-16, base64
// or percent-encoded), and neither does the captured log. Runs with the
// in-memory token store in kvm_add_test's private HOME, and with the real
// Secret Service under run-with-keyring (KVM_REAL_SECRET_SERVICE), whose own
// keyring files are scanned too.
#include "Application.h"
#include "KeychainTokenStore.h"
#include "SandboxSeed.h"
#include "SecretClipboard.h"
#include "SecretEditorDialog.h"
#include "SignInTestRig.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMutex>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QToolButton>

namespace {

QMutex g_logMutex;
QStringList g_log;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    g_log.append(QString::fromLatin1(context.category ? context.category : "default") +
                 QStringLiteral(": ") + message);
}

QString madeUp(const char *what)
{
    QString text = QString::fromLatin1(what) + QLatin1Char('-');
    for (int i = 0; i < 24; ++i)
        text += QLatin1Char(
            "abcdefghijkmnpqrstuvwxyz23456789"[QRandomGenerator::global()->bounded(32)]);
    return text;
}

// Each secret in the forms a file could hold it in.
struct Needle
{
    QString label;
    QByteArray bytes;
};

QList<Needle> needlesFor(const QString &label, const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QList<Needle> needles{
        {label, utf8},
        {label + QStringLiteral(" (base64)"), utf8.toBase64()},
        {label + QStringLiteral(" (base64url)"),
         utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)},
        {label + QStringLiteral(" (percent-encoded)"), utf8.toPercentEncoding()},
        {label + QStringLiteral(" (UTF-16)"),
         QByteArray(reinterpret_cast<const char *>(secret.utf16()),
                    secret.size() * qsizetype(sizeof(char16_t)))},
    };
    // A token's body alone (without kpat_), which also catches an encoded prefix.
    if (secret.startsWith(QLatin1String("kpat_")))
        needles.append({label + QStringLiteral(" (body)"), secret.mid(5).toUtf8()});
    return needles;
}

struct ScanResult
{
    QStringList hits;
    int files = 0;
    QStringList roots;
};

// Regular files only (no symlinks, devices or sockets), up to 8 MiB each.
void scan(const QString &root, const QList<Needle> &needles, ScanResult *result)
{
    if (root.isEmpty() || !QFileInfo(root).isDir())
        return;
    result->roots.append(root);
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (!info.isFile() || info.isSymLink() || info.size() > 8 * 1024 * 1024)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        ++result->files;
        for (const Needle &needle : needles) {
            if (bytes.contains(needle.bytes))
                result->hits.append(path + QStringLiteral(": ") + needle.label);
        }
    }
}

} // namespace

class TestNoSecretsLeft : public QObject
{
    Q_OBJECT

    bool m_realKeychain = false;
    QString m_home;
    SignInTestRig m_rig;
    const QString cp = QString::fromLatin1(Sandbox::SeedIds::PaymentsControlPlane);
    const QString store = QString::fromLatin1(Sandbox::SeedIds::PaymentsStore);

    QStringList roots() const
    {
        QStringList list{m_home};
        for (const char *name : {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME",
                                 "XDG_STATE_HOME", "XDG_RUNTIME_DIR", "TMPDIR"}) {
            const QString dir = qEnvironmentVariable(name);
            if (!dir.isEmpty())
                list.append(dir);
        }
        list.append(QDir::tempPath());
        list.append(QStringLiteral("/tmp"));
        list.removeDuplicates();
        // A root inside another is scanned once, as part of the outer one.
        QStringList outer;
        for (const QString &root : std::as_const(list)) {
            const QString clean = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
            bool inside = false;
            for (const QString &other : std::as_const(list)) {
                const QString o = QDir::cleanPath(QFileInfo(other).absoluteFilePath());
                if (o != clean && clean.startsWith(o + QLatin1Char('/')))
                    inside = true;
            }
            if (!inside && !outer.contains(clean))
                outer.append(clean);
        }
        return outer;
    }

    // Creates (or rotates) a secret through the editor, as a person would.
    void saveThroughEditor(SecretEditorDialog::Mode mode, const QString &key, const QString &value,
                           SecretClipboard *clipboard = nullptr)
    {
        SecretEditorDialog dialog(m_rig.client.get(), cp, store, mode,
                                  mode == SecretEditorDialog::Mode::Rotate ? key : QString());
        dialog.setClipboard(clipboard);
        dialog.show();
        if (mode == SecretEditorDialog::Mode::Create)
            QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("keyEdit")), key);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit")), value);
        if (clipboard) {
            dialog.setRevealed(true);
            dialog.findChild<QToolButton *>(QStringLiteral("copyButton"))->click();
            QCOMPARE(QGuiApplication::clipboard()->text(), value);
        }
        QSignalSpy saved(&dialog, &SecretEditorDialog::saved);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QVERIFY(saved.wait(15000));
    }

private slots:
    void initTestCase()
    {
        m_realKeychain = qEnvironmentVariableIsSet("KVM_REAL_SECRET_SERVICE");
        m_home = QDir::homePath();
        if (!m_realKeychain)
            QVERIFY2(m_home.endsWith(QLatin1String("/home/tst_nosecretsleft")), qPrintable(m_home));
        QVERIFY(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                    .startsWith(m_home));
        Application::setMetadata(); // QSettings under $HOME/.config, as the app has them
        // Every category at every level, debug included.
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\n*.info=true\n*=true"));
        qInstallMessageHandler(capture);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(nullptr);
        QLoggingCategory::setFilterRules(QString());
    }

    void fullSessionLeavesNothing()
    {
        QVERIFY(m_rig.startSandbox());
        const QString token = m_rig.sandbox.token();
        std::unique_ptr<TokenStore> tokens;
        if (m_realKeychain)
            tokens = std::make_unique<KeychainTokenStore>();
        else
            tokens = std::make_unique<MemoryTokenStore>();
        m_rig.build(nullptr, std::move(tokens)); // the application's own QSettings

        // Sign in through the dialog, pasting the token.
        {
            auto dialog = m_rig.dialog();
            dialog->show();
            SignInTestRig::fill(dialog.get(), QStringLiteral("No secrets left"),
                                m_rig.sandbox.baseUrl(), QString());
            auto *tokenEdit = SignInTestRig::child<QLineEdit>(dialog.get(), "tokenEdit");
            QGuiApplication::clipboard()->setText(token);
            QTest::keyClick(tokenEdit, Qt::Key_V, Qt::ControlModifier);
            QGuiApplication::clipboard()->clear();
            QCOMPARE(tokenEdit->text(), token);
            QTest::mouseClick(SignInTestRig::child<QPushButton>(dialog.get(), "checkButton"),
                              Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(dialog->result(), int(QDialog::Accepted), 20000);
        }
        QVERIFY(m_rig.session->isSignedIn());
        QCOMPARE(m_rig.session->isSessionOnly(), false);

        // Create two secrets, copy one value, rotate the other.
        const QString first = madeUp("first-value");
        const QString second = madeUp("second-value");
        const QString rotated = madeUp("rotated-value");
        SecretClipboard clipboard(QGuiApplication::clipboard());
        clipboard.setClearTimeout(200);
        QSignalSpy cleared(&clipboard, &SecretClipboard::cleared);
        saveThroughEditor(SecretEditorDialog::Mode::Create, QStringLiteral("leak-check-one"), first,
                          &clipboard);
        saveThroughEditor(SecretEditorDialog::Mode::Create, QStringLiteral("leak-check-two"),
                          second);
        saveThroughEditor(SecretEditorDialog::Mode::Rotate, QStringLiteral("leak-check-two"),
                          rotated);
        QCOMPARE(m_rig.sandbox.secretValue(cp, store, QStringLiteral("leak-check-one")),
                 std::optional<QString>(first));
        QCOMPARE(m_rig.sandbox.secretValue(cp, store, QStringLiteral("leak-check-two")),
                 std::optional<QString>(rotated));
        QVERIFY(cleared.wait(5000));
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());

        // A failure path too: a duplicate key is refused (the value is in the request).
        {
            std::optional<ApiResult<ConfigStoreSecret>> duplicate;
            m_rig.client->createConfigStoreSecret(
                cp, store, QStringLiteral("leak-check-one"), first, this,
                [&duplicate](const ApiResult<ConfigStoreSecret> &r) { duplicate = r; });
            QTRY_VERIFY_WITH_TIMEOUT(duplicate.has_value(), 15000);
            QVERIFY(!duplicate->ok());
        }

        // End the session as the app does at quit: settings flushed.
        m_rig.session.reset();
        m_rig.profiles.reset();
        QVERIFY(m_rig.tokens);

        // The log: something was logged (so this can fail), nothing secret was.
        QString log;
        {
            QMutexLocker lock(&g_logMutex);
            log = g_log.join(QLatin1Char('\n'));
        }
        const int logLines = int(g_log.size());
        qInstallMessageHandler(nullptr); // the session is over: what follows may print
        QVERIFY2(log.contains(QLatin1String("POST")) && log.contains(QLatin1String("/secrets")),
                 qPrintable(log.left(2000)));
        QVERIFY(log.contains(QLatin1String("PUT")));
        QVERIFY(!log.contains(QLatin1String("Bearer")));
        const QList<QPair<QString, QString>> secrets{{QStringLiteral("token"), token},
                                                     {QStringLiteral("first value"), first},
                                                     {QStringLiteral("second value"), second},
                                                     {QStringLiteral("rotated value"), rotated}};
        QList<Needle> needles;
        for (const auto &secret : secrets)
            needles += needlesFor(secret.first, secret.second);
        QStringList logHits;
        const QByteArray logBytes = log.toUtf8();
        for (const Needle &needle : std::as_const(needles)) {
            if (logBytes.contains(needle.bytes))
                logHits.append(needle.label);
        }
        QVERIFY2(logHits.isEmpty(), qPrintable(logHits.join(QStringLiteral(", "))));

        // Every file: HOME, XDG dirs (the keyring's own under run-with-keyring), /tmp.
        const QString settingsFile =
            m_home + QStringLiteral("/.config/konnectvault/konnect-vault-manager.conf");
        QFile settings(settingsFile);
        QVERIFY2(settings.open(QIODevice::ReadOnly), qPrintable(settingsFile));
        QVERIFY(settings.readAll().contains("No secrets left")); // the session did write
        if (m_realKeychain)
            QVERIFY(
                QFileInfo::exists(m_home + QStringLiteral("/.local/share/keyrings/login.keyring")));
        ScanResult result;
        const QStringList dirs = roots();
        for (const QString &root : dirs)
            scan(root, needles, &result);
        qInfo("scanned %d files under %s; %d log lines checked", result.files,
              qPrintable(result.roots.join(QStringLiteral(", "))), logLines);
        QVERIFY(result.files >= 2);
        QVERIFY2(result.hits.isEmpty(), qPrintable(result.hits.join(QLatin1Char('\n'))));
    }

    void theScanFindsPlantedSecrets()
    {
        // The detector works for every form, in a file under /tmp and under HOME.
        const QString secret = madeUp("planted");
        const QList<Needle> needles = needlesFor(QStringLiteral("planted"), secret);
        QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/kvm-planted-XXXXXX"));
        QVERIFY(dir.isValid());
        int index = 0;
        for (const Needle &needle : needles) {
            QFile file(dir.filePath(QStringLiteral("form-%1.bin").arg(index++)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("prefix " + needle.bytes + " suffix");
        }
        ScanResult result;
        scan(dir.path(), needles, &result);
        QCOMPARE(result.files, needles.size());
        for (int i = 0; i < needles.size(); ++i) {
            const QString expected = dir.filePath(QStringLiteral("form-%1.bin").arg(i)) +
                                     QStringLiteral(": ") + needles.at(i).label;
            QVERIFY2(result.hits.contains(expected), qPrintable(expected));
        }
    }
};

QTEST_MAIN(TestNoSecretsLeft)
#include "tst_nosecretsleft.moc"
