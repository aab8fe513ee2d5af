// The reference audit in the real main window against the sandbox's demo: the
// "Used by" column and its tooltip, the audit panel (View → Reference audit…)
// listing a dangling reference, and the delete confirmations of a secret, a
// vault and a store naming the references that would break.
#include "ApiTestEnvironment.h"
#include "DeleteWarning.h"
#include "MainWindow.h"
#include "ReferenceAuditHub.h"
#include "ReferenceAuditPanel.h"
#include "SandboxSeed.h"
#include "SecretBrowser.h"
#include "SecretModel.h"
#include "StoreDialogs.h"
#include "TextFilterProxy.h"
#include "UsedByProxy.h"
#include "VaultActions.h"
#include "VaultModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>

#include <memory>

class TestAuditWidgets : public QObject
{
    Q_OBJECT

    ApiTestEnvironment env;
    std::unique_ptr<MainWindow> window;
    const QString payments = QString::fromLatin1(Sandbox::SeedIds::PaymentsControlPlane);
    const QString paymentsStore = QString::fromLatin1(Sandbox::SeedIds::PaymentsStore);

    SecretBrowser *browser() const { return window->secretBrowser(); }

    // The view's index of `key` in `column` (-1: the Used by column).
    QModelIndex cell(const QString &key, int column = -1) const
    {
        const int row = browser()->model()->indexOfKey(key);
        if (row < 0)
            return QModelIndex();
        auto *proxy = static_cast<UsedByFilterProxy *>(browser()->proxy());
        const QModelIndex first = proxy->mapFromSource(browser()->model()->index(row, 0));
        return first.siblingAtColumn(column < 0 ? proxy->usedByColumn() : column);
    }

    void selectKey(const QString &key)
    {
        const QModelIndex index = cell(key, 0);
        QVERIFY(index.isValid());
        browser()->view()->setCurrentIndex(index);
        browser()->view()->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
    }

    template<typename T>
    T *openDialog(const QString &name = QString()) const
    {
        const auto widgets = QApplication::topLevelWidgets();
        for (QWidget *widget : widgets) {
            if (auto *dialog = qobject_cast<T *>(widget);
                dialog && dialog->isVisible() && (name.isEmpty() || dialog->objectName() == name))
                return dialog;
        }
        return nullptr;
    }

private slots:
    void initTestCase() { QVERIFY(env.start()); }

    void init()
    {
        QVERIFY(env.reset());
        window = std::make_unique<MainWindow>(&env.client);
        window->setSession(true, payments);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTRY_COMPARE(window->currentControlPlaneId(), payments);
        QTRY_COMPARE(browser()->storeId(), paymentsStore);
        QTRY_VERIFY(browser()->model()->rowCount() == 20);
    }

    void cleanup()
    {
        window.reset();
        delete ReferenceAuditHub::of(&env.client); // no report survives a test
    }

    void auditWaitsForTheShownStoreAndListsItOnce()
    {
        // init() showed the payments store; its audit has the store's keys from that load.
        auto *hub = ReferenceAuditHub::of(&env.client);
        QTRY_VERIFY_WITH_TIMEOUT(hub->report(payments).has_value(), 20000);
        const QString storeSecrets =
            QStringLiteral("/config-stores/") + paymentsStore + QStringLiteral("/secrets");
        QCOMPARE(env.countRequests(QStringLiteral("GET"), storeSecrets), 1);
        // ...and found a dangling reference to a key that store does not hold (demo seed).
        bool dangling = false;
        const AuditReport report = *hub->report(payments);
        for (const AuditReference &reference : report.references)
            dangling = dangling || reference.status != AuditReference::Status::Resolved;
        QVERIFY(dangling);

        // While the store loads again (4 slow pages), the audit waits and says it is coming.
        env.sandbox.setLatency(150);
        env.client.setDefaultPageSize(5);
        delete hub;
        env.sandbox.clearRequests();
        browser()->clear();
        ConfigStore store;
        store.id = paymentsStore;
        store.name = QStringLiteral("payments");
        browser()->setStore(payments, store, {QStringLiteral("payments")});
        QTRY_VERIFY(browser()->model()->rowCount() > 0);
        QCOMPARE(cell(browser()->model()->keyAt(0)).data().toString(), QStringLiteral("Checking…"));
        QVERIFY(browser()->isLoading());
        QCOMPARE(env.countRequests(QStringLiteral("GET"), QStringLiteral("/core-entities/")), 0);
        QSignalSpy changed(browser()->proxy(), &QAbstractItemModel::dataChanged);
        QTRY_VERIFY_WITH_TIMEOUT(!browser()->isLoading(), 20000);
        // The audit starts (its first request takes 150 ms): the column still says
        // "Checking…", so no row is reported changed (nor repainted) for it.
        QCOMPARE(changed.size(), 0);
        QCOMPARE(cell(browser()->model()->keyAt(0)).data().toString(), QStringLiteral("Checking…"));
        env.sandbox.setLatency(0);
        env.client.setDefaultPageSize(100);
        QTRY_COMPARE_WITH_TIMEOUT(cell(QStringLiteral("stripe-api-key")).data().toString(),
                                  QStringLiteral("Unused"), 20000);
        QVERIFY(env.countRequests(QStringLiteral("GET"), QStringLiteral("/core-entities/")) > 0);
        QCOMPARE(env.countRequests(QStringLiteral("GET"), storeSecrets), 4); // one load's pages
    }

