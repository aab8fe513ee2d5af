#pragma once

#include "ApiError.h"

#include <QPointer>
#include <QWidget>

class ControlPlaneModel;
class FetchAll;
class KonnectClient;
class QComboBox;
class QCompleter;

// The toolbar's control-plane picker: every page of the organization's
// control planes, type to filter (substring, any case) across all of them,
// name and cluster type in the list, labels in the tooltip.
class ControlPlanePicker : public QWidget
{
    Q_OBJECT

public:
    explicit ControlPlanePicker(QWidget *parent = nullptr);

    // Loads every page; selects `preferredId` once it arrives (else the first).
    void load(KonnectClient *client, const QString &preferredId);
    void clear();
    bool isLoading() const { return !m_fetch.isNull(); }

    QString currentId() const;
    QString currentName() const;
    bool select(const QString &controlPlaneId);
    ControlPlaneModel *model() const { return m_model; }
    QComboBox *comboBox() const { return m_combo; }

signals:
    void controlPlaneChanged(const QString &controlPlaneId);
    void loadFinished(const ApiError &error);

private:
    void onActivated(int row);
    void onCompleted(const QModelIndex &proxyIndex);

    ControlPlaneModel *m_model;
    QComboBox *m_combo;
    QCompleter *m_completer;
    QPointer<FetchAll> m_fetch;
    QString m_preferredId;
    QString m_currentId;
};
