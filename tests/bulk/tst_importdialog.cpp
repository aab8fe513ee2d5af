// The import dialog against the sandbox: the preview (new / will overwrite /
// skipped / invalid with the rule, values masked), skip and overwrite, a
// failed write, a cancelled import, choosing and dropping a file, and the
// secret browser showing what was imported.
#include "ApiTestEnvironment.h"
#include "BulkActions.h"
#include "ExportDialog.h"
#include "ImportDialog.h"
#include "ImportPreviewModel.h"
#include "MainWindow.h"
#include "SecretBrowser.h"
#include "SecretClipboard.h"
#include "SecretModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>

namespace {

using Status = ImportPreviewModel::Status;

// A counted line of the dialog's report, as the app shows it (with or without
// the English plural forms loaded).
QString counted(const char *text, int n)
{
    return QCoreApplication::translate("ImportDialog", text, nullptr, n);
}

// Made-up values only.
const QByteArray importFile = "# made-up values for the test\n"
                              "NEW_TOKEN=made-up-token-1\n"       // new
                              "stripe-api-key=made-up-stripe-2\n" // exists in the demo
                              "EMPTY=\n"                          // min_length
                              "TWICE=a\n"                         // duplicate
                              "TWICE=b\n"                         // duplicate
                              "export TLS=\"-----BEGIN X-----\\nAAA\\n-----END X-----\"\n";

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

