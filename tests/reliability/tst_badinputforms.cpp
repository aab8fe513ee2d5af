// Bad input in every form (sign-in, store create/rename, secret editor, vault
// form): refused with a message that names the rule, and nothing is sent (the
// sandbox records no request). Pasted or loaded values with NUL bytes or
// invalid UTF-8 are refused and the value already there stays.
#include "SandboxSeed.h"
#include "SecretEditorDialog.h"
#include "SignInTestRig.h"
#include "StoreDialogs.h"
#include "VaultForm.h"
#include "VaultFormDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>

class TestBadInputForms : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SignInTestRig m_rig;
    const QString cp = QString::fromLatin1(Sandbox::SeedIds::PaymentsControlPlane);
    const QString store = QString::fromLatin1(Sandbox::SeedIds::PaymentsStore);

    KonnectClient *client() const { return m_rig.client.get(); }
    static QPushButton *saveButton(QDialog *dialog)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    }
    void verifyNothingSent()
    {
        QTest::qWait(30); // anything sent would have arrived by now
        QCOMPARE(m_rig.sandbox.requests().size(), 0);
    }
    // The editor's "Load file…", choosing `path` in its file dialog.
    static void loadFile(SecretEditorDialog &dialog, const QString &path)
    {
        dialog.findChild<QToolButton *>(QStringLiteral("loadButton"))->click();
        QFileDialog *files = nullptr;
        QTRY_VERIFY((files = dialog.findChild<QFileDialog *>()) && files->isVisible());
        QSignalSpy selected(files, &QFileDialog::fileSelected);
        files->selectFile(path);
        static_cast<QDialog *>(files)->accept(); // as "Open" does
        QCOMPARE(selected.count(), 1);
    }
    static void pasteBytes(SecretEditorDialog &dialog, const QByteArray &bytes)
    {
        auto *mime = new QMimeData;
        mime->setData(QStringLiteral("text/plain"), bytes);
        QGuiApplication::clipboard()->setMimeData(mime);
        dialog.findChild<QToolButton *>(QStringLiteral("pasteButton"))->click();
        QGuiApplication::clipboard()->clear();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_rig.startSandbox());
        m_rig.build(std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("kvm.ini")),
                                                QSettings::IniFormat),
                    std::make_unique<MemoryTokenStore>());
        client()->setEndpoint(KonnectEndpoint::forCustomUrl(m_rig.sandbox.baseUrl()));
        client()->setToken(m_rig.sandbox.token());
    }

    void init() { m_rig.sandbox.clearRequests(); }

    void signInForm_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("token"); // "*": the sandbox's (valid) token
        QTest::addColumn<QString>("says");
        QTest::newRow("no profile name") << ""
                                         << "sandbox"
                                         << "*"
                                         << "Give the profile a name";
        QTest::newRow("blank profile name") << "   "
                                            << "sandbox"
                                            << "*"
                                            << "Give the profile a name";
        QTest::newRow("no URL") << "P"
                                << ""
                                << "*"
                                << "Enter the API URL";
        QTest::newRow("URL without scheme") << "P"
                                            << "konnect.example.com"
                                            << "*"
                                            << "is not a valid URL";
        QTest::newRow("URL with a space") << "P"
                                          << "https://konnect example.com"
                                          << "*"
                                          << "is not a valid URL";
        QTest::newRow("URL without host") << "P"
                                          << "https://"
                                          << "*"
                                          << "is not a valid URL";
        QTest::newRow("plain http remote") << "P"
                                           << "http://konnect.example.com"
                                           << "*"
                                           << "plain http is allowed only to this computer";
        QTest::newRow("plain http 0.0.0.0") << "P"
                                            << "http://0.0.0.0:8080"
                                            << "*"
                                            << "plain http is allowed only to this computer";
        QTest::newRow("ftp") << "P"
                             << "ftp://127.0.0.1"
                             << "*"
                             << "is not supported";
        QTest::newRow("URL with credentials") << "P"
                                              << "https://ada:pw@konnect.example.com"
                                              << "*"
                                              << "credentials";
        QTest::newRow("URL with a query") << "P"
                                          << "https://konnect.example.com/?region=eu"
                                          << "*"
                                          << "query";
        QTest::newRow("no token") << "P"
                                  << "sandbox"
                                  << ""
                                  << "Paste a personal access token";
        QTest::newRow("wrong prefix") << "P"
                                      << "sandbox"
                                      << "Bearer abcdefghijklmnopqrstuvwxyz"
                                      << "must start with kpat_";
        QTest::newRow("token too short") << "P"
                                         << "sandbox"
                                         << "kpat_tooshort"
                                         << "too short";
        QTest::newRow("token too long")
            << "P"
            << "sandbox" << QStringLiteral("kpat_") + QString(201, QLatin1Char('a')) << "too long";
        QTest::newRow("token with a line break inside") << "P"
                                                        << "sandbox"
                                                        << "kpat_abcdefghij\nklmnopqrstuvwxyz0123"
                                                        << "space or line break inside";
    }

    void signInForm()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(QString, token);
        QFETCH(QString, says);
        auto dialog = m_rig.dialog();
        dialog->show();
        SignInTestRig::child<QLineEdit>(dialog.get(), "nameEdit")->setText(name);
        auto *combo = SignInTestRig::child<QComboBox>(dialog.get(), "regionCombo");
        combo->setCurrentIndex(combo->count() - 1); // "Custom URL…"
        SignInTestRig::child<QLineEdit>(dialog.get(), "urlEdit")
            ->setText(url == QLatin1String("sandbox") ? m_rig.sandbox.baseUrl().toString() : url);
        SignInTestRig::child<QLineEdit>(dialog.get(), "tokenEdit")
            ->setText(token == QLatin1String("*") ? m_rig.sandbox.token() : token);
        QTest::mouseClick(SignInTestRig::child<QPushButton>(dialog.get(), "checkButton"),
                          Qt::LeftButton);
        QVERIFY(!dialog->isChecking());
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->resultText().contains(says), qPrintable(dialog->resultText()));
        verifyNothingSent();
        QVERIFY(!m_rig.session->isSignedIn());
    }

    void storeNameTooLongOrEmpty_data()
    {
        QTest::addColumn<bool>("rename");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("says");
        QTest::newRow("create, 101 characters")
            << false << QString(101, QLatin1Char('s')) << "more than 100 characters (it has 101)";
        QTest::newRow("create, empty") << false << QString() << "at least 1 character";
        QTest::newRow("rename, 101 characters")
            << true << QString(101, QLatin1Char('s')) << "more than 100 characters (it has 101)";
        QTest::newRow("rename, empty") << true << QString() << "at least 1 character";
    }

    void storeNameTooLongOrEmpty()
    {
        QFETCH(bool, rename);
        QFETCH(QString, name);
        QFETCH(QString, says);
        ConfigStore existing;
        if (rename) {
            existing.id = store;
            existing.name = QStringLiteral("payments");
        }
        StoreNameDialog dialog(client(), cp, existing);
        dialog.show();
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        edit->clear();
        QTest::keyClicks(edit, name);
        QVERIFY(!saveButton(&dialog)->isEnabled());
        if (!name.isEmpty()) // too long is named while typing
            QVERIFY2(dialog.errorText().contains(says), qPrintable(dialog.errorText()));
        QTest::keyClick(edit, Qt::Key_Return); // Enter tries to save anyway
        dialog.accept();
        QVERIFY2(dialog.errorText().contains(says), qPrintable(dialog.errorText()));
        QVERIFY(dialog.errorText().contains(QLatin1String("name")));
        QVERIFY(dialog.isVisible());
        verifyNothingSent();
        // Back within the rule: the message goes.
        edit->setText(QStringLiteral("fine-name"));
        QVERIFY(dialog.errorText().isEmpty());
    }

    void secretEditorRefusesOutOfRange_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty key") << QString() << "v"
                                   << "key must have at least 1 character";
        QTest::newRow("key 513 characters") << QString(513, QLatin1Char('k')) << "v"
                                            << "key must not have more than 512 characters";
        QTest::newRow("empty value") << "k" << QString() << "value must have at least 1 character";
        QTest::newRow("value 5121 characters") << "k" << QString(5121, QLatin1Char('v'))
                                               << "value must not have more than 5120 characters";
        QTest::newRow("value with NUL")
            << "k" << QStringLiteral("made-up") + QChar(u'\0') + QStringLiteral("value")
            << "value must not contain a NUL character";
    }

    void secretEditorRefusesOutOfRange()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, says);
        SecretEditorDialog dialog(client(), cp, store, SecretEditorDialog::Mode::Create);
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("keyEdit"))->setText(key);
        dialog.setValue(value);
        QVERIFY(!saveButton(&dialog)->isEnabled());
        dialog.accept();
        QVERIFY2(dialog.errorText().contains(says), qPrintable(dialog.errorText()));
        QVERIFY(dialog.errorText().startsWith(QLatin1String("Nothing was sent")));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.key(), key);
        QCOMPARE(dialog.value(), value);
        verifyNothingSent();
    }

    void secretEditorNamesANulAsSoonAsItIsThere()
    {
        SecretEditorDialog dialog(client(), cp, store, SecretEditorDialog::Mode::Create);
        dialog.findChild<QLineEdit *>(QStringLiteral("keyEdit"))->setText(QStringLiteral("k"));
        dialog.setValue(QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b"));
        QVERIFY2(dialog.errorText().contains(QLatin1String("NUL")), qPrintable(dialog.errorText()));
        QVERIFY(!dialog.canSave());
    }

    void secretEditorPaste_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says"); // empty: accepted
        QTest::newRow("text") << QByteArray("made-up pasted value") << QString();
        QTest::newRow("UTF-8 text") << QByteArray("p\xc3\xa4ss\xe2\x82\xac") << QString();
        QTest::newRow("invalid UTF-8") << QByteArray("made-up\xff\xfevalue") << "valid UTF-8";
        QTest::newRow("Latin-1") << QByteArray("p\xe4ss") << "valid UTF-8";
        QTest::newRow("NUL byte") << QByteArray("made-up\0value", 13) << "NUL character";
    }

    void secretEditorPaste()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        SecretEditorDialog dialog(client(), cp, store, SecretEditorDialog::Mode::Create);
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("keyEdit"))->setText(QStringLiteral("k"));
        dialog.setValue(QStringLiteral("made-up value before"));
        pasteBytes(dialog, bytes);
        if (says.isEmpty()) {
            QCOMPARE(dialog.value(), QString::fromUtf8(bytes));
            QVERIFY(dialog.canSave());
        } else {
            QVERIFY2(dialog.errorText().contains(says), qPrintable(dialog.errorText()));
            QCOMPARE(dialog.value(), QStringLiteral("made-up value before")); // kept
            QVERIFY(!dialog.value().contains(QChar::ReplacementCharacter));
        }
        verifyNothingSent();
    }

    void secretEditorLoadFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says"); // empty: accepted
        QTest::newRow("PEM") << QByteArray("-----BEGIN MADE-UP-----\nAAAA\n-----END MADE-UP-----\n")
                             << QString();
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01\x01\0\0\0\0\0",
                                              12)
                                << "NUL character";
        QTest::newRow("invalid UTF-8") << QByteArray("\x89PNG\r\n\x1a\n") << "valid UTF-8";
        QTest::newRow("UTF-16 text") << QByteArray("\xff\xfek\0e\0y\0", 8) << "valid UTF-8";
        QTest::newRow("empty file") << QByteArray() << "at least 1 character";
        QTest::newRow("too large") << QByteArray(30000, 'v') << "too large";
    }

    void secretEditorLoadFile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const QString path = m_dir.filePath(QStringLiteral("value.bin"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(bytes);
        }
        SecretEditorDialog dialog(client(), cp, store, SecretEditorDialog::Mode::Create);
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("keyEdit"))->setText(QStringLiteral("k"));
        dialog.setValue(QStringLiteral("made-up value before"));
        loadFile(dialog, path);
        if (says.isEmpty()) {
            QCOMPARE(dialog.value(), QString::fromUtf8(bytes));
        } else {
            QVERIFY2(dialog.errorText().contains(says), qPrintable(dialog.errorText()));
            QCOMPARE(dialog.value(), QStringLiteral("made-up value before"));
        }
        verifyNothingSent();
    }

    void vaultForm_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty prefix") << "env"
                                      << "prefix" << QString() << "is required";
        QTest::newRow("prefix with capitals") << "env"
                                              << "prefix"
                                              << "Payments"
                                              << "lowercase";
        QTest::newRow("prefix with a space") << "env"
                                             << "prefix"
                                             << "pay ments"
                                             << "lowercase";
        QTest::newRow("prefix of one letter") << "env"
                                              << "prefix"
                                              << "p"
                                              << "end with a letter or digit";
        QTest::newRow("prefix is a backend") << "env"
                                             << "prefix"
                                             << "hcv"
                                             << "name of a vault backend";
        QTest::newRow("required field empty") << "env"
                                              << "config.prefix" << QString() << "required";
        QTest::newRow("conjur URL without scheme") << "conjur"
                                                   << "config.endpoint_url"
                                                   << "conjur.example.com"
                                                   << "full URL";
        QTest::newRow("conjur URL malformed") << "conjur"
                                              << "config.endpoint_url"
                                              << "https://conjur example"
                                              << "full URL";
        QTest::newRow("aws endpoint ftp") << "aws"
                                          << "config.endpoint_url"
                                          << "ftp://s3.example.com"
                                          << "full URL";
        QTest::newRow("azure vault URI without host") << "azure"
                                                      << "config.vault_uri"
                                                      << "https://"
                                                      << "full URL";
    }

    void vaultForm()
    {
        QFETCH(QString, backend);
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, says);
        VaultFormDialog dialog;
        dialog.setClosesOnSubmit(false);
        dialog.show();
        VaultForm *form = dialog.form();
        form->setBackend(backend);
        // Everything else valid where it is simple to make it so.
        qobject_cast<QLineEdit *>(form->fieldWidget(QStringLiteral("prefix")))
            ->setText(QStringLiteral("good-prefix"));
        if (backend == QLatin1String("env"))
            qobject_cast<QLineEdit *>(form->fieldWidget(QStringLiteral("config.prefix")))
                ->setText(QStringLiteral("MY_"));
        auto *edit = qobject_cast<QLineEdit *>(form->fieldWidget(field));
        QVERIFY2(edit, qPrintable(field));
        edit->setText(text);
        QSignalSpy submitted(&dialog, &VaultFormDialog::submitted);
        dialog.accept();
        QCOMPARE(submitted.count(), 0); // nothing to send
        QVERIFY(dialog.isVisible());
        QVERIFY2(form->fieldMessage(field).contains(says), qPrintable(form->fieldMessage(field)));
        QCOMPARE(edit->text(), text); // as typed
        verifyNothingSent();
    }
};

QTEST_MAIN(TestBadInputForms)
#include "tst_badinputforms.moc"
