#pragma once

#include "AuditReport.h"

#include <QString>
#include <QStringList>

class KonnectClient;
class QDialog;
class QLabel;
class QMessageBox;
class QWidget;

// What a delete would remove: secrets of a store, a vault, or a store.
struct DeletionTarget
{
    enum class Kind { Secrets, Vault, Store };
    Kind kind = Kind::Secrets;
    QString storeId;
    QStringList keys;
    QString vault; // id or prefix

    static DeletionTarget secrets(const QString &storeId, const QStringList &keys);
    static DeletionTarget vaultOf(const QString &idOrPrefix);
    static DeletionTarget store(const QString &storeId);

    QList<AuditReference> breaking(const AuditReport &report) const;
};

// Names the gateway references a delete would break, in its confirmation: from
// the last reference audit of the control plane, or a fresh one when there is
// none yet (asynchronously: the confirmation opens at once and says it is
// checking; the list shows up when the audit ends).
namespace DeleteWarning {

// Plain text: "2 references would stop resolving:\n• plugin ...". Lists at most
// `limit` references and counts the rest.
QString text(const QList<AuditReference> &breaking, int limit = 8);

// Sets the box's informative text (and updates it when the audit ends).
void attach(QMessageBox *box, KonnectClient *client, const QString &controlPlaneId,
            const DeletionTarget &target);
// A label for a dialog's layout that does the same.
QLabel *label(KonnectClient *client, const QString &controlPlaneId, const DeletionTarget &target,
              QWidget *parent);
// Puts such a label into `dialog`'s box layout, after its first widget (the message).
void addTo(QDialog *dialog, KonnectClient *client, const QString &controlPlaneId,
           const DeletionTarget &target);

} // namespace DeleteWarning
