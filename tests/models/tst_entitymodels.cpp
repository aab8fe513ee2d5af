// The config store, vault and control plane models: what each column shows,
// batch pages, upsert/remove by id, and the control plane name filter.
#include "ConfigStoreModel.h"
#include "ControlPlaneModel.h"
#include "TextFilterProxy.h"
#include "VaultModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

namespace {

ConfigStore store(const char *id, const char *name)
{
    ConfigStore s;
    s.id = QString::fromLatin1(id);
    s.name = QString::fromLatin1(name);
    s.createdAt = QDateTime::fromSecsSinceEpoch(1736943600, Qt::UTC);
    return s;
}

Vault vault(const char *id, const char *backend, const char *prefix, const QJsonObject &config = {},
            const QStringList &tags = {})
{
    Vault v;
    v.id = QString::fromLatin1(id);
    v.name = QString::fromLatin1(backend);
    v.prefix = QString::fromLatin1(prefix);
    v.config = config;
    v.tags = tags;
    v.description = QStringLiteral("Vault %1").arg(v.prefix);
    return v;
}

ControlPlane controlPlane(const QString &id, const QString &name, const QString &type,
                          const QMap<QString, QString> &labels = {})
{
    ControlPlane cp;
    cp.id = id;
    cp.name = name;
    cp.clusterType = type;
    cp.labels = labels;
    cp.description = QStringLiteral("About %1").arg(name);
    return cp;
}

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data(role).toString());
    return values;
}

QJsonObject storeRef(const char *id)
{
    return {{QStringLiteral("config_store_id"), QString::fromLatin1(id)}};
}

// A two-column table that counts how often column 0 is read.
class CountingTable : public QStandardItemModel
{
public:
    CountingTable()
        : QStandardItemModel(0, 2)
    {
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (index.column() == 0)
            ++reads;
        return QStandardItemModel::data(index, role);
    }
    mutable int reads = 0;
};

} // namespace

class TestEntityModels : public QObject
{
    Q_OBJECT

private slots:
    // Konnect creates a store from an empty body (CreateConfigStore requires nothing:
    // tests/sandbox/tst_sandbox_fidelity.cpp), so a store may have no name. It is shown,
    // sorted and found as "(unnamed)" and the start of its id.
    void unnamedStoreIsShownSortedAndFound()
    {
        ConfigStoreModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ConfigStoreModel::SortRole);
        proxy.setFilterKeyColumn(ConfigStoreModel::NameColumn);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        model.setItems({store("e58b3d7a-1f9c-4a62-b7e0-4c2a8f6d1b05", ""),
                        store("91d4b6e8-2c7a-4f3e-8b50-6a1c9e7d3f83", "payments-secrets")});
        const QModelIndex unnamed = model.index(0, ConfigStoreModel::NameColumn);
        QCOMPARE(unnamed.data().toString(), QStringLiteral("(unnamed) e58b3d7a"));
        QCOMPARE(unnamed.data(ConfigStoreModel::NameRole).toString(),
                 QStringLiteral("(unnamed) e58b3d7a"));
        QVERIFY(unnamed.data(Qt::ToolTipRole).toString().startsWith(QLatin1String("(unnamed)")));

