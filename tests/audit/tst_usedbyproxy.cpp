// UsedByProxy's mapping: a table's cells map straight to the source's cells
// of the same row and column (no round trip through the proxy's mapping: a
// load sorts with two indexes per comparison), any other model as
// QIdentityProxyModel maps it; the "Used by" column maps to nothing.
#include "ReferenceAuditHub.h"
#include "SecretModel.h"
#include "UsedByProxy.h"

#include "ModelChecks.h"

#include <QAbstractItemModelTester>
#include <QStandardItemModel>
#include <QTest>
#include <QTimeZone>

namespace {

// The roles compared between multiData() and data().
void compareMultiData(const QModelIndex &index)
{
    compareMultiData(index, {Qt::DisplayRole, Qt::ToolTipRole, Qt::FontRole, Qt::TextAlignmentRole,
                             Qt::DecorationRole, SecretModel::KeyRole, SecretModel::SortRole,
                             UsedByProxy::UsedByCountRole});
}

} // namespace

class TestUsedByProxy : public QObject
{
    Q_OBJECT

private slots:
    void aTableMapsCellToCell()
    {
        SecretModel model;
        UsedByProxy proxy;
        proxy.setAutoAudit(false);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime when = QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::utc());
        model.appendPage(model.reset(), {{QStringLiteral("alpha"), when, when},
                                         {QStringLiteral("beta"), when, when.addSecs(60)}});
        model.setReferencePrefix(QStringLiteral("env"));
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(proxy.columnCount(), SecretModel::ColumnCount + 1);
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                const QModelIndex cell = proxy.index(row, column);
                const QModelIndex source = model.index(row, column);
                QCOMPARE(proxy.mapToSource(cell), source);
                QCOMPARE(proxy.mapFromSource(source), cell);
                for (int role :
                     {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(SecretModel::KeyRole),
                      int(SecretModel::ReferenceRole), int(SecretModel::SortRole)})
                    QCOMPARE(cell.data(role), source.data(role));
            }
        }
        QCOMPARE(proxy.index(1, SecretModel::ReferenceColumn).data().toString(),
                 QStringLiteral("{vault://env/beta}"));
        const QModelIndex usedBy = proxy.index(0, proxy.usedByColumn());
        QVERIFY(usedBy.isValid());
        QVERIFY(!proxy.mapToSource(usedBy).isValid());
        compareMultiData(usedBy);
        QCOMPARE(usedBy.data(SecretModel::KeyRole).toString(), QStringLiteral("alpha"));
        QVERIFY(!proxy.index(2, 0).isValid());
        QVERIFY(!proxy.index(0, proxy.usedByColumn() + 1).isValid());
        QCOMPARE(proxy.data(QModelIndex()), QVariant());

        // Rows removed behind an index: the stale cell shows nothing, as the source's.
        const QModelIndex stale = proxy.index(1, 0);
        QVERIFY(model.removeKey(QStringLiteral("beta")));
        QCOMPARE(stale.data(), QVariant());
    }

    void anotherModelMapsAsQIdentityProxyModel()
    {
        QStandardItemModel tree;
        auto *parent = new QStandardItem(QStringLiteral("parent"));
        parent->appendRow({new QStandardItem(QStringLiteral("child")),
                           new QStandardItem(QStringLiteral("child, second column"))});
        tree.appendRow({parent, new QStandardItem(QStringLiteral("second column"))});
        UsedByProxy proxy;
        proxy.setAutoAudit(false);
        proxy.setSourceModel(&tree);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex top = proxy.index(0, 1);
        QCOMPARE(top.data().toString(), QStringLiteral("second column"));
        QCOMPARE(proxy.mapToSource(top), tree.index(0, 1));
        const QModelIndex child = proxy.index(0, 1, proxy.index(0, 0));
        QCOMPARE(child.data().toString(), QStringLiteral("child, second column"));
        compareMultiData(child);
        compareMultiData(top);
        QCOMPARE(proxy.mapToSource(child), parent->child(0, 1)->index());
        QCOMPARE(proxy.mapFromSource(parent->child(0, 0)->index()).data().toString(),
                 QStringLiteral("child"));
    }

    void aSourceThatIsGoneLeavesAnEmptyProxy()
    {
        UsedByProxy proxy;
        proxy.setAutoAudit(false);
        {
            SecretModel model;
            proxy.setSourceModel(&model);
            model.appendPage(model.reset(), {{QStringLiteral("alpha"), {}, {}}});
            QCOMPARE(proxy.rowCount(), 1);
        }
        QCOMPARE(proxy.sourceModel(), nullptr);
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(proxy.columnCount(), 0);
        QVERIFY(!proxy.index(0, 0).isValid());
    }
};

QTEST_GUILESS_MAIN(TestUsedByProxy)
#include "tst_usedbyproxy.moc"
