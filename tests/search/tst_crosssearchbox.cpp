// The search box in the real MainWindow against the sandbox: type, watch
// results from the three control planes stream in, move with the arrow keys,
// Enter jumps to the secret (or the vault) in another control plane.
#include "ApiTestEnvironment.h"
#include "ConfigStoreModel.h"
#include "ControlPlaneModel.h"
#include "ControlPlanePicker.h"
#include "CrossSearch.h"
#include "CrossSearchBox.h"
#include "MainWindow.h"
#include "SandboxSeed.h"
#include "SearchResultModel.h"
#include "SecretBrowser.h"
#include "SecretModel.h"
#include "VaultModel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>

namespace {

// The crawl reads every control plane's vaults, stores and secrets: longer than
// QTRY's default 5 s on a loaded machine (the sanitizer build beside the rest).
constexpr int CrawlTimeoutMs = 30000;
namespace SeedIds = Sandbox::SeedIds;
} // namespace

class TestCrossSearchBox : public QObject
{
    Q_OBJECT

    ApiTestEnvironment env;
    std::unique_ptr<MainWindow> window;
    QString m_partnerStoreId;

    CrossSearchBox *box() const { return window->searchBox(); }
    QLineEdit *edit() const { return box()->lineEdit(); }
    QTreeView *results() const { return box()->resultView(); }

