#include "ControlPlaneModel.h"

#include "ModelFormat.h"
#include "TableCell.h"

ControlPlaneModel::ControlPlaneModel(QObject *parent)
    : EntityListModel<ControlPlane>(parent)
{
}

int ControlPlaneModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ControlPlaneModel::clusterTypeName(const ControlPlane &cp)
{
    const QString &type = cp.clusterType;
    if (type == QLatin1String("CLUSTER_TYPE_CONTROL_PLANE"))
        return cp.cloudGateway ? tr("Dedicated Cloud Gateway") : tr("Hybrid");
    if (type == QLatin1String("CLUSTER_TYPE_K8S_INGRESS_CONTROLLER"))
        return tr("Kubernetes Ingress Controller");
    if (type == QLatin1String("CLUSTER_TYPE_CONTROL_PLANE_GROUP"))
        return tr("Control plane group");
    if (type == QLatin1String("CLUSTER_TYPE_SERVERLESS") ||
        type == QLatin1String("CLUSTER_TYPE_SERVERLESS_V1"))
        return tr("Serverless");
    if (type == QLatin1String("CLUSTER_TYPE_KAFKA_NATIVE_EVENT_PROXY"))
        return tr("Event Gateway");
    return type;
}

QVariant ControlPlaneModel::data(const QModelIndex &index, int role) const
{
    // A combo box asks about row -1 when nothing is selected: no warning for that.
    if (!isTableCell(*this, index))
        return QVariant();
    const ControlPlane &cp = at(index.row());
    switch (role) {
    case IdRole:
        return cp.id;
    case NameRole:
        return cp.name;
    case DescriptionRole:
        return cp.description;
    case ClusterTypeRole:
        return cp.clusterType;
    case LabelsRole:
        return ModelFormat::labels(cp.labels);
    case SortRole:
    case Qt::EditRole: // an editable combo box and its completer read this role
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return cp.name;
        case ClusterTypeColumn:
            return clusterTypeName(cp);
        case LabelsColumn:
            return ModelFormat::labels(cp.labels);
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = cp.name;
        if (!cp.description.isEmpty())
            tip += QLatin1Char('\n') + cp.description;
        tip += QLatin1Char('\n') + tr("Type: %1").arg(clusterTypeName(cp));
        if (!cp.labels.isEmpty())
            tip += QLatin1Char('\n') + tr("Labels: %1").arg(ModelFormat::labels(cp.labels));
        return tip;
    }
    default:
        break;
    }
    return QVariant();
}

QVariant ControlPlaneModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ClusterTypeColumn:
        return tr("Type");
    case LabelsColumn:
        return tr("Labels");
    }
    return QVariant();
}

QHash<int, QByteArray> ControlPlaneModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(NameRole, "name");
    names.insert(DescriptionRole, "description");
    names.insert(ClusterTypeRole, "clusterType");
    names.insert(LabelsRole, "labels");
    names.insert(SortRole, "sort");
    return names;
}