    void usedByColumnAndTooltip()
    {
        auto *proxy = static_cast<UsedByFilterProxy *>(browser()->proxy());
        QAbstractItemModelTester tester(proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester usedByTester(
            proxy->usedBy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int column = proxy->usedByColumn();
        // Indexes of the source's columns are the source's cells (mapped without a round trip).
        UsedByProxy *usedBy = proxy->usedBy();
        QVERIFY(usedBy->rowCount() > 0);
        const QModelIndex keyCell = usedBy->index(usedBy->rowCount() - 1, SecretModel::KeyColumn);
        QCOMPARE(usedBy->mapToSource(keyCell),
                 usedBy->sourceModel()->index(usedBy->rowCount() - 1, SecretModel::KeyColumn));
        QVERIFY(!usedBy->index(usedBy->rowCount(), SecretModel::KeyColumn).isValid());
        QVERIFY(!usedBy->index(0, column + 1).isValid());
        QVERIFY(!usedBy->index(-1, column).isValid());
        QCOMPARE(column, int(SecretModel::ColumnCount));
        QCOMPARE(proxy->headerData(column, Qt::Horizontal).toString(), QStringLiteral("Used by"));

        // The audit starts by itself when a store of an unaudited control plane shows.
        QTRY_COMPARE_WITH_TIMEOUT(cell(QStringLiteral("paypal-client-secret")).data().toString(),
                                  QStringLiteral("plugin “openid-connect” (config.client_secret) "
                                                 "on service “billing”"),
                                  20000);
        QCOMPARE(cell(QStringLiteral("stripe-api-key")).data().toString(),
                 QStringLiteral("Unused"));
        const QString tooltip =
            cell(QStringLiteral("paypal-client-secret")).data(Qt::ToolTipRole).toString();
        QVERIFY2(tooltip.startsWith(QStringLiteral("Used by:\n• plugin “openid-connect”")),
                 qPrintable(tooltip));
        QVERIFY(cell(QStringLiteral("stripe-api-key"))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("No gateway entity")));

        // Sorting by the column puts the used secrets last (ascending use count).
        browser()->view()->sortByColumn(column, Qt::AscendingOrder);
        const int rows = proxy->rowCount();
        QCOMPARE(proxy->index(rows - 1, column).data(UsedByProxy::UsedByCountRole).toInt(), 1);
        QCOMPARE(proxy->index(0, column).data(UsedByProxy::UsedByCountRole).toInt(), 0);
        // The filter still works on the keys.
        browser()->filterEdit()->setText(QStringLiteral("paypal"));
        QTRY_COMPARE(proxy->rowCount(), 2);
    }

    void auditPanelListsDanglingReferences()
    {
        // Slow lists: the progress bar shows while the audit runs.
        env.sandbox.addFault({QString(), QRegularExpression(QStringLiteral("/core-entities/")),
                              Sandbox::FaultKind::Delay, 0, Sandbox::RetryAfterStyle::None, 1, 50,
                              -1});
        auto *action = window->findChild<QAction *>(QStringLiteral("referenceAuditAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+A")));
        action->trigger();
        auto *panel = window->findChild<ReferenceAuditPanel *>();
        QVERIFY(panel);
        QTRY_VERIFY(panel->isVisible());
        QCOMPARE(panel->controlPlaneId(), payments);

        QTreeWidget *dangling = panel->danglingList();
        QTRY_COMPARE_WITH_TIMEOUT(dangling->topLevelItemCount(), 2, 20000);
        QVERIFY(!panel->progressBar()->isVisible());
        QList<QTreeWidgetItem *> found = dangling->findItems(
            QStringLiteral("{vault://billing-secrets/http-log-token}"), Qt::MatchExactly, 2);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst()->text(0), QStringLiteral("plugin “http-log”"));
        QCOMPARE(found.constFirst()->text(1), QStringLiteral("config.headers.Authorization"));
        QVERIFY(found.constFirst()->text(3).contains(QStringLiteral("no vault has the prefix")));
        found = dangling->findItems(QStringLiteral("{vault://payments/billing-tls-key}"),
                                    Qt::MatchExactly, 2);
        QCOMPARE(found.size(), 1);
        QVERIFY(
            found.constFirst()->text(3).contains(QStringLiteral("has no secret billing-tls-key")));
        QCOMPARE(panel->unusedList()->topLevelItemCount(), 18);
        QCOMPARE(panel->externalList()->topLevelItemCount(), 3);
        QVERIFY(panel->summaryLabel()->text().contains(QStringLiteral("2 dangling")));
        QVERIFY(panel->summaryLabel()->text().contains(QStringLiteral("18 unused secret")));

