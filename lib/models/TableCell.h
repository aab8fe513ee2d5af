#pragma once

#include <QAbstractItemModel>

// Whether `index` is a cell of `model`, a flat table: no data for no index (as
// Qt's own models answer, without checkIndex()'s warning), checkIndex() for
// the rest.
inline bool isTableCell(const QAbstractItemModel &model, const QModelIndex &index)
{
    using Check = QAbstractItemModel::CheckIndexOption;
    return index.isValid() && model.checkIndex(index, Check::IndexIsValid | Check::ParentIsInvalid);
}
