#include "ReferenceAuditPanel.h"

#include "KonnectClient.h"
#include "ReferenceAuditHub.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QTreeWidget *makeList(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setSortingEnabled(true);
    list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list->setHeaderLabels(headers);
    list->header()->setSectionResizeMode(QHeaderView::Interactive);
    list->header()->setStretchLastSection(true);
    return list;
}

} // namespace

ReferenceAuditPanel::ReferenceAuditPanel(KonnectClient *client, QWidget *parent)
    : QDialog(parent)
    , m_hub(ReferenceAuditHub::of(client))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_tabs(new QTabWidget(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_stop(new QPushButton(tr("&Stop"), this))
{
    setObjectName(QStringLiteral("referenceAuditPanel"));
    setWindowTitle(tr("Reference audit"));
    setModal(false);
    resize(900, 480);
    m_summary->setObjectName(QStringLiteral("auditSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("auditProgress"));
    m_progress->hide();
    m_refresh->setObjectName(QStringLiteral("auditRefresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_stop->setObjectName(QStringLiteral("auditStop"));
    m_stop->hide();

    m_dangling = makeList(QStringLiteral("danglingList"),
                          {tr("Entity"), tr("Field"), tr("Reference"), tr("Problem")}, this);
    m_unused = makeList(QStringLiteral("unusedList"), {tr("Config store"), tr("Secret")}, this);
    m_external = makeList(QStringLiteral("externalList"),
                          {tr("Entity"), tr("Field"), tr("Reference"), tr("Backend")}, this);
    m_tabs->addTab(m_dangling, tr("Dangling references"));
    m_tabs->addTab(m_unused, tr("Unused secrets"));
    m_tabs->addTab(m_external, tr("Other backends"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_refresh, QDialogButtonBox::ActionRole);
    buttons->addButton(m_stop, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_refresh, &QPushButton::clicked, this, &ReferenceAuditPanel::refresh);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_hub)
            m_hub->cancel(m_cp);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(m_hub, &ReferenceAuditHub::started, this, [this](const QString &cp) {
        if (cp == m_cp)
            showRunning(0, 0);
    });
    connect(m_hub, &ReferenceAuditHub::progress, this,
            [this](const QString &cp, int done, int total) {
                if (cp == m_cp)
                    showRunning(done, total);
            });
    const auto ended = [this](const QString &cp) {
        if (cp == m_cp)
            showReport();
    };
    connect(m_hub, &ReferenceAuditHub::finished, this,
            [this, ended](const QString &cp, const ApiError &error) {
                ended(cp);
                if (cp == m_cp && error.isError())
                    m_summary->setText(tr("The audit stopped: %1").arg(error.message()));
            });
    connect(m_hub, &ReferenceAuditHub::cancelled, this, ended);
}

QAction *ReferenceAuditPanel::addAction(QMenu *menu, KonnectClient *client,
                                        std::function<QString()> currentControlPlane,
                                        QWidget *window)
{
    auto *action = menu->addAction(tr("Reference &audit…"));
    action->setObjectName(QStringLiteral("referenceAuditAction"));
    action->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    action->setToolTip(tr("Which gateway entities use which secrets; dangling references and "
                          "unused secrets"));
    connect(action, &QAction::triggered, window, [client, currentControlPlane, window] {
        auto *panel =
            window->findChild<ReferenceAuditPanel *>(QString(), Qt::FindDirectChildrenOnly);
        if (!panel)
            panel = new ReferenceAuditPanel(client, window);
        panel->setControlPlane(currentControlPlane());
        panel->show();
        panel->raise();
        panel->activateWindow();
    });
    return action;
}

void ReferenceAuditPanel::followControlPlane(QWidget *window, const QString &controlPlaneId)
{
    auto *panel = window->findChild<ReferenceAuditPanel *>(QString(), Qt::FindDirectChildrenOnly);
    if (panel && panel->isVisible() && panel->controlPlaneId() != controlPlaneId)
        panel->setControlPlane(controlPlaneId);
}

void ReferenceAuditPanel::setControlPlane(const QString &controlPlaneId)
{
    m_cp = controlPlaneId;
    if (m_hub)
        m_hub->ensure(m_cp);
    showReport();
}

void ReferenceAuditPanel::refresh()
{
    if (m_hub && !m_cp.isEmpty())
        m_hub->refresh(m_cp);
}

void ReferenceAuditPanel::showRunning(int done, int total)
{
    m_progress->setVisible(true);
    m_progress->setRange(0, qMax(total, 0));
    m_progress->setValue(done);
    m_progress->setFormat(tr("%v of %m lists read"));
    m_stop->show();
    m_refresh->setEnabled(false);
    if (!m_hub || !m_hub->report(m_cp))
        m_summary->setText(tr("Reading the gateway configuration of this control plane…"));
}

void ReferenceAuditPanel::showReport()
{
    const bool running = m_hub && m_hub->isRunning(m_cp);
    m_progress->setVisible(running);
    m_stop->setVisible(running);
    m_refresh->setEnabled(!running && !m_cp.isEmpty());
    const auto report = m_hub ? m_hub->report(m_cp) : std::nullopt;
    if (report) {
        fill(*report);
    } else {
        m_dangling->clear();
        m_unused->clear();
        m_external->clear();
        m_summary->setText(m_cp.isEmpty() ? tr("Pick a control plane to audit its references.")
                           : running      ? tr("Reading the gateway configuration of this "
                                                    "control plane…")
                                          : tr("Not audited yet: press Refresh."));
    }
    if (running)
        showRunning(m_progress->value(), m_progress->maximum());
}

void ReferenceAuditPanel::fill(const AuditReport &report)
{
    const QList<AuditReference> dangling = report.dangling();
    const QList<AuditReference> external = report.external();
    const QList<AuditReport::UnusedSecret> unused = report.unusedSecrets();

    const auto entityItem = [](const AuditReference &r, const QString &last) {
        QString entity = r.entity.label();
        if (!r.entity.scope.isEmpty())
            entity = tr("%1 on %2").arg(entity, r.entity.scope);
        auto *item = new QTreeWidgetItem({entity, r.path, r.text, last});
        item->setToolTip(0, r.describe());
        item->setToolTip(2, r.embedded ? tr("Inside a longer string: Kong resolves only a "
                                            "field that is a reference as a whole")
                                       : QString());
        return item;
    };
    m_dangling->clear();
    for (const AuditReference &r : dangling)
        m_dangling->addTopLevelItem(entityItem(r, r.statusText()));
    m_external->clear();
    for (const AuditReference &r : external)
        m_external->addTopLevelItem(entityItem(r, r.backend));
    m_unused->clear();
    for (const auto &secret : unused)
        m_unused->addTopLevelItem(new QTreeWidgetItem({secret.storeName, secret.key}));
    for (QTreeWidget *list : {m_dangling, m_unused, m_external}) {
        for (int c = 0; c < list->columnCount() - 1; ++c)
            list->resizeColumnToContents(c);
    }
    m_tabs->setTabText(0, tr("Dangling references (%1)").arg(dangling.size()));
    m_tabs->setTabText(1, tr("Unused secrets (%1)").arg(unused.size()));
    m_tabs->setTabText(2, tr("Other backends (%1)").arg(external.size()));

    QStringList summary{
        tr("%n reference(s)", nullptr, int(report.references.size())) + QLatin1Char(' ') +
            tr("in %n gateway entities", nullptr, report.entityCount),
        tr("%n dangling", nullptr, int(dangling.size())),
        tr("%n unused secret(s)", nullptr, int(unused.size())),
        tr("%n to other backends", nullptr, int(external.size())),
    };
    QString text = summary.join(QStringLiteral(" · "));
    text += QLatin1Char('\n') +
            tr("Audited at %1")
                .arg(QLocale().toString(report.finishedAt.toLocalTime(), QLocale::ShortFormat));
    if (!report.incompleteKinds.isEmpty())
        text += QLatin1Char('\n') + tr("These lists could not be read: %1")
                                        .arg(report.incompleteKinds.join(QStringLiteral(", ")));
    m_summary->setText(text);
}