    int resultRow(const QString &key) const
    {
        const SearchResultModel *model = box()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->match(row).key == key)
                return row;
        }
        return -1;
    }

    QString currentSecretKey() const
    {
        const QModelIndex current = window->secretBrowser()->view()->currentIndex();
        return current.siblingAtColumn(0).data(SecretModel::KeyRole).toString();
    }

    // Ctrl+K, then the query typed key by key; waits for the whole index.
    void typeQuery(const QString &query)
    {
        QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(edit()->hasFocus());
        QTest::keyClicks(edit(), query);
        QTRY_VERIFY(box()->popup()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(box()->search()->state(), CrossSearch::State::Complete,
                                  CrawlTimeoutMs);
        QTRY_VERIFY(!box()->search()->query().isEmpty());
    }

    // Moves the current result to `key` with the arrow keys, typing focus kept.
    void arrowTo(const QString &key)
    {
        const int target = resultRow(key);
        QVERIFY2(target >= 0, qPrintable(key));
        QVERIFY(results()->currentIndex().isValid()); // the first result is current
        while (results()->currentIndex().row() < target)
            QTest::keyClick(edit(), Qt::Key_Down);
        while (results()->currentIndex().row() > target)
            QTest::keyClick(edit(), Qt::Key_Up);
        QCOMPARE(results()->currentIndex().row(), target);
        QVERIFY(edit()->hasFocus());
    }

private slots:
    void initTestCase() { QVERIFY(env.start()); }

    void init()
    {
        QVERIFY(env.reset());
        env.client.setDefaultPageSize(2); // every list over several pages
        // The partner control plane gets a store, so secrets come from all three.
        const QString partner = QString::fromLatin1(SeedIds::PartnerControlPlane);
        Awaited<ConfigStore> store;
        env.client.createConfigStore(partner, QStringLiteral("partner-secrets"), this,
                                     store.callback());
        AWAIT_OK(store);
        m_partnerStoreId = store.value().id;
        Awaited<ConfigStoreSecret> secret;
        env.client.createConfigStoreSecret(partner, m_partnerStoreId,
                                           QStringLiteral("partner-api-key"),
                                           QStringLiteral("made-up"), this, secret.callback());
        AWAIT_OK(secret);

        window = std::make_unique<MainWindow>(&env.client);
        window->setSession(true, QString::fromLatin1(SeedIds::PaymentsControlPlane));
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTRY_COMPARE(window->currentControlPlaneId(),
                     QString::fromLatin1(SeedIds::PaymentsControlPlane));
        QTRY_COMPARE(window->secretBrowser()->storeId(),
                     QString::fromLatin1(SeedIds::PaymentsStore));
        QTRY_VERIFY(!window->secretBrowser()->isLoading());
    }

    void cleanup() { window.reset(); }

    void enterJumpsToASecretInAnotherControlPlane()
    {
        // The browser's own filter (Ctrl+F) hides what the jump goes to: it gets out of the way.
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window->secretBrowser()->filterEdit()->hasFocus());
        QTest::keyClicks(window->secretBrowser()->filterEdit(), QStringLiteral("stripe"));

        typeQuery(QStringLiteral("api"));
        // Results from each of the three control planes, with progress in the panel.
        QTRY_COMPARE(box()->model()->controlPlaneCount(), 3);
        QVERIFY(resultRow(QStringLiteral("stripe-api-key")) >= 0);
        QVERIFY(resultRow(QStringLiteral("partner-api-key")) >= 0);
        QCOMPARE(box()->search()->controlPlanesDone(), 3);
        QVERIFY2(box()->statusText().contains(QStringLiteral("in 3 control plane")),
                 qPrintable(box()->statusText()));
        const auto *headerRow = results()->model();
        QCOMPARE(headerRow
                     ->data(headerRow->index(resultRow(QStringLiteral("cms/api-token")),
                                             SearchResultModel::ControlPlaneColumn))
                     .toString(),
                 QStringLiteral("Storefront Staging"));
        QVERIFY(!headerRow->data(headerRow->index(0, 0), Qt::DecorationRole).isNull());

        arrowTo(QStringLiteral("cms/api-token"));
        // KVM_SEARCH_SCREENSHOT=<file.png>: keep a picture of the open panel.
        if (const QString shot = qEnvironmentVariable("KVM_SEARCH_SCREENSHOT"); !shot.isEmpty())
            QVERIFY(window->grab().save(shot));
        QTest::keyClick(edit(), Qt::Key_Return);
        QVERIFY(!box()->popup()->isVisible());

        const QString storefront = QString::fromLatin1(SeedIds::StorefrontControlPlane);
        QTRY_COMPARE(window->currentControlPlaneId(), storefront);
        QCOMPARE(window->controlPlanePicker()->currentId(), storefront);
        QCOMPARE(window->controlPlanePicker()->comboBox()->currentText(),
                 QStringLiteral("Storefront Staging"));
        QTRY_COMPARE(window->secretBrowser()->storeId(),
                     QString::fromLatin1(SeedIds::StorefrontStore));
        const QModelIndex store = window->storeView()->currentIndex();
        QCOMPARE(store.data(ConfigStoreModel::IdRole).toString(),
                 QString::fromLatin1(SeedIds::StorefrontStore));
        QTRY_COMPARE(currentSecretKey(), QStringLiteral("cms/api-token"));
        QCOMPARE(window->secretBrowser()->selectedKeys(),
                 QStringList{QStringLiteral("cms/api-token")});
        QVERIFY(window->secretBrowser()->filterEdit()->text().isEmpty());
        QVERIFY(window->secretBrowser()->view()->hasFocus());
        QCOMPARE(window->secretBrowser()->currentReference(),
                 QStringLiteral("{vault://storefront/cms%2Fapi-token}"));
    }

    void jumpsToTheThirdControlPlaneAndToAVault()
    {
        typeQuery(QStringLiteral("partner"));
        arrowTo(QStringLiteral("partner-api-key"));
        QTest::keyClick(edit(), Qt::Key_Enter);
        const QString partner = QString::fromLatin1(SeedIds::PartnerControlPlane);
        QTRY_COMPARE(window->currentControlPlaneId(), partner);
        QTRY_COMPARE(window->secretBrowser()->storeId(), m_partnerStoreId);
        QTRY_COMPARE(currentSecretKey(), QStringLiteral("partner-api-key"));

        // The index is kept: a vault of the payments control plane, found at once.
        env.sandbox.clearRequests();
        QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(edit()->hasFocus());
        edit()->clear();
        QTest::keyClicks(edit(), QStringLiteral("hashi"));
        QTRY_COMPARE(box()->model()->rowCount(), 1);
        // (The window may still be loading the partner's vaults: a rebuilt index
        // would show as a new listing of the control planes.)
        QCOMPARE(box()->search()->state(), CrossSearch::State::Complete);
        const auto requests = env.sandbox.requests();
        for (const auto &request : requests)
            QVERIFY(request.path != QLatin1String("/v2/control-planes"));
        QTest::keyClick(edit(), Qt::Key_Return);
        QTRY_COMPARE(window->currentControlPlaneId(),
                     QString::fromLatin1(SeedIds::PaymentsControlPlane));
        QTRY_VERIFY(window->vaultView()->currentIndex().isValid());
        QCOMPARE(window->vaultView()->currentIndex().data(VaultModel::PrefixRole).toString(),
                 QStringLiteral("hashicorp"));
        auto *details = window->findChild<QLabel *>(QStringLiteral("vaultDetails"));
        QTRY_VERIFY(details->isVisible());
        QVERIFY(details->text().contains(QStringLiteral("hashicorp")));
    }

    void jumpWithinTheCurrentControlPlane()
    {
        // Another store of the control plane already shown.
        typeQuery(QStringLiteral("MAINFRAME"));
        QTRY_COMPARE(box()->model()->rowCount(), 1);
        QTest::keyClick(edit(), Qt::Key_Return);
        QTRY_COMPARE(window->secretBrowser()->storeId(),
                     QString::fromLatin1(SeedIds::PaymentsLegacyStore));
        QTRY_COMPARE(currentSecretKey(), QStringLiteral("mainframe-api-token"));
        QCOMPARE(window->currentControlPlaneId(),
                 QString::fromLatin1(SeedIds::PaymentsControlPlane));
    }

    void escapeClosesAndErrorsAreShown()
    {
        const QString storefront = QString::fromLatin1(SeedIds::StorefrontControlPlane);
        auto failure =
            fault("GET", QStringLiteral("^/v2/control-planes/%1/config-stores$").arg(storefront),
                  Sandbox::FaultKind::ServerError, -1);
        failure.status = 500;
        env.sandbox.addFault(failure);

        typeQuery(QStringLiteral("password"));
        auto *errors = box()->popup()->findChild<QLabel *>(QStringLiteral("crossSearchErrors"));
        QVERIFY(errors->isVisible());
        QVERIFY2(errors->text().contains(QStringLiteral("Storefront Staging")),
                 qPrintable(errors->text()));
        // The other control planes still answered.
        QVERIFY(resultRow(QStringLiteral("postgres/password")) >= 0);
        QCOMPARE(resultRow(QStringLiteral("mysql/password")), -1);

        QTest::keyClick(edit(), Qt::Key_Escape);
        QVERIFY(!box()->popup()->isVisible());
        QCOMPARE(edit()->text(), QStringLiteral("password"));
        QTest::keyClick(edit(), Qt::Key_Down); // opens it again
        QVERIFY(box()->popup()->isVisible());
        window->resize(640, 480); // the panel stays inside a smaller window
        QTRY_VERIFY(box()->popup()->geometry().right() < window->width());
        QVERIFY(box()->popup()->geometry().bottom() < window->height());

        // "Search again" reads everything afresh: the fault is gone, so is the error.
        env.sandbox.clearFaults();
        auto *again = box()->popup()->findChild<QWidget *>(QStringLiteral("crossSearchRefresh"));
        QVERIFY(again->isEnabled());
        QTest::mouseClick(again, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(box()->search()->state(), CrossSearch::State::Complete,
                                  CrawlTimeoutMs);
        QTRY_VERIFY(resultRow(QStringLiteral("mysql/password")) >= 0);
        QVERIFY(!errors->isVisible());

        // F5 forgets the index; the shown query is searched again.
        window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        QCOMPARE(box()->search()->state(), CrossSearch::State::Indexing);
        QTRY_COMPARE_WITH_TIMEOUT(box()->search()->state(), CrossSearch::State::Complete,
                                  CrawlTimeoutMs);
        QVERIFY(resultRow(QStringLiteral("mysql/password")) >= 0);
    }
};

QTEST_MAIN(TestCrossSearchBox)
#include "tst_crosssearchbox.moc"
