#include "ControlPlanePicker.h"

#include "ControlPlaneModel.h"
#include "KonnectClient.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>

ControlPlanePicker::ControlPlanePicker(QWidget *parent)
    : QWidget(parent)
    , m_model(new ControlPlaneModel(this))
    , m_combo(new QComboBox(this))
    , m_completer(new QCompleter(this))
{
    m_combo->setObjectName(QStringLiteral("controlPlanePicker"));
    m_combo->setAccessibleName(tr("Control plane"));
    m_combo->setToolTip(tr("Control plane: type to filter"));
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setMinimumContentsLength(28);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setModel(m_model);
    m_combo->setModelColumn(ControlPlaneModel::NameColumn);
    m_combo->lineEdit()->setPlaceholderText(tr("Control plane…"));

    // Substring matching over every loaded control plane, not only a prefix.
    m_completer->setModel(m_model);
    m_completer->setCompletionColumn(ControlPlaneModel::NameColumn);
    m_completer->setCompletionRole(Qt::DisplayRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(15);
    m_combo->setCompleter(m_completer);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);

    connect(m_combo, &QComboBox::activated, this, &ControlPlanePicker::onActivated);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &ControlPlanePicker::onCompleted);
}

void ControlPlanePicker::clear()
{
    if (m_fetch)
        m_fetch->cancel();
    m_model->reset();
    m_currentId.clear();
}

void ControlPlanePicker::load(KonnectClient *client, const QString &preferredId)
{
    clear();
    m_preferredId = preferredId;
    const quint64 loadId = m_model->reset();
    m_fetch = client->fetchAllControlPlanes(
        {}, this,
        [this, loadId](const QList<ControlPlane> &page) {
            m_model->appendPage(loadId, page);
            if (m_currentId.isEmpty()) {
                // The preferred one, as soon as its page arrives.
                if (!m_preferredId.isEmpty() && m_model->indexOfId(m_preferredId) >= 0)
                    select(m_preferredId);
            }
        },
        [this](const ApiError &error) {
            if (m_currentId.isEmpty() && m_model->rowCount() > 0)
                select(m_model->item(0).id);
            emit loadFinished(error);
        });
}

QString ControlPlanePicker::currentId() const
{
    return m_currentId;
}

QString ControlPlanePicker::currentName() const
{
    const int row = m_model->indexOfId(m_currentId);
    return row >= 0 ? m_model->item(row).name : QString();
}

bool ControlPlanePicker::select(const QString &controlPlaneId)
{
    const int row = m_model->indexOfId(controlPlaneId);
    if (row < 0)
        return false;
    m_combo->setCurrentIndex(row);
    if (m_currentId != controlPlaneId) {
        m_currentId = controlPlaneId;
        emit controlPlaneChanged(controlPlaneId);
    }
    return true;
}

void ControlPlanePicker::onActivated(int row)
{
    select(m_model->item(row).id);
}

void ControlPlanePicker::onCompleted(const QModelIndex &index)
{
    // The completer's popup shows its own filtered model: map back to ours.
    const QString name = index.data(Qt::DisplayRole).toString();
    const QString id = index.siblingAtColumn(0).data(ControlPlaneModel::IdRole).toString();
    if (!id.isEmpty() && select(id))
        return;
    const auto matches = m_model->match(m_model->index(0, ControlPlaneModel::NameColumn),
                                        Qt::DisplayRole, name, 1, Qt::MatchExactly);
    if (!matches.isEmpty())
        select(m_model->item(matches.constFirst().row()).id);
}
