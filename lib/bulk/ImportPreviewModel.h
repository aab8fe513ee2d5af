#pragma once

#include "BulkWriter.h"
#include "ImportRow.h"

#include <QAbstractTableModel>
#include <QSet>

// The rows of an import file before and after the import: key, masked value
// (never the value itself: no role returns it), and status (new, will
// overwrite, exists and will be skipped, invalid with the rule), then the
// outcome of each write.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, StatusColumn, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1, // int(Status)
        OutcomeRole,                   // int(Outcome)
        RuleRole,                      // the broken rule of an invalid row
        LineRole,                      // line in the file
    };
    enum class Status { New, Overwrite, Skip, Invalid, Checking };
    enum class Outcome { None, Created, Overwritten, Skipped, Failed, NotStarted, Interrupted };
    enum class ConflictPolicy { Skip, Overwrite };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setRows(const QList<ImportRow> &rows);
    const ImportRow &row(int row) const { return m_rows.at(row); }
    // The keys already in the store; until set, valid rows are "Checking".
    void setExistingKeys(const QSet<QString> &keys);
    bool existingKeysKnown() const { return m_keysKnown; }
    void setPolicy(ConflictPolicy policy);
    ConflictPolicy policy() const { return m_policy; }

    Status status(int row) const;
    int count(Status status) const;
    QString statusText(int row) const;

    // The writes the policy calls for (overwrite = PUT), and the row of each.
    QList<BulkWriter::Item> plannedItems(QList<int> *rowOfItem) const;
    void setOutcome(int row, Outcome outcome, const QString &detail = QString());
    Outcome outcome(int row) const { return m_outcomes.value(row).outcome; }
    QString outcomeDetail(int row) const { return m_outcomes.value(row).detail; }
    int count(Outcome outcome) const;
    // Drops every value from memory (after an import); rows stay for the report.
    void clearValues();

private:
    struct Result
    {
        Outcome outcome = Outcome::None;
        QString detail;
    };

    QString maskedValue(const ImportRow &row) const;

    QList<ImportRow> m_rows;
    QList<Result> m_outcomes;
    QSet<QString> m_existing;
    bool m_keysKnown = false;
    ConflictPolicy m_policy = ConflictPolicy::Skip;
};
