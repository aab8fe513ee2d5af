// Nothing secret is left behind: a full GUI session (sign in through the
// dialog, create secrets, rotate one, copy a value through the editor's "Copy
// value"), with every logging category at debug, then no file under HOME, the
// XDG dirs or among what this run put in the temporary directory holds the
// token or a secret value (as UTF-8, UTF-16, base64 or percent-encoded), and
// neither does the captured log. Runs with the
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
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMutex>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QToolButton>

#include <sys/stat.h>
#include <sys/types.h>

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
    QStringList files; // read
    QStringList roots;
};

// The time a file was last written or had its metadata changed, in seconds.
qint64 changedAt(const struct stat &st)
{
    return qMax<qint64>(st.st_mtim.tv_sec, st.st_ctim.tv_sec);
}

// Reads `path` when it is a regular file of at most 8 MiB. A FIFO, socket or
// device is never opened (opening a FIFO would wait for a writer).
void scanFile(const QString &path, const QList<Needle> &needles, ScanResult *result)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray bytes = file.readAll();
    result->files.append(path);
    for (const Needle &needle : needles) {
        if (bytes.contains(needle.bytes))
            result->hits.append(path + QStringLiteral(": ") + needle.label);
    }
}

// Walks `path` without following symlinks and without leaving the filesystem
// `device` (a /proc or bind mount under the temporary directory is skipped),
// reading regular files only.
void scanTree(const QString &path, dev_t device, const QList<Needle> &needles, ScanResult *result)
{
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0 || st.st_dev != device)
        return;
    if (S_ISREG(st.st_mode)) {
        if (st.st_size <= 8 * 1024 * 1024)
            scanFile(path, needles, result);
        return;
    }
    if (!S_ISDIR(st.st_mode))
        return;
    const QStringList names =
        QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : names)
        scanTree(path + QLatin1Char('/') + name, device, needles, result);
}

void scanRoot(const QString &root, const QList<Needle> &needles, ScanResult *result)
{
    struct stat st
    {
    };
    if (root.isEmpty() || ::lstat(QFile::encodeName(root).constData(), &st) != 0 ||
        !S_ISDIR(st.st_mode))
        return;
    result->roots.append(root);
    scanTree(root, st.st_dev, needles, result);
}

// The entries directly in `tempDir` created or changed at or after `since`
// (seconds since the epoch) on the temporary directory's own filesystem: what
// this run could have written there. A developer's temporary directory holds
// anything else (other builds, chroots with /proc mounted, other users' files),
// which is not this test's to read.
QStringList tempEntriesSince(const QString &tempDir, qint64 since)
{
    struct stat top
    {
    };
    if (::lstat(QFile::encodeName(tempDir).constData(), &top) != 0)
        return {};
    QStringList entries;
    const QStringList names = QDir(tempDir).entryList(QDir::AllEntries | QDir::Hidden |
                                                      QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        const QString path = tempDir + QLatin1Char('/') + name;
        struct stat st
        {
        };
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0 || st.st_dev != top.st_dev)
            continue;
        if ((S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)) && changedAt(st) >= since)
            entries.append(path);
    }
    return entries;
}

// Scans the roots whole and the temporary directory's recent entries.
void scanAll(const QStringList &roots, const QString &tempDir, qint64 since,
             const QList<Needle> &needles, ScanResult *result)
{
    for (const QString &root : roots)
        scanRoot(root, needles, result);
    for (const QString &entry : tempEntriesSince(tempDir, since)) {
        struct stat st
        {
        };
        if (::lstat(QFile::encodeName(entry).constData(), &st) != 0)
            continue;
        result->roots.append(entry);
        scanTree(entry, st.st_dev, needles, result);
    }
    // HOME may lie in a recent entry of the temporary directory (run-with-keyring).
    result->hits.removeDuplicates();
}

} // namespace

class TestNoSecretsLeft : public QObject
{
    Q_OBJECT

    bool m_realKeychain = false;
    QString m_home;
    // Entries of the temporary directory changed since then are this run's; the
    // slack covers a filesystem that keeps whole seconds.
    qint64 m_since = 0;
    SignInTestRig m_rig;
    const QString cp = QString::fromLatin1(Sandbox::SeedIds::PaymentsControlPlane);
    const QString store = QString::fromLatin1(Sandbox::SeedIds::PaymentsStore);