        // Refresh: a fresh audit, with progress, sees a fixed reference.
        Awaited<ConfigStoreSecret> created;
        env.client.createConfigStoreSecret(payments, paymentsStore,
                                           QStringLiteral("billing-tls-key"),
                                           QStringLiteral("made-up"), this, created.callback());
        AWAIT_OK(created);
        auto *refresh = panel->findChild<QPushButton *>(QStringLiteral("auditRefresh"));
        refresh->click();
        QVERIFY(panel->progressBar()->isVisible());
        QVERIFY(!refresh->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(dangling->topLevelItemCount(), 1, 20000);
        QVERIFY(refresh->isEnabled());
        QVERIFY(!panel->progressBar()->isVisible());
        QVERIFY(panel->summaryLabel()->text().contains(QStringLiteral("1 dangling")));
    }

    void stopCancelsTheAudit()
    {
        env.sandbox.addFault({QString(), QRegularExpression(QStringLiteral("/core-entities/")),
                              Sandbox::FaultKind::Delay, 0, Sandbox::RetryAfterStyle::None, 1, 500,
                              -1});
        auto *hub = ReferenceAuditHub::of(&env.client);
        QTRY_VERIFY(hub->isRunning(payments) || hub->report(payments)); // started by the browser
        hub->refresh(payments);
        window->findChild<QAction *>(QStringLiteral("referenceAuditAction"))->trigger();
        auto *panel = window->findChild<ReferenceAuditPanel *>();
        auto *stop = panel->findChild<QPushButton *>(QStringLiteral("auditStop"));
        QTRY_VERIFY(stop->isVisible());
        stop->click();
        QVERIFY(!hub->isRunning(payments));
        QTRY_VERIFY(!stop->isVisible());
        QVERIFY(!panel->progressBar()->isVisible());
    }

