// SecretModel and its filter proxy: what the secrets table shows, how it sorts
// and filters, and that a page of 1,000 rows is one insertion.
#include "SecretModel.h"
#include "TextFilterProxy.h"

#include "ModelChecks.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <algorithm>

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

ConfigStoreSecret secret(const QString &key, const QDateTime &created = QDateTime(),
                         const QDateTime &updated = QDateTime())
{
    return ConfigStoreSecret{key, created, updated};
}

QList<ConfigStoreSecret> numbered(int first, int count)
{
    QList<ConfigStoreSecret> page;
    page.reserve(count);
    const QDateTime t = utc("2025-04-01T12:00:00Z");
    for (int i = first; i < first + count; ++i)
        page.append(secret(QStringLiteral("secret-%1").arg(i, 6, 10, QLatin1Char('0')),
                           t.addSecs(i), t.addSecs(2 * i)));
    return page;
}

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data(role).toString());
    return values;
}

} // namespace

class TestSecretModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void modelTesterThroughEveryOperation()
    {
        SecretModel model;
        SecretFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(SecretModel::KeyColumn);
        QAbstractItemModelTester modelTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        const quint64 load = model.reset();
        QVERIFY(model.appendPage(load, numbered(1, 50)));
        model.appendPage(numbered(51, 50));
        model.setReferencePrefix(QStringLiteral("scale"));
        model.upsert(secret(QStringLiteral("new-key")));
        model.upsert(secret(QStringLiteral("secret-000007"), utc("2020-01-01T00:00:00Z")));
        QVERIFY(model.removeKey(QStringLiteral("secret-000003")));
        proxy.setFilterText(QStringLiteral("00004"));
        proxy.sort(SecretModel::CreatedColumn, Qt::DescendingOrder);
        proxy.setFilterText(QString());
        model.setReferencePrefix(QString());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(proxy.rowCount(), 0);
    }

    void columnsShowKeyReferenceAndDates()
    {
        SecretModel model;
        model.appendPage({secret(QStringLiteral("postgres/password"), utc("2025-01-16T10:12:44Z"),
                                 utc("2025-01-17T10:12:44Z"))});
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(SecretModel::KeyColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Key"));
        QCOMPARE(model.headerData(SecretModel::ReferenceColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Reference"));
        const QModelIndex key = model.index(0, SecretModel::KeyColumn);
        QCOMPARE(key.data().toString(), QStringLiteral("postgres/password"));
        QCOMPARE(key.data(SecretModel::KeyRole).toString(), QStringLiteral("postgres/password"));
        QCOMPARE(key.data(SecretModel::CreatedRole).toDateTime(), utc("2025-01-16T10:12:44Z"));
        QCOMPARE(key.data(SecretModel::UpdatedRole).toDateTime(), utc("2025-01-17T10:12:44Z"));
        // No vault chosen: the reference column is empty and says why.
        QVERIFY(model.index(0, SecretModel::ReferenceColumn).data().toString().isEmpty());
        QVERIFY(!model.index(0, SecretModel::ReferenceColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
        const QString created = model.index(0, SecretModel::CreatedColumn).data().toString();
        QVERIFY2(created.contains(QLatin1String("25")), qPrintable(created));
        QVERIFY(model.index(0, SecretModel::CreatedColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("2025-01-16T10:12:44Z")));
    }

    // The shown dates are built once per row (a view asks on every paint); a
    // row whose secret changes shows its new dates.
    void shownDatesFollowTheSecret()
    {
        SecretModel model;
        model.appendPage({secret(QStringLiteral("postgres/password"), utc("2025-01-16T10:12:44Z"),
                                 utc("2025-01-17T10:12:44Z"))});
        const QModelIndex updated = model.index(0, SecretModel::UpdatedColumn);
        const QString before = updated.data().toString();
        QCOMPARE(updated.data().toString(), before);
        QCOMPARE(before, QLocale().toString(utc("2025-01-17T10:12:44Z").toLocalTime(),
                                            QLocale::ShortFormat));
        model.upsert(secret(QStringLiteral("postgres/password"), utc("2025-01-16T10:12:44Z"),
                            utc("2026-03-04T05:06:07Z")));
        QCOMPARE(
            model.index(0, SecretModel::UpdatedColumn).data().toString(),
            QLocale().toString(utc("2026-03-04T05:06:07Z").toLocalTime(), QLocale::ShortFormat));
        model.appendPage(model.reset(), {secret(QStringLiteral("no-dates"))});
        QCOMPARE(model.index(0, SecretModel::CreatedColumn).data().toString(), QString());
    }

    // multiData() answers as data() does, role by role, through every proxy of
    // the secrets table (a view asks for all roles of a cell at once).
    void multiDataAnswersAsData()
    {
        SecretModel model;
        SecretFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(SecretModel::UpdatedColumn, Qt::DescendingOrder);
        model.appendPage(model.reset(), numbered(1, 20));
        model.setReferencePrefix(QStringLiteral("env"));
        const QList<int> roles{Qt::DisplayRole,       Qt::ToolTipRole,         Qt::FontRole,
                               Qt::TextAlignmentRole, Qt::ForegroundRole,      Qt::CheckStateRole,
                               Qt::DecorationRole,    Qt::BackgroundRole,      SecretModel::KeyRole,
                               SecretModel::SortRole, SecretModel::UpdatedRole};
        for (const QAbstractItemModel *table : {static_cast<QAbstractItemModel *>(&model),
                                                static_cast<QAbstractItemModel *>(&proxy)}) {
            for (int row = 0; row < table->rowCount(); ++row) {
                for (int column = 0; column < table->columnCount(); ++column)
                    compareMultiData(table->index(row, column), roles);
            }
            QList<QModelRoleData> none{QModelRoleData(Qt::DisplayRole)};
            none[0].setData(QStringLiteral("stale"));
            table->multiData(QModelIndex(), none);
            QCOMPARE(none.at(0).data(), QVariant());
        }
        proxy.setFilterText(QStringLiteral("000007"));
        QCOMPARE(proxy.rowCount(), 1);
        compareMultiData(proxy.index(0, SecretModel::KeyColumn), roles);
    }

    void referenceFollowsThePrefix()
    {
        SecretModel model;
        model.appendPage({secret(QStringLiteral("postgres/password")),
                          secret(QStringLiteral("stripe-api-key"))});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setReferencePrefix(QStringLiteral("payments"));
        QCOMPARE(changed.size(), 1); // one signal for every row
        QCOMPARE(model.index(0, SecretModel::ReferenceColumn).data().toString(),
                 QStringLiteral("{vault://payments/postgres%2Fpassword}"));
        QCOMPARE(model.index(1, SecretModel::KeyColumn).data(SecretModel::ReferenceRole).toString(),
                 QStringLiteral("{vault://payments/stripe-api-key}"));
        // Rows added later get the reference too.
        model.upsert(secret(QStringLiteral("redis/password")));
        QCOMPARE(model.index(2, SecretModel::ReferenceColumn).data().toString(),
                 QStringLiteral("{vault://payments/redis%2Fpassword}"));
        model.setReferencePrefix(QString());
        QVERIFY(model.index(2, SecretModel::ReferenceColumn).data().toString().isEmpty());
    }

    void eachPageIsOneInsertion()
    {
        SecretModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const quint64 load = model.reset();
        for (int page = 0; page < 10; ++page)
            QVERIFY(model.appendPage(load, numbered(page * 1000 + 1, 1000)));
        QCOMPARE(model.rowCount(), 10000);
        QCOMPARE(inserted.size(), 10);
        QCOMPARE(inserted.at(3).at(1).toInt(), 3000);
        QCOMPARE(inserted.at(3).at(2).toInt(), 3999);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(model.indexOfKey(QStringLiteral("secret-007531")), 7530);
    }

    void aKeySeenAgainIsUpdatedNotDuplicated()
    {
        SecretModel model;
        model.appendPage(numbered(1, 3));
        QList<ConfigStoreSecret> page = numbered(3, 3); // secret-000003 again
        page[0].updatedAt = utc("2030-01-01T00:00:00Z");
        page.append(secret(QStringLiteral("secret-000005"), utc("2031-01-01T00:00:00Z")));
        model.appendPage(page);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.secret(model.indexOfKey(QStringLiteral("secret-000003"))).updatedAt,
                 utc("2030-01-01T00:00:00Z"));
        QCOMPARE(model.secret(model.indexOfKey(QStringLiteral("secret-000005"))).createdAt,
                 utc("2031-01-01T00:00:00Z"));
    }

    // Pages in ascending key order skip the key index until a lookup; a key out
    // of that order (or repeated) must still update its row, never add a second.
    void keysOutOfOrderOrRepeatedInALoad_data()
    {
        QTest::addColumn<QList<QStringList>>("pages");
        QTest::addColumn<QStringList>("rows");
        const auto keys = [](const char *list) {
            return QString::fromLatin1(list).split(QLatin1Char(' '));
        };
        QTest::newRow("ascending")
            << QList<QStringList>{keys("a b"), keys("c d")} << keys("a b c d");
        QTest::newRow("repeated on the next page")
            << QList<QStringList>{keys("a b"), keys("b c")} << keys("a b c");
        QTest::newRow("the last key again")
            << QList<QStringList>{keys("a b"), keys("b")} << keys("a b");
        QTest::newRow("repeated in a page after new keys")
            << QList<QStringList>{keys("a c b c")} << keys("a c b");
        QTest::newRow("descending")
            << QList<QStringList>{keys("c b"), keys("a c d")} << keys("c b a d");
    }

    void keysOutOfOrderOrRepeatedInALoad()
    {
        QFETCH(QList<QStringList>, pages);
        QFETCH(QStringList, rows);
        SecretModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const quint64 load = model.reset();
        const QDateTime t = utc("2025-04-01T12:00:00Z");
        QHash<QString, QDateTime> lastUpdate; // the last copy of a key wins
        int version = 0;
        for (const QStringList &keys : std::as_const(pages)) {
            QList<ConfigStoreSecret> page;
            for (const QString &key : keys) {
                page.append(secret(key, t, t.addSecs(++version)));
                lastUpdate[key] = t.addSecs(version);
            }
            QVERIFY(model.appendPage(load, page));
        }
        QCOMPARE(column(model, SecretModel::KeyColumn), rows);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.indexOfKey(rows.at(row)), row);
            QCOMPARE(model.secret(row).updatedAt, lastUpdate.value(rows.at(row)));
        }
        QCOMPARE(model.indexOfKey(QStringLiteral("z")), -1);
        model.upsert(secret(QStringLiteral("a"), t, t)); // after the load: found, not added
        QCOMPARE(model.rowCount(), rows.size());
    }

    void pagesOfAnOldLoadAreDropped()
    {
        SecretModel model;
        const quint64 first = model.reset();
        QVERIFY(model.appendPage(first, numbered(1, 5)));
        const quint64 second = model.reset(); // the user picked another store
        QVERIFY(second != first);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(!model.appendPage(first, numbered(6, 5))); // late page of the first store
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(inserted.size(), 0);
        QVERIFY(model.appendPage(second, {secret(QStringLiteral("other"))}));
        QCOMPARE(column(model, SecretModel::KeyColumn), QStringList{QStringLiteral("other")});
    }

    void upsertAndRemoveKeepTheKeyIndex()
    {
        SecretModel model;
        model.appendPage(numbered(1, 5));
        QVERIFY(model.removeKey(QStringLiteral("secret-000002")));
        QVERIFY(!model.removeKey(QStringLiteral("secret-000002")));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.indexOfKey(QStringLiteral("secret-000002")), -1);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.indexOfKey(model.keyAt(row)), row);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.upsert(secret(QStringLiteral("secret-000004"), utc("2026-01-01T00:00:00Z")));
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(changed.size(), 1);
        model.upsert(secret(QStringLiteral("brand-new")));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.indexOfKey(QStringLiteral("brand-new")), 4);
    }

    void datesSortAsDatesNotAsText()
    {
        SecretModel model;
        // As US short dates "9/1/24" sorts after "10/1/24" and "12/1/23": text order is wrong.
        model.appendPage({secret(QStringLiteral("october"), utc("2024-10-01T08:00:00Z")),
                          secret(QStringLiteral("september"), utc("2024-09-01T08:00:00Z")),
                          secret(QStringLiteral("last-year"), utc("2023-12-01T08:00:00Z"))});
        SecretFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(SecretModel::CreatedColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy, SecretModel::KeyColumn),
                 (QStringList{QStringLiteral("last-year"), QStringLiteral("september"),
                              QStringLiteral("october")}));
        proxy.sort(SecretModel::CreatedColumn, Qt::DescendingOrder);
        QCOMPARE(column(proxy, SecretModel::KeyColumn).constFirst(), QStringLiteral("october"));
        // Keys sort case-insensitively.
        model.upsert(secret(QStringLiteral("Alpha")));
        proxy.sort(SecretModel::KeyColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy, SecretModel::KeyColumn).constFirst(), QStringLiteral("Alpha"));
    }

    void filterMatchesKeyAndReferenceIgnoringCase()
    {
        SecretModel model;
        model.appendPage({secret(QStringLiteral("stripe-api-key")),
                          secret(QStringLiteral("stripe-webhook-secret")),
                          secret(QStringLiteral("redis/password")),
                          secret(QStringLiteral("Postgres/Password"))});
        SecretFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(SecretModel::KeyColumn);
        proxy.setFilterText(QStringLiteral("STRIPE"));
        QCOMPARE(column(proxy, SecretModel::KeyColumn),
                 (QStringList{QStringLiteral("stripe-api-key"),
                              QStringLiteral("stripe-webhook-secret")}));
        proxy.setFilterText(QStringLiteral("password"));
        QCOMPARE(proxy.rowCount(), 2);
        // A pasted reference finds its secret once a vault is chosen.
        proxy.setFilterText(QStringLiteral("{vault://payments/redis%2Fpassword}"));
        QCOMPARE(proxy.rowCount(), 0);
        model.setReferencePrefix(QStringLiteral("payments"));
        QCOMPARE(column(proxy, SecretModel::KeyColumn),
                 QStringList{QStringLiteral("redis/password")});
        proxy.setFilterText(QStringLiteral("  "));
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setFilterText(QStringLiteral("nothing-like-this"));
        QCOMPARE(proxy.rowCount(), 0);
        // A secret created while filtering shows when it matches.
        proxy.setFilterText(QStringLiteral("kafka"));
        model.upsert(secret(QStringLiteral("kafka/sasl-password")));
        QCOMPARE(proxy.rowCount(), 1);
    }

    // The proxy caches each row's filter text and sort key: every change of
    // the source (rows in, rows out, data, a reset) must show in what it keeps.
    void cachedFilterAndSortKeysFollowTheSource()
    {
        SecretModel model;
        SecretFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(SecretModel::KeyColumn);
        model.appendPage({secret(QStringLiteral("b-two")), secret(QStringLiteral("a-one")),
                          secret(QStringLiteral("c-three"))});
        proxy.setFilterText(QStringLiteral("O"));
        QCOMPARE(column(proxy, SecretModel::KeyColumn),
                 (QStringList{QStringLiteral("a-one"), QStringLiteral("b-two")}));
        model.removeKey(QStringLiteral("b-two")); // the rows after it move up
        QCOMPARE(column(proxy, SecretModel::KeyColumn), QStringList{QStringLiteral("a-one")});
        model.upsert(secret(QStringLiteral("d-four")));
        QCOMPARE(column(proxy, SecretModel::KeyColumn),
                 (QStringList{QStringLiteral("a-one"), QStringLiteral("d-four")}));
        proxy.setFilterText(QString());
        proxy.sort(SecretModel::KeyColumn, Qt::DescendingOrder);
        QCOMPARE(column(proxy, SecretModel::KeyColumn),
                 (QStringList{QStringLiteral("d-four"), QStringLiteral("c-three"),
                              QStringLiteral("a-one")}));
        // A new prefix changes every reference (dataChanged): the filter sees it.
        proxy.setFilterText(QStringLiteral("vault://pk/c-"));
        QCOMPARE(proxy.rowCount(), 0);
        model.setReferencePrefix(QStringLiteral("pk"));
        QCOMPARE(column(proxy, SecretModel::KeyColumn), QStringList{QStringLiteral("c-three")});
        // After a reset only the new rows count.
        model.appendPage(model.reset(),
                         {secret(QStringLiteral("c-new")), secret(QStringLiteral("a-one"))});
        QCOMPARE(column(proxy, SecretModel::KeyColumn), QStringList{QStringLiteral("c-new")});
        proxy.setFilterText(QString());
        QCOMPARE(column(proxy, SecretModel::KeyColumn),
                 (QStringList{QStringLiteral("c-new"), QStringLiteral("a-one")}));
    }

    // Rows of a batch that land in between the shown ones: many of them are
    // appended and sorted once (one insertion, one layout change), a few go
    // where they belong; either way the table ends up in order.
    void aBatchInAnotherOrderIsSortedOnce_data()
    {
        QTest::addColumn<int>("batch");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<int>("insertions");
        QTest::addColumn<int>("layoutChanges");
        QTest::newRow("1,000 in between") << 1000 << Qt::AscendingOrder << 1 << 1;
        QTest::newRow("1,000 in between, descending") << 1000 << Qt::DescendingOrder << 1 << 1;
        QTest::newRow("10 in between") << 10 << Qt::AscendingOrder << 10 << 0;
    }

    void aBatchInAnotherOrderIsSortedOnce()
    {
        QFETCH(int, batch);
        QFETCH(Qt::SortOrder, order);
        QFETCH(int, insertions);
        QFETCH(int, layoutChanges);
        SecretModel model;
        SecretFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(SecretModel::KeyColumn, order);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Even numbers first; then odd ones, shuffled, each between two of them.
        QList<ConfigStoreSecret> evens;
        QList<ConfigStoreSecret> odds;
        for (int i = 0; i < 2 * batch + 2; ++i)
            (i % 2 ? odds : evens).append(numbered(i, 1));
        odds.resize(batch);
        std::reverse(odds.begin(), odds.end());
        std::swap(odds[0], odds[batch / 2]);
        model.appendPage(evens);
        const QPersistentModelIndex kept = proxy.index(3, SecretModel::KeyColumn);
        const QString keptKey = kept.data().toString();

        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy layoutChanged(&proxy, &QAbstractItemModel::layoutChanged);
        model.appendPage(odds);
        QCOMPARE(inserted.size(), insertions);
        QCOMPARE(layoutChanged.size(), layoutChanges);
        QCOMPARE(proxy.rowCount(), int(evens.size() + odds.size()));
        QStringList keys = column(proxy, SecretModel::KeyColumn);
        QStringList sorted = keys;
        std::sort(sorted.begin(), sorted.end());
        if (order == Qt::DescendingOrder)
            std::reverse(sorted.begin(), sorted.end());
        QCOMPARE(keys, sorted);
        QCOMPARE(kept.data().toString(), keptKey); // a selection stays on its secret
        QVERIFY(proxy.dynamicSortFilter());        // later rows are sorted in as before
        model.upsert(secret(QStringLiteral("secret-000001a")));
        QCOMPARE(proxy.index(order == Qt::AscendingOrder ? 2 : proxy.rowCount() - 3, 0).data(),
                 QVariant(QStringLiteral("secret-000001a")));
    }

    // Batches appended in the shown order after the last shown row are compared
    // by row number while they go in (TextFilterProxy::orderedAppend); the order
    // must be Qt's in every case, those that qualify and those that do not.
    void appendedBatchesSortAsQtDoes_data()
    {
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QList<QStringList>>("batches");
        const auto keys = [](int from, int to, const char *pattern = "k%1") {
            QStringList list; // from..to, either way
            for (int i = from;; i += from <= to ? 1 : -1) {
                list.append(QString::fromLatin1(pattern).arg(i, 4, 10, QLatin1Char('0')));
                if (i == to)
                    break;
            }
            return list;
        };
        QTest::newRow("in order, after the last")
            << Qt::AscendingOrder << QString() << QList<QStringList>{keys(0, 49), keys(50, 99)};
        QTest::newRow("descending, in its order")
            << Qt::DescendingOrder << QString() << QList<QStringList>{keys(99, 50), keys(49, 0)};
        QTest::newRow("ascending keys, descending table")
            << Qt::DescendingOrder << QString() << QList<QStringList>{keys(0, 49), keys(50, 99)};
        QTest::newRow("in order, starting before the last")
            << Qt::AscendingOrder << QString()
            << QList<QStringList>{keys(0, 49), keys(40, 89, "k%1a")};
        QTest::newRow("a tie ignoring case")
            << Qt::AscendingOrder << QString()
            << QList<QStringList>{keys(0, 39), keys(40, 79) + keys(79, 79, "K%1") + keys(80, 99)};
        QTest::newRow("one out of order")
            << Qt::AscendingOrder << QString()
            << QList<QStringList>{keys(0, 39), keys(40, 79) + keys(5, 5, "k%1b") + keys(80, 99)};
        QTest::newRow("filtered") << Qt::AscendingOrder << QStringLiteral("5")
                                  << QList<QStringList>{keys(0, 49), keys(50, 149), keys(150, 199)};
        QTest::newRow("into an empty table")
            << Qt::AscendingOrder << QString() << QList<QStringList>{keys(0, 99)};
    }

    void appendedBatchesSortAsQtDoes()
    {
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, filter);
        QFETCH(QList<QStringList>, batches);
        SecretModel model;
        SecretFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterText(filter);
        proxy.sort(SecretModel::KeyColumn, order);
        QSortFilterProxyModel qt; // the reference
        qt.setSourceModel(&model);
        qt.setSortRole(SecretModel::SortRole);
        qt.setSortCaseSensitivity(Qt::CaseInsensitive);
        qt.setFilterRole(SecretModel::KeyRole);
        qt.setFilterCaseSensitivity(Qt::CaseInsensitive);
        qt.setFilterFixedString(filter);
        qt.sort(SecretModel::KeyColumn, order);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const quint64 load = model.reset();
        for (const QStringList &batch : std::as_const(batches)) {
            QList<ConfigStoreSecret> page;
            for (const QString &key : batch)
                page.append(secret(key));
            QVERIFY(model.appendPage(load, page));
            QCOMPARE(column(proxy, SecretModel::KeyColumn), column(qt, SecretModel::KeyColumn));
        }
        QVERIFY(proxy.rowCount() > 0);
        // Compared as usual afterwards: a row that lands first.
        model.upsert(secret(QStringLiteral("a")));
        QCOMPARE(column(proxy, SecretModel::KeyColumn), column(qt, SecretModel::KeyColumn));
    }

    // What keeps filtering instant is the number of signals the views get
    // (a few removals or one layout change, never thousands): that is asserted
    // here; the time it takes is the benchmark's (tests/bench).
    void filteringTenThousandRowsSignalsLittle()
    {
        SecretModel model;
        SecretFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(SecretModel::KeyColumn);
        model.setReferencePrefix(QStringLiteral("scale"));
        const quint64 load = model.reset();
        for (int page = 0; page < 10; ++page)
            model.appendPage(load, numbered(page * 1000 + 1, 1000));
        QCOMPARE(proxy.rowCount(), 10000);

        QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
        proxy.setFilterText(QStringLiteral("SECRET-0099"));
        QCOMPARE(proxy.rowCount(), 100); // secret-009900 .. secret-009999
        QCOMPARE(proxy.index(0, SecretModel::KeyColumn).data().toString(),
                 QStringLiteral("secret-009900"));
        // Narrowing that hides two runs of rows (before secret-009900, and
        // secret-010000): two removals, no re-sort.
        QCOMPARE(layout.size(), 0);
        QCOMPARE(removed.size(), 2);
        QCOMPARE(reset.size(), 0);

        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 10000);
        layout.clear();
        removed.clear();
        // Rows hidden all over the table: one layout change, not thousands of removals.
        proxy.setFilterText(QStringLiteral("5"));
        QVERIFY(proxy.rowCount() > 3000 && proxy.rowCount() < 4000);
        QCOMPARE(layout.size(), 1);
        QCOMPARE(removed.size() + reset.size(), 0);
        // Still sorted after either path.
        for (int row = 1; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row - 1, 0).data().toString() <
                    proxy.index(row, 0).data().toString());
        proxy.setFilterText(QStringLiteral("55")); // narrower, but scattered again
        QCOMPARE(layout.size(), 2);

        proxy.setFilterText(QStringLiteral("010000"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestSecretModel)
#include "tst_secretmodel.moc"
