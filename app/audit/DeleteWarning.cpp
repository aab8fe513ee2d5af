#include "DeleteWarning.h"

#include "ReferenceAuditHub.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>

namespace {

// Runs `show` with the text to display now, and again once the audit has answered.
void follow(KonnectClient *client, const QString &cp, const DeletionTarget &target,
            QObject *context, const std::function<void(const QString &)> &show)
{
    if (!client || cp.isEmpty())
        return;
    auto *hub = ReferenceAuditHub::of(client);
    if (!hub->report(cp) || hub->isRunning(cp))
        show(QCoreApplication::translate("DeleteWarning",
                                         "Checking which gateway references would break…"));
    hub->whenReady(cp, context, [target, show](const AuditReport &report, const ApiError &error) {
        if (error.isError())
            show(QCoreApplication::translate(
                     "DeleteWarning", "Could not check which gateway references would break: %1")
                     .arg(error.message()));
        else if (report.isEmpty())
            show(QCoreApplication::translate(
                "DeleteWarning",
                "The reference audit was stopped: which gateway references would break is "
                "not known."));
        else
            show(DeleteWarning::text(target.breaking(report)));
    });
}

} // namespace

DeletionTarget DeletionTarget::secrets(const QString &storeId, const QStringList &keys)
{
    return DeletionTarget{Kind::Secrets, storeId, keys, QString()};
}

DeletionTarget DeletionTarget::vaultOf(const QString &idOrPrefix)
{
    return DeletionTarget{Kind::Vault, QString(), {}, idOrPrefix};
}

DeletionTarget DeletionTarget::store(const QString &storeId)
{
    return DeletionTarget{Kind::Store, storeId, {}, QString()};
}

QList<AuditReference> DeletionTarget::breaking(const AuditReport &report) const
{
    switch (kind) {
    case Kind::Secrets:
        return report.breakingIfSecretsDeleted(storeId, keys);
    case Kind::Vault:
        return report.breakingIfVaultDeleted(vault);
    case Kind::Store:
        return report.breakingIfStoreDeleted(storeId);
    }
    return {};
}

QString DeleteWarning::text(const QList<AuditReference> &breaking, int limit)
{
    if (breaking.isEmpty())
        return QCoreApplication::translate(
            "DeleteWarning", "No gateway configuration of this control plane references it.");
    const int count = int(breaking.size());
    QStringList lines{QCoreApplication::translate(
        "DeleteWarning", "%n gateway reference(s) would stop resolving:", nullptr, count)};
    for (int i = 0; i < count && i < limit; ++i)
        lines.append(QStringLiteral("• ") + breaking.at(i).describe());
    if (count > limit)
        lines.append(QCoreApplication::translate(
            "DeleteWarning", "…and %n more (View → Reference audit)", nullptr, count - limit));
    return lines.join(QLatin1Char('\n'));
}

void DeleteWarning::attach(QMessageBox *box, KonnectClient *client, const QString &controlPlaneId,
                           const DeletionTarget &target)
{
    QPointer<QMessageBox> guard(box);
    follow(client, controlPlaneId, target, box, [guard](const QString &text) {
        if (guard)
            guard->setInformativeText(text);
    });
}

QLabel *DeleteWarning::label(KonnectClient *client, const QString &controlPlaneId,
                             const DeletionTarget &target, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("breakingReferences"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QPointer<QLabel> guard(label);
    follow(client, controlPlaneId, target, label, [guard](const QString &text) {
        if (guard)
            guard->setText(text);
    });
    return label;
}

void DeleteWarning::addTo(QDialog *dialog, KonnectClient *client, const QString &controlPlaneId,
                          const DeletionTarget &target)
{
    auto *layout = qobject_cast<QBoxLayout *>(dialog->layout());
    if (!layout)
        return;
    layout->insertWidget(qMin(1, layout->count()), label(client, controlPlaneId, target, dialog));
}