    ApiTestEnvironment env;
    QString cp;
    ConfigStore store;
    QTemporaryDir dir;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(content);
        return path;
    }

    static int rowOf(const ImportPreviewModel *model, const QString &key)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->row(row).key == key)
                return row;
        }
        return -1;
    }

    static Status statusOf(const ImportPreviewModel *model, const QString &key)
    {
        return model->status(rowOf(model, key));
    }

    std::optional<QString> stored(const QString &key) const
    {
        return env.sandbox.secretValue(cp, store.id, key);
    }

    static QPushButton *closeButton(ImportDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(env.start());
        QVERIFY(dir.isValid());
    }

    void init()
    {
        QVERIFY(env.reset());
        cp = env.sandbox.controlPlaneIds().constFirst();
        store.id = env.sandbox.configStoreIds(cp).constFirst();
        store.name = QStringLiteral("payments-secrets");
    }

    void previewShowsStatusesAndMasksValues()
    {
        ImportDialog dialog(&env.client, cp, store);
        dialog.show();
        QVERIFY(!dialog.importButton()->isEnabled());
        dialog.loadFile(writeFile(QStringLiteral("secrets.env"), importFile));
        auto *model = dialog.model();
        QCOMPARE(model->rowCount(), 6);
        QTRY_VERIFY(model->existingKeysKnown());
        QCOMPARE(statusOf(model, "NEW_TOKEN"), Status::New);
        QCOMPARE(statusOf(model, "TLS"), Status::New);
        QCOMPARE(statusOf(model, "stripe-api-key"), Status::Skip);
        QCOMPARE(statusOf(model, "EMPTY"), Status::Invalid);
        QCOMPARE(model->data(model->index(rowOf(model, "EMPTY"), 0), ImportPreviewModel::RuleRole),
                 QVariant(QStringLiteral("min_length")));
        QCOMPARE(model->data(model->index(3, 0), ImportPreviewModel::RuleRole),
                 QVariant(QStringLiteral("duplicate")));
        const QString invalidText =
            model->index(rowOf(model, "EMPTY"), ImportPreviewModel::StatusColumn).data().toString();
        QVERIFY2(invalidText.startsWith(QLatin1String("Invalid (min_length)")),
                 qPrintable(invalidText));
        QCOMPARE(model->index(rowOf(model, "stripe-api-key"), ImportPreviewModel::StatusColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Exists: will be skipped"));
        QCOMPARE(model->index(rowOf(model, "NEW_TOKEN"), ImportPreviewModel::ValueColumn)
                     .data()
                     .toString(),
                 QStringLiteral("•••••••• ") + QCoreApplication::translate("ImportPreviewModel",
                                                                           "(%n character(s))",
                                                                           nullptr, 15));
        // No role of any cell gives a value away.
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                for (int role = 0; role <= ImportPreviewModel::LineRole; ++role) {
                    const QString text = model->index(row, column).data(role).toString();
                    QVERIFY(!text.contains(QLatin1String("made-up")));
                    QVERIFY(!text.contains(QLatin1String("AAA")));
                }
            }
        }
        QVERIFY(dialog.summaryText().contains(
            counted("%1: %n secret(s) read", 6).arg(QStringLiteral(".env file"))));
        QVERIFY(dialog.summaryText().contains(counted("%n new", 2)));
        QVERIFY(dialog.summaryText().contains(counted("%n already in the store, skipped", 1)));
        QVERIFY(dialog.summaryText().contains(
            counted("%n invalid, not imported (hover for the rule)", 3)));
        QVERIFY(dialog.importButton()->isEnabled());

        // The overwrite policy changes the status of the existing key.
        dialog.findChild<QRadioButton *>(QStringLiteral("overwriteRadio"))->click();
        QCOMPARE(statusOf(model, "stripe-api-key"), Status::Overwrite);
        QVERIFY(dialog.summaryText().contains(counted("%n to overwrite", 1)));
    }

    void importSkipsExisting()
    {
        ImportDialog dialog(&env.client, cp, store);
        dialog.show();
        dialog.loadFile(writeFile(QStringLiteral("skip.env"), importFile));
        QTRY_VERIFY(dialog.importButton()->isEnabled());
        QSignalSpy written(&dialog, &ImportDialog::secretWritten);
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        dialog.importButton()->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst(), (QVariantList{2, 0, false}));
        QCOMPARE(written.count(), 2);
        QCOMPARE(stored(QStringLiteral("NEW_TOKEN")),
                 std::optional(QStringLiteral("made-up-token-1")));
        QCOMPARE(stored(QStringLiteral("TLS")),
                 std::optional(QStringLiteral("-----BEGIN X-----\nAAA\n-----END X-----")));
        QCOMPARE(stored(QStringLiteral("stripe-api-key")),
                 std::optional(QStringLiteral("demo-stripe-7f3a91c2e84b")));
        QCOMPARE(stored(QStringLiteral("EMPTY")), std::nullopt);
        QCOMPARE(stored(QStringLiteral("TWICE")), std::nullopt);
        QCOMPARE(env.countRequests(QStringLiteral("PUT"), QStringLiteral("/secrets/")), 0);

        const QString report = dialog.reportText();
        QVERIFY2(report.contains(QLatin1String("Import finished.")), qPrintable(report));
        QVERIFY(report.contains(counted("Created: %n secret(s)", 2)));
        QVERIFY(report.contains(counted("Overwritten: %n secret(s)", 0)));
        QVERIFY(report.contains(counted("Skipped, already in the store: %n secret(s)", 1)));
        QVERIFY(report.contains(counted("Invalid rows, not imported: %n", 3)));
        QVERIFY(report.contains(counted("Failed: %n secret(s)", 0)));
        QVERIFY(!report.contains(QLatin1String("made-up")));
        auto *model = dialog.model();
        QCOMPARE(model->outcome(rowOf(model, "NEW_TOKEN")), ImportPreviewModel::Outcome::Created);
        QCOMPARE(model->outcome(rowOf(model, "stripe-api-key")),
                 ImportPreviewModel::Outcome::Skipped);
        // Values are gone from memory; the same import cannot run twice.
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->row(row).value.isEmpty());
        QVERIFY(!dialog.importButton()->isEnabled());
        QCOMPARE(closeButton(dialog)->text(), QStringLiteral("&Close"));
    }

    void importOverwritesExisting()
    {
        ImportDialog dialog(&env.client, cp, store);
        dialog.show();
        dialog.loadFile(writeFile(QStringLiteral("overwrite.env"), importFile));
        dialog.setConflictPolicy(true);
        QTRY_VERIFY(dialog.importButton()->isEnabled());
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        dialog.importButton()->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst(), (QVariantList{3, 0, false}));
        QCOMPARE(stored(QStringLiteral("stripe-api-key")),
                 std::optional(QStringLiteral("made-up-stripe-2")));
        QCOMPARE(
            env.countRequests(QStringLiteral("PUT"), QStringLiteral("/secrets/stripe-api-key")), 1);
        QVERIFY(dialog.reportText().contains(counted("Overwritten: %n secret(s)", 1)));
        QVERIFY(dialog.reportText().contains(counted("Created: %n secret(s)", 2)));
    }

    void failedWriteIsReported()
    {
        ImportDialog dialog(&env.client, cp, store);
        dialog.show();
        dialog.loadFile(writeFile(QStringLiteral("race.json"),
                                  "{\"RACE\": \"made-up-a\", \"CALM\": \"made-up-b\"}"));
        QTRY_VERIFY(dialog.importButton()->isEnabled());
        QCOMPARE(statusOf(dialog.model(), "RACE"), Status::New);
        // Someone else creates RACE after the preview: the create is refused.
        Awaited<ConfigStoreSecret> other;
        env.client.createConfigStoreSecret(cp, store.id, QStringLiteral("RACE"),
                                           QStringLiteral("theirs"), this, other.callback());
        AWAIT_OK(other);
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        dialog.importButton()->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst(), (QVariantList{1, 1, false}));
        QCOMPARE(stored(QStringLiteral("RACE")), std::optional(QStringLiteral("theirs")));
        const QString report = dialog.reportText();
        QVERIFY2(
            report.contains(counted("Failed: %n secret(s)", 1) + QStringLiteral("\n  • RACE: ")),
            qPrintable(report));
        QCOMPARE(dialog.model()->outcome(rowOf(dialog.model(), "RACE")),
                 ImportPreviewModel::Outcome::Failed);
    }

    void cancelledImport()
    {
        env.sandbox.setLatency(150);
        QByteArray content;
        for (int i = 0; i < 40; ++i)
            content += "KEY_" + QByteArray::number(i) + "=made-up-" + QByteArray::number(i) + '\n';
        ImportDialog dialog(&env.client, cp, store);
        dialog.show();
        dialog.loadFile(writeFile(QStringLiteral("many.env"), content));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.importButton()->isEnabled(), 5000);
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        dialog.importButton()->click();
        QVERIFY(dialog.isImporting());
        QCOMPARE(closeButton(dialog)->text(), QStringLiteral("Cancel i&mport"));
        auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("progressBar"));
        QVERIFY(progress->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() >= 3, 10000);
        closeButton(dialog)->click();
        QCOMPARE(finished.count(), 1);
        QVERIFY(finished.constFirst().at(2).toBool());
        QVERIFY(dialog.isVisible()); // stays open with the report
        QVERIFY(!dialog.isImporting());
        const int written = finished.constFirst().at(0).toInt();
        QVERIFY(written >= 3 && written < 40);

        using O = ImportPreviewModel::Outcome;
        auto *model = dialog.model();
        const int notStarted = model->count(O::NotStarted);
        const int interrupted = model->count(O::Interrupted);
        QVERIFY(notStarted > 0);
        QCOMPARE(model->count(O::Created) + notStarted + interrupted, 40);
        const QString report = dialog.reportText();
        QVERIFY2(report.startsWith(QLatin1String("Import cancelled.")), qPrintable(report));
        QVERIFY(report.contains(counted("Not started (cancelled): %n secret(s)", notStarted)));
        QVERIFY(report.contains(counted("Created: %n secret(s)", written)));

        // Nothing is written after the cancel beyond what was already in flight.
        QSignalSpy handled(&env.sandbox, &Sandbox::SandboxServer::requestHandled);
        handled.wait(500);
        int storedCount = 0;
        for (int i = 0; i < 40; ++i)
            storedCount += stored(QStringLiteral("KEY_%1").arg(i)) ? 1 : 0;
        QVERIFY(storedCount >= written && storedCount <= written + interrupted);
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->outcome(row) == O::NotStarted)
                QCOMPARE(stored(model->row(row).key), std::nullopt);
        }
        // Closing now closes.
        closeButton(dialog)->click();
        QVERIFY(!dialog.isVisible());
    }

    void escapeDuringImportCancelsIt()
    {
        env.sandbox.setLatency(300);
        ImportDialog dialog(&env.client, cp, store);
        dialog.show();
        dialog.loadFile(writeFile(QStringLiteral("esc.env"), "A=made-up\nB=made-up\n"));
        QTRY_VERIFY(dialog.importButton()->isEnabled());
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        dialog.importButton()->click();
        dialog.reject();
        QCOMPARE(finished.count(), 1);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.model()->count(ImportPreviewModel::Outcome::Interrupted), 2);
        QVERIFY(dialog.reportText().contains(
            counted("Interrupted by the cancel, may or may not have been written: %n "
                    "secret(s)",
                    2)));
    }

    void unreadableFile()
    {
        ImportDialog dialog(&env.client, cp, store);
        dialog.show();
        dialog.loadFile(writeFile(QStringLiteral("broken.json"), "{\"a\": \"b\",\n\"c\" 1}"));
        QCOMPARE(dialog.model()->rowCount(), 0);
        QVERIFY2(dialog.summaryText().startsWith(QLatin1String("Line 2:")),
                 qPrintable(dialog.summaryText()));
        QTRY_VERIFY(dialog.model()->existingKeysKnown());
        QVERIFY(!dialog.importButton()->isEnabled());
    }

    void chooseAndDropFile()
    {
        const QString yaml = writeFile(QStringLiteral("chosen.yaml"), "CHOSEN: made-up\n");
        const QString json = writeFile(QStringLiteral("dropped.json"), "{\"DROPPED\": \"x\"}");
        ImportDialog dialog(&env.client, cp, store);
        dialog.show();
        dialog.findChild<QPushButton *>(QStringLiteral("chooseButton"))->click();
        auto *chooser = dialog.findChild<QFileDialog *>(QStringLiteral("importFileDialog"));
        QVERIFY(chooser);
        QTRY_VERIFY(chooser->isVisible());
        QVERIFY(chooser->isModal()); // open(), not exec(): the test goes on while it shows
        emit chooser->fileSelected(yaml);
        chooser->close();
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(dialog.model()->row(0).key, QStringLiteral("CHOSEN"));

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(json)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&dialog, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&dialog, &drop);
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(dialog.model()->row(0).key, QStringLiteral("DROPPED"));
    }

    void browserShowsImportedSecrets()
    {
        SecretClipboard clipboard(QApplication::clipboard());
        QWidget window;
        SecretBrowser browser(&env.client, &clipboard, &window);
        BulkActions actions(&env.client, &browser, &window);
        QVERIFY(!actions.importAction()->isEnabled());
        browser.setStore(cp, store, {QStringLiteral("payments")});
        QTRY_VERIFY(!browser.isLoading());
        QVERIFY(actions.importAction()->isEnabled());
        QVERIFY(actions.exportAction()->isEnabled());
        QCOMPARE(browser.model()->indexOfKey(QStringLiteral("BROWSER_NEW")), -1);

        actions.importAction()->trigger();
        auto *dialog = window.findChild<ImportDialog *>(QStringLiteral("importDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTRY_VERIFY(window.findChild<QFileDialog *>(QStringLiteral("importFileDialog")));
        window.findChild<QFileDialog *>(QStringLiteral("importFileDialog"))->close();
        dialog->loadFile(writeFile(QStringLiteral("browser.env"), "BROWSER_NEW=made-up\n"));
        QTRY_VERIFY(dialog->importButton()->isEnabled());
        QSignalSpy finished(dialog, &ImportDialog::importFinished);
        dialog->importButton()->click();
        QVERIFY(finished.wait(10000));
        QVERIFY(browser.model()->indexOfKey(QStringLiteral("BROWSER_NEW")) >= 0);

        browser.clear();
        QVERIFY(!actions.importAction()->isEnabled());
    }
    void mainWindowSecretsMenu()
    {
        MainWindow window(&env.client);
        window.setSession(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *importAction = window.findChild<QAction *>(QStringLiteral("importSecretsAction"));
        auto *exportAction = window.findChild<QAction *>(QStringLiteral("exportReferencesAction"));
        QVERIFY(importAction && exportAction);
        QMenu *secretsMenu = nullptr;
        for (QAction *menuAction : window.menuBar()->actions()) {
            if (menuAction->menu() && menuAction->menu()->actions().contains(importAction))
                secretsMenu = menuAction->menu();
        }
        QVERIFY(secretsMenu);
        QVERIFY(secretsMenu->actions().contains(exportAction));
        // The first store opens on load; then both are enabled.
        QTRY_VERIFY_WITH_TIMEOUT(!window.secretBrowser()->storeId().isEmpty(), 10000);
        QTRY_VERIFY(exportAction->isEnabled());
        QVERIFY(importAction->isEnabled());
        exportAction->trigger();
        auto *dialog = window.findChild<ExportDialog *>(QStringLiteral("exportDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isReady());
        const QString prefix = window.secretBrowser()->referencePrefix();
        QVERIFY(!prefix.isEmpty());
        QVERIFY(dialog->text().contains(QStringLiteral("{vault://%1/").arg(prefix)));
        dialog->close();
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
