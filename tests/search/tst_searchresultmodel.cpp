// SearchResultModel under QAbstractItemModelTester while a real search (on
// the sandbox) streams rows in, is re-filtered and is thrown away.
#include "ApiTestEnvironment.h"
#include "CrossSearch.h"
#include "SandboxSeed.h"
#include "SearchResultModel.h"

#include <QAbstractItemModelTester>

namespace {

int rowOf(const SearchResultModel &model, const QString &key)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(SearchResultModel::KeyRole).toString() == key)
            return row;
    }
    return -1;
}

SearchMatch secretMatch(const QString &key)
{
    SearchMatch match;
    match.kind = SearchMatch::Kind::Secret;
    match.controlPlaneId = QStringLiteral("cp-1");
    match.controlPlaneName = QStringLiteral("One");
    match.storeId = QStringLiteral("store-1");
    match.storeName = QStringLiteral("store one");
    match.key = key;
    return match;
}

} // namespace

class TestSearchResultModel : public QObject
{
    Q_OBJECT

    ApiTestEnvironment env;

private slots:
    void initTestCase() { QVERIFY(env.start()); }

    void streamsUnderTheTester()
    {
        env.client.setDefaultPageSize(3);
        CrossSearch search(&env.client);
        SearchResultModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.follow(&search);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy finished(&search, &CrossSearch::finished);
        search.search(QStringLiteral("password"));
        QVERIFY(finished.wait(20000));
        QVERIFY2(inserted.size() > 1, "one insert per arriving batch");
        QCOMPARE(model.rowCount(), int(search.currentMatches().size()));
        QCOMPARE(model.columnCount(), int(SearchResultModel::ColumnCount));
        QCOMPARE(model.controlPlaneCount(), 2); // payments and storefront hold passwords

        const int row = rowOf(model, QStringLiteral("postgres/password"));
        QVERIFY(row >= 0);
        auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role).toString();
        };
        QCOMPARE(cell(SearchResultModel::KeyColumn), QStringLiteral("postgres/password"));
        QCOMPARE(cell(SearchResultModel::ControlPlaneColumn),
                 QStringLiteral("Payments Production"));
        QCOMPARE(cell(SearchResultModel::StoreColumn), QStringLiteral("payments-secrets"));
        QCOMPARE(cell(SearchResultModel::ReferenceColumn),
                 QStringLiteral("{vault://payments/postgres%2Fpassword}"));
        QCOMPARE(cell(0, SearchResultModel::StoreIdRole),
                 QString::fromLatin1(Sandbox::SeedIds::PaymentsStore));
        QCOMPARE(cell(0, SearchResultModel::ControlPlaneIdRole),
                 QString::fromLatin1(Sandbox::SeedIds::PaymentsControlPlane));
        QCOMPARE(model.index(row, 0).data(SearchResultModel::KindRole).toInt(),
                 int(SearchMatch::Kind::Secret));
        QCOMPARE(model.match(row).key, QStringLiteral("postgres/password"));
        QCOMPARE(model.headerData(SearchResultModel::ControlPlaneColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Control plane"));
        QVERIFY(model.roleNames().contains(SearchResultModel::ReferenceRole));

        // A vault row: its backend where a secret has its store.
        search.search(QStringLiteral("aws-prod"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(SearchResultModel::KindRole).toInt(),
                 int(SearchMatch::Kind::Vault));
        QCOMPARE(model.index(0, SearchResultModel::StoreColumn).data().toString(),
                 QStringLiteral("AWS Secrets Manager vault"));
        QCOMPARE(model.index(0, 0).data(SearchResultModel::BackendIconNameRole).toString(),
                 QStringLiteral("vault-aws"));

        // A new query, an empty one, then a fresh index while rows stream in again.
        search.search(QStringLiteral("key"));
        QVERIFY(model.rowCount() > 5);
        search.search(QString());
        QCOMPARE(model.rowCount(), 0);
        search.search(QStringLiteral("secret"));
        search.refresh();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(finished.wait(20000));
        QCOMPARE(model.rowCount(), int(search.currentMatches().size()));
        search.invalidate();
        QCOMPARE(model.rowCount(), 0);
    }

    void appendsAndClearsDirectly()
    {
        SearchResultModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.appendMatches({});
        QCOMPARE(model.rowCount(), 0);
        model.appendMatches({secretMatch(QStringLiteral("a")), secretMatch(QStringLiteral("b"))});
        model.appendMatches({secretMatch(QStringLiteral("c"))});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("c"));
        QVERIFY(model.index(2, SearchResultModel::ReferenceColumn).data().toString().isEmpty());
        QVERIFY(!model.index(3, 0).isValid());
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        model.clear(); // already empty: no reset
    }
};

QTEST_GUILESS_MAIN(TestSearchResultModel)
#include "tst_searchresultmodel.moc"