        proxy.sort(ConfigStoreModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("payments-secrets"));
        QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("(unnamed) e58b3d7a"));
        proxy.setFilterFixedString(QStringLiteral("UNNAMED"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString(QStringLiteral("e58b3d"));
        QCOMPARE(proxy.rowCount(), 1);
    }

    void configStoresShowCountsAndVaults()
    {
        ConfigStoreModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ConfigStoreModel::SortRole);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        model.setItems({store("s1", "payments-secrets"), store("s2", "payments-legacy")});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ConfigStoreModel::NameColumn).data().toString(),
                 QStringLiteral("payments-secrets"));
        // Count unknown: blank, not a misleading 0.
        QCOMPARE(model.index(0, ConfigStoreModel::SecretCountColumn).data().toString(), QString());
        QCOMPARE(model.index(0, 0).data(ConfigStoreModel::SecretCountRole).toInt(), -1);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSecretCount(QStringLiteral("s2"), 5);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(model.index(1, ConfigStoreModel::SecretCountColumn).data().toString(),
                 QStringLiteral("5"));

        model.setVaults(
            {vault("v1", "konnect", "payments", storeRef("s1")),
             vault("v2", "konnect", "pay-copy", storeRef("s1")),
             vault("v3", "env", "env-vars", {{QStringLiteral("prefix"), QStringLiteral("S2_")}}),
             vault("v4", "konnect", "legacy", storeRef("s2"))});
        QCOMPARE(model.index(0, ConfigStoreModel::VaultsColumn).data().toString(),
                 QStringLiteral("pay-copy, payments"));
        QCOMPARE(model.index(1, 0).data(ConfigStoreModel::VaultPrefixesRole).toStringList(),
                 QStringList{QStringLiteral("legacy")});
        QVERIFY(model.index(1, ConfigStoreModel::VaultsColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("{vault://legacy/<key>}")));

        // A store no vault reads says its secrets cannot be referenced yet.
        model.upsert(store("s3", "fresh"));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.index(2, ConfigStoreModel::VaultsColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("cannot be referenced")));
        // Renamed in place, then removed.
        ConfigStore renamed = store("s1", "payments-renamed");
        model.upsert(renamed);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data(ConfigStoreModel::NameRole).toString(),
                 QStringLiteral("payments-renamed"));
        QVERIFY(model.removeId(QStringLiteral("s2")));
        QCOMPARE(model.indexOfId(QStringLiteral("s3")), 1);
        QCOMPARE(model.indexOfId(QStringLiteral("s2")), -1);

        // Sorting by count is numeric.
        model.setSecretCount(QStringLiteral("s1"), 20);
        model.setSecretCount(QStringLiteral("s3"), 3);
        proxy.sort(ConfigStoreModel::SecretCountColumn);
        QCOMPARE(column(proxy, ConfigStoreModel::SecretCountColumn),
                 (QStringList{QStringLiteral("3"), QStringLiteral("20")}));
    }

    void vaultsShowBackendPrefixAndTags()
    {
        VaultModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const quint64 load = model.reset();
        model.appendPage(load, {vault("v1", "konnect", "payments", storeRef("s1"),
                                      {QStringLiteral("payments"), QStringLiteral("production")}),
                                vault("v2", "aws", "aws-prod")});
        model.appendPage(load, {vault("v3", "hcv", "hashicorp")});
        QCOMPARE(column(model, VaultModel::PrefixColumn),
                 (QStringList{QStringLiteral("payments"), QStringLiteral("aws-prod"),
                              QStringLiteral("hashicorp")}));
        QCOMPARE(column(model, VaultModel::BackendColumn),
                 (QStringList{QStringLiteral("Konnect Config Store"),
                              QStringLiteral("AWS Secrets Manager"),
                              QStringLiteral("HashiCorp Vault")}));
        QCOMPARE(model.index(1, 0).data(VaultModel::BackendRole).toString(), QStringLiteral("aws"));
        QCOMPARE(model.index(1, 0).data(VaultModel::BackendIconNameRole).toString(),
                 QStringLiteral("vault-aws"));
        QCOMPARE(model.index(0, VaultModel::TagsColumn).data().toString(),
                 QStringLiteral("payments, production"));
        QCOMPARE(model.index(0, 0).data(VaultModel::ConfigStoreIdRole).toString(),
                 QStringLiteral("s1"));
        QVERIFY(model.index(1, 0).data(VaultModel::ConfigStoreIdRole).toString().isEmpty());
        QVERIFY(model.index(0, VaultModel::PrefixColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("{vault://payments/<key>}")));
        QCOMPARE(model.indexOfPrefix(QStringLiteral("hashicorp")), 2);

        // A stale load adds nothing.
        const quint64 next = model.reset();
        QVERIFY(!model.appendPage(load, {vault("v9", "env", "late")}));
        QCOMPARE(model.rowCount(), 0);
        model.appendPage(next, {vault("v1", "konnect", "payments", storeRef("s1"))});
        Vault edited = model.item(0);
        edited.description = QStringLiteral("Edited");
        model.upsert(edited);
        QCOMPARE(model.index(0, VaultModel::DescriptionColumn).data().toString(),
                 QStringLiteral("Edited"));
        QVERIFY(model.removeId(QStringLiteral("v1")));
        QCOMPARE(model.rowCount(), 0);
    }

    // The proxy's cached filter texts and sort keys outlive a change in a column
    // they do not come from (the audit fills "Used by" in every secret's row),
    // and follow one in column 0.
    void filterCacheOutlivesChangesInOtherColumns()
    {
        CountingTable table;
        for (const char *name : {"beta", "alpha", "gamma", "alphabet"})
            table.appendRow({new QStandardItem(QString::fromLatin1(name)),
                             new QStandardItem(QStringLiteral("-"))});
        TextFilterProxy proxy({Qt::DisplayRole}, Qt::DisplayRole);
        proxy.setSourceModel(&table);
        proxy.sort(0);
        proxy.setFilterText(QStringLiteral("alp"));
        QCOMPARE(column(proxy, 0),
                 (QStringList{QStringLiteral("alpha"), QStringLiteral("alphabet")}));

        table.reads = 0;
        for (int row = 0; row < table.rowCount(); ++row)
            table.item(row, 1)->setText(QStringLiteral("used by 2"));
        proxy.setFilterText(QStringLiteral("a")); // widens: filters and sorts again
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setFilterText(QStringLiteral("alpha"));
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(table.reads, 0); // every text and key came from the cache

        table.item(0, 0)->setText(QStringLiteral("alpha-beta")); // column 0: read again
        QCOMPARE(column(proxy, 0),
                 (QStringList{QStringLiteral("alpha"), QStringLiteral("alpha-beta"),
                              QStringLiteral("alphabet")}));
        QVERIFY(table.reads > 0);
    }

    // The cached sort keys order rows as QSortFilterProxyModel's own lessThan,
    // also when a column mixes types (texts beside numbers and dates).
    void sortsAsQtDoesWithMixedTypes()
    {
        const QList<QVariant> values{QStringLiteral("b"),
                                     10,
                                     QStringLiteral("B2"),
                                     2.5,
                                     QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC),
                                     QStringLiteral("a"),
                                     QVariant(),
                                     QStringLiteral("10"),
                                     QDateTime::fromSecsSinceEpoch(1600000000, Qt::UTC),
                                     QStringLiteral("2023-01-01T00:00:00Z"),
                                     3};
        QStandardItemModel table(0, 1);
        for (const QVariant &value : values) {
            auto *item = new QStandardItem;
            item->setData(value, Qt::UserRole);
            item->setData(value.toString(), Qt::DisplayRole);
            table.appendRow(item);
        }
        TextFilterProxy ours({Qt::DisplayRole}, Qt::UserRole);
        QSortFilterProxyModel qts;
        qts.setSortRole(Qt::UserRole);
        qts.setSortCaseSensitivity(Qt::CaseInsensitive);
        for (QSortFilterProxyModel *proxy : {static_cast<QSortFilterProxyModel *>(&ours), &qts})
            proxy->setSourceModel(&table);
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            ours.sort(0, order);
            qts.sort(0, order);
            QCOMPARE(column(ours, 0), column(qts, 0));
        }
    }

    void controlPlanesPageInAndFilterByName()
    {
        ControlPlaneModel model;
        ControlPlaneFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ControlPlaneModel::NameColumn);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        const quint64 load = model.reset();
        model.appendPage(load,
                         {controlPlane(QStringLiteral("a"), QStringLiteral("Payments Prod"),
                                       QStringLiteral("CLUSTER_TYPE_CONTROL_PLANE"),
                                       {{QStringLiteral("env"), QStringLiteral("prod")},
                                        {QStringLiteral("team"), QStringLiteral("pay")}}),
                          controlPlane(QStringLiteral("b"), QStringLiteral("Storefront"),
                                       QStringLiteral("CLUSTER_TYPE_K8S_INGRESS_CONTROLLER"))});
        QList<ControlPlane> page;
        for (int i = 0; i < 500; ++i)
            page.append(controlPlane(QStringLiteral("bulk-%1").arg(i),
                                     QStringLiteral("Bulk %1").arg(i, 3, 10, QLatin1Char('0')),
                                     QStringLiteral("CLUSTER_TYPE_SERVERLESS")));
        model.appendPage(load, page);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.rowCount(), 502);

        const QModelIndex payments = model.index(0, ControlPlaneModel::NameColumn);
        QCOMPARE(payments.data(ControlPlaneModel::LabelsRole).toString(),
                 QStringLiteral("env=prod, team=pay"));
        const QString tip = payments.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("env=prod, team=pay")), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("About Payments Prod")), qPrintable(tip));
        QCOMPARE(model.index(0, ControlPlaneModel::ClusterTypeColumn).data().toString(),
                 QStringLiteral("Hybrid"));
        QCOMPARE(model.index(1, ControlPlaneModel::ClusterTypeColumn).data().toString(),
                 QStringLiteral("Kubernetes Ingress Controller"));
        QCOMPARE(model.index(1, 0).data(ControlPlaneModel::ClusterTypeRole).toString(),
                 QStringLiteral("CLUSTER_TYPE_K8S_INGRESS_CONTROLLER"));

        proxy.setFilterText(QStringLiteral("payMENTS"));
        QCOMPARE(column(proxy, ControlPlaneModel::NameColumn),
                 QStringList{QStringLiteral("Payments Prod")});
        proxy.setFilterText(QStringLiteral("bulk 04"));
        QCOMPARE(proxy.rowCount(), 10);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Bulk 040"));
        // Labels are not part of the name filter.
        proxy.setFilterText(QStringLiteral("team=pay"));
        QCOMPARE(proxy.rowCount(), 0);

        proxy.setFilterText(QString());
        QVERIFY(model.removeId(QStringLiteral("a")));
        QCOMPARE(proxy.rowCount(), 501);
        QCOMPARE(model.indexOfId(QStringLiteral("bulk-499")), 500);
    }
};

QTEST_GUILESS_MAIN(TestEntityModels)
#include "tst_entitymodels.moc"
