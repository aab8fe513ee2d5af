// The export dialog against the sandbox: the store's keys listed fresh, the
// three formats for a chosen vault prefix, an invalid prefix, Save through a
// (non-blocking) file dialog, Copy; never a secret value.
#include "ApiTestEnvironment.h"
#include "ExportDialog.h"
#include "ReferenceExport.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>

class TestExportDialog : public QObject
{
    Q_OBJECT

    ApiTestEnvironment env;
    QString cp;
    ConfigStore store;
    QStringList keys;

    void checkNoValues(const QString &text)
    {
        // The demo's values all start with "demo-" (or are these two).
        QVERIFY(!text.contains(QLatin1String("demo-")));
        QVERIFY(!text.contains(QLatin1String("payments_app")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(env.start());
        cp = env.sandbox.controlPlaneIds().constFirst();
        store.id = env.sandbox.configStoreIds(cp).constFirst();
        store.name = QStringLiteral("payments-secrets");
        // Small pages: the dialog must read every page.
        env.client.setDefaultPageSize(7);
        Awaited<Page<ConfigStoreSecret>> page;
        env.client.listConfigStoreSecrets(cp, store.id, {100, {}}, this, page.callback());
        AWAIT_OK(page);
        for (const auto &secret : page.value().items)
            keys.append(secret.key);
        QCOMPARE(keys.size(), 20);
    }

    void formats()
    {
        ExportDialog dialog(&env.client, cp, store, {QStringLiteral("payments")});
        dialog.show();
        QVERIFY(!dialog.isReady());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
        QTRY_VERIFY(dialog.isReady());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
        using F = ReferenceExport::Format;
        for (const F format : {F::EnvTemplate, F::DeckYaml, F::Csv}) {
            dialog.setFormat(format);
            const QString expected =
                ReferenceExport::render(format, store.name, QStringLiteral("payments"), keys);
            QCOMPARE(dialog.text(), expected);
            QCOMPARE(dialog.findChild<QPlainTextEdit *>()->toPlainText(),
                     QString(expected).remove(QLatin1Char('\r')));
            checkNoValues(dialog.text());
        }
        QVERIFY(dialog.text().contains(
            QLatin1String("postgres/password,{vault://payments/postgres%2Fpassword}\r\n")));
        dialog.setFormat(F::EnvTemplate);
        QVERIFY(dialog.text().contains(
            QLatin1String("STRIPE_API_KEY=\"{vault://payments/stripe-api-key}\"\n")));
    }

    void prefixIsChecked()
    {
        ExportDialog dialog(&env.client, cp, store, {});
        dialog.show();
        QTRY_VERIFY(!dialog.statusText().startsWith(QLatin1String("Listing")));
        QVERIFY(!dialog.isReady()); // no vault reads the store: type a prefix
        QVERIFY(dialog.text().isEmpty());
        dialog.setPrefix(QStringLiteral("aws")); // a backend name
        QVERIFY(!dialog.isReady());
        QVERIFY(dialog.statusText().contains(QLatin1String("aws")));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("copyButton"))->isEnabled());
        dialog.setPrefix(QStringLiteral("my-vault"));
        QVERIFY(dialog.isReady());
        QVERIFY(dialog.text().contains(QLatin1String("{vault://my-vault/stripe-api-key}")));
    }

    void saveAndCopy()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ExportDialog dialog(&env.client, cp, store, {QStringLiteral("payments")});
        dialog.show();
        QTRY_VERIFY(dialog.isReady());
        dialog.setFormat(ReferenceExport::Format::DeckYaml);

        dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        auto *chooser = dialog.findChild<QFileDialog *>(QStringLiteral("exportFileDialog"));
        QVERIFY(chooser);
        QTRY_VERIFY(chooser->isVisible());
        QCOMPARE(chooser->defaultSuffix(), QStringLiteral("yaml"));
        QSignalSpy saved(&dialog, &ExportDialog::saved);
        const QString path = dir.filePath(QStringLiteral("refs.yaml"));
        emit chooser->fileSelected(path);
        chooser->close();
        QCOMPARE(saved.count(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), dialog.text());

        QVERIFY(!dialog.saveTo(dir.filePath(QStringLiteral("missing/dir/refs.yaml"))));
        QVERIFY(dialog.statusText().startsWith(QLatin1String("Cannot save")));

        dialog.findChild<QPushButton *>(QStringLiteral("copyButton"))->click();
        QCOMPARE(QApplication::clipboard()->text(), dialog.text());
    }

    void listErrorIsShown()
    {
        auto failure = fault("GET", "/secrets$", Sandbox::FaultKind::ServerError);
        failure.status = 500;
        env.sandbox.addFault(failure);
        ExportDialog dialog(&env.client, cp, store, {QStringLiteral("payments")});
        dialog.show();
        QTRY_VERIFY(dialog.statusText().startsWith(QLatin1String("Cannot list the secrets")));
        QVERIFY(!dialog.isReady());
        env.sandbox.clearFaults();
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