    void deletingASecretNamesTheReferencesThatBreak()
    {
        selectKey(QStringLiteral("paypal-client-secret"));
        browser()->deleteAction()->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = openDialog<QMessageBox>(QStringLiteral("confirmDeleteSecrets"))));
        QTRY_VERIFY_WITH_TIMEOUT(box->informativeText().contains(QStringLiteral("would stop")),
                                 20000);
        // (Plural forms come from the English .qm, not loaded here: "reference(s)".)
        const QStringList lines = box->informativeText().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("1 gateway reference")));
        QCOMPARE(lines.at(1), QStringLiteral("• plugin “openid-connect” (config.client_secret) "
                                             "on service “billing”"));
        box->reject();

        // An unused secret: nothing breaks, and the box says so.
        selectKey(QStringLiteral("stripe-api-key"));
        browser()->deleteAction()->trigger();
        QTRY_VERIFY((box = openDialog<QMessageBox>(QStringLiteral("confirmDeleteSecrets"))));
        QTRY_VERIFY(box->informativeText().contains(QStringLiteral("No gateway configuration")));
        box->reject();
    }

    // When the audit cannot read what it needs, the confirmation says so (and still
    // lets the user decide).
    void failedAuditIsSaidInTheConfirmation()
    {
        env.sandbox.addFault(
            {QString(), QRegularExpression(QStringLiteral("/core-entities/vaults")),
             Sandbox::FaultKind::ServerError, 500, Sandbox::RetryAfterStyle::None, 1, 0, -1});
        ReferenceAuditHub::of(&env.client)->refresh(payments);
        selectKey(QStringLiteral("paypal-client-secret"));
        browser()->deleteAction()->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = openDialog<QMessageBox>(QStringLiteral("confirmDeleteSecrets"))));
        QTRY_VERIFY_WITH_TIMEOUT(box->informativeText().startsWith(QStringLiteral(
                                     "Could not check which gateway references would break")),
                                 20000);
        QVERIFY(box->informativeText().contains(QStringLiteral("HTTP 500")));
        box->reject();
    }

    void stoppedAuditIsSaidInTheConfirmation()
    {
        env.sandbox.addFault({QString(), QRegularExpression(QStringLiteral("/core-entities/")),
                              Sandbox::FaultKind::Delay, 0, Sandbox::RetryAfterStyle::None, 1, 500,
                              -1});
        delete ReferenceAuditHub::of(&env.client); // no report yet: the box starts the audit
        selectKey(QStringLiteral("paypal-client-secret"));
        browser()->deleteAction()->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = openDialog<QMessageBox>(QStringLiteral("confirmDeleteSecrets"))));
        QVERIFY(box->informativeText().startsWith(QStringLiteral("Checking")));
        auto *hub = ReferenceAuditHub::of(&env.client);
        QVERIFY(hub->isRunning(payments));
        hub->cancel(payments);
        QVERIFY(
            box->informativeText().startsWith(QStringLiteral("The reference audit was stopped")));
        box->reject();
    }

    void deletingAVaultNamesTheReferencesThatBreak()
    {
        Vault legacy;
        const auto vaults = window->vaultModel()->items();
        for (const Vault &vault : vaults) {
            if (vault.prefix == QLatin1String("payments-legacy"))
                legacy = vault;
        }
        QVERIFY(!legacy.id.isEmpty());
        window->vaultActions()->setCurrentVault(legacy);
        window->vaultActions()->deleteAction()->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = openDialog<QMessageBox>()));
        QTRY_VERIFY_WITH_TIMEOUT(box->informativeText().contains(QStringLiteral("upstream-oauth")),
                                 20000);
        QVERIFY(box->informativeText().contains(QStringLiteral("on service “refunds”")));
        box->reject();
        QVERIFY(env.sandbox.requests().constLast().method == QLatin1String("GET")); // not deleted
    }

    void deletingAStoreNamesTheReferencesThatBreak()
    {
        window->findChild<QAction *>(QStringLiteral("deleteStoreAction"))->trigger();
        DeleteStoreDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openDialog<DeleteStoreDialog>()));
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("breakingReferences"));
        QVERIFY(label);
        QTRY_VERIFY_WITH_TIMEOUT(label->text().startsWith(QStringLiteral("6 gateway reference")),
                                 20000);
        QVERIFY(label->text().contains(QStringLiteral("key “jwt-signer” (pem.private_key)")));
        dialog->reject();
    }

    // The warning's text: a count with the first references and the rest counted.
    void warningTextListsAndCounts()
    {
        QList<AuditReference> many;
        for (int i = 0; i < 10; ++i) {
            AuditReference r;
            r.entity = {QStringLiteral("plugins"), QString(), QStringLiteral("p%1").arg(i), {}};
            r.path = QStringLiteral("config.x");
            many.append(r);
        }
        const QString text = DeleteWarning::text(many, 8);
        QVERIFY(text.startsWith(QStringLiteral("10 gateway reference")));
        QCOMPARE(text.count(QStringLiteral("• ")), 8);
        QVERIFY(text.endsWith(QStringLiteral("…and 2 more (View → Reference audit)")));
        QCOMPARE(text.count(QLatin1Char('\n')), 9);
    }
};

QTEST_MAIN(TestAuditWidgets)
#include "tst_auditwidgets.moc"