    QStringList roots() const
    {
        QStringList list{m_home};
        for (const char *name : {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME",
                                 "XDG_STATE_HOME", "XDG_RUNTIME_DIR"}) {
            const QString dir = qEnvironmentVariable(name);
            if (!dir.isEmpty())
                list.append(dir);
        }
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
        m_since = QDateTime::currentSecsSinceEpoch() - 2;
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
        // It may have been cleared already, during the saves: a count, not a wait.
        QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 10000);
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

        // Every file: HOME, XDG dirs (the keyring's own under run-with-keyring),
        // and what this run put in the temporary directory.
        const QString settingsFile =
            m_home + QStringLiteral("/.config/konnectvault/konnect-vault-manager.conf");
        QFile settings(settingsFile);
        QVERIFY2(settings.open(QIODevice::ReadOnly), qPrintable(settingsFile));
        QVERIFY(settings.readAll().contains("No secrets left")); // the session did write
        if (m_realKeychain)
            QVERIFY(
                QFileInfo::exists(m_home + QStringLiteral("/.local/share/keyrings/login.keyring")));
        ScanResult result;
        scanAll(roots(), QDir::tempPath(), m_since, needles, &result);
        qInfo("scanned %d files under %s; %d log lines checked", int(result.files.size()),
              qPrintable(result.roots.join(QStringLiteral(", "))), logLines);
        // The scan did read what the session wrote.
        QVERIFY2(result.files.contains(settingsFile), qPrintable(result.files.join(u',')));
        QVERIFY2(result.hits.isEmpty(), qPrintable(result.hits.join(QLatin1Char('\n'))));
    }

    // The control: secrets planted in every form, in the temporary directory
    // and under HOME, are found through the same choice of what to scan; a FIFO
    // beside them is passed over (opening it would wait for ever), and a
    // symlink to a planted file is not followed (the file is found once).
    void theScanFindsPlantedSecrets()
    {
        const QString secret = madeUp("planted");
        const QList<Needle> needles = needlesFor(QStringLiteral("planted"), secret);
        QTemporaryDir tempDir(QDir::tempPath() + QStringLiteral("/kvm-planted-XXXXXX"));
        QVERIFY(tempDir.isValid());
        QTemporaryDir homeDir(m_home + QStringLiteral("/planted-XXXXXX"));
        QVERIFY(homeDir.isValid());
        QStringList expected;
        int index = 0;
        for (const Needle &needle : needles) {
            for (const QTemporaryDir *dir : {&tempDir, &homeDir}) {
                const QString path = dir->filePath(QStringLiteral("deep/form-%1.bin").arg(index));
                QVERIFY(QDir().mkpath(QFileInfo(path).path()));
                QFile file(path);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write("prefix " + needle.bytes + " suffix");
                expected.append(path + QStringLiteral(": ") + needle.label);
            }
            ++index;
        }
        const QByteArray fifo = QFile::encodeName(tempDir.filePath(QStringLiteral("a-fifo")));
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
        const QString link = tempDir.filePath(QStringLiteral("a-link"));
        QVERIFY(QFile::link(homeDir.filePath(QStringLiteral("deep/form-0.bin")), link));

        ScanResult result;
        scanAll(roots(), QDir::tempPath(), m_since, needles, &result);
        QVERIFY2(result.roots.contains(tempDir.path()), qPrintable(result.roots.join(u',')));
        for (const QString &hit : std::as_const(expected))
            QVERIFY2(result.hits.contains(hit), qPrintable(hit));
        // Hits name the planted files only: not the FIFO, not the link (a file
        // may hold several forms, base64url being a prefix of base64).
        QSet<QString> plantedFiles;
        for (const QString &hit : std::as_const(expected))
            plantedFiles.insert(hit.section(QStringLiteral(": "), 0, 0));
        for (const QString &hit : std::as_const(result.hits))
            QVERIFY2(plantedFiles.contains(hit.section(QStringLiteral(": "), 0, 0)),
                     qPrintable(hit));
        QVERIFY(!result.hits.join(u'\n').contains(link));
    }
};

QTEST_MAIN(TestNoSecretsLeft)
#include "tst_nosecretsleft.moc"
