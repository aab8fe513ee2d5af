#pragma once

#include "Entities.h"
#include "EntityListModel.h"

// The organization's control planes: name, cluster type, labels.
class ControlPlaneModel : public EntityListModel<ControlPlane>
{
    Q_OBJECT

public:
    enum Column { NameColumn, ClusterTypeColumn, LabelsColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        DescriptionRole,
        ClusterTypeRole, // the API's value, e.g. CLUSTER_TYPE_CONTROL_PLANE
        LabelsRole,      // "k=v, k2=v2"
        SortRole,
    };

    explicit ControlPlaneModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "Hybrid", "Kubernetes Ingress Controller", ... for a cluster_type value.
    static QString clusterTypeName(const ControlPlane &controlPlane);
};
