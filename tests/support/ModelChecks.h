#pragma once

// Checks of item models shared by model tests.
#include <QAbstractItemModel>
#include <QList>
#include <QTest>

// multiData() of a cell answers as data() does, role by role (QCOMPARE: the
// calling test fails at the first difference).
inline void compareMultiData(const QModelIndex &index, const QList<int> &roles)
{
    QList<QModelRoleData> all;
    for (int role : roles)
        all.append(QModelRoleData(role));
    index.multiData(all);
    for (int i = 0; i < roles.size(); ++i)
        QCOMPARE(all.at(i).data(), index.data(roles.at(i)));
}
