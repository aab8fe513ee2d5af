#pragma once

#include "ApiError.h"
#include "Entities.h"
#include "ImportRow.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

class BulkWriter;
class FetchAll;
class ImportPreviewModel;
class KonnectClient;
class QPushButton;

namespace Ui {
class ImportDialog;
}

// Imports secrets from a .env, JSON or YAML file into one config store: a
// preview (key, masked value, new / will overwrite / skipped / invalid with
// the rule) against a fresh list of the store's keys, a conflict policy, the
// writes with progress and Cancel (BulkWriter), and a report of what was done.
// Values stay in memory and are dropped once the import is over.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(KonnectClient *client, QString controlPlaneId, const ConfigStore &store,
                 QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads and previews a file (what choosing or dropping one does).
    void loadFile(const QString &path);
    void setConflictPolicy(bool overwrite);
    bool canImport() const;
    void startImport();
    void cancelImport();
    bool isImporting() const;
    // Opens the file chooser (non-blocking).
    void chooseFile();

    ImportPreviewModel *model() const { return m_model; }
    QPushButton *importButton() const { return m_importButton; }
    QString summaryText() const;
    QString reportText() const;

signals:
    // Each secret written, for the secret browser to show.
    void secretWritten(const ConfigStoreSecret &secret);
    void importFinished(int written, int failed, bool cancelled);

public slots:
    void reject() override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void loadExistingKeys();
    void updateState();
    void onItemFinished(int index, const ApiError &error);
    void onFinished(int written, int failed, bool cancelled);
    void showReport(bool cancelled);

    Ui::ImportDialog *m_ui;
    KonnectClient *m_client;
    QString m_controlPlaneId;
    ConfigStore m_store;
    ImportPreviewModel *m_model;
    QPushButton *m_importButton;
    QPushButton *m_cancelButton;
    QPointer<FetchAll> m_keysFetch;
    QSet<QString> m_loadingKeys;
    ApiError m_keysError;
    ImportResult m_result; // rows live in the model; this keeps the format, error, warnings
    QPointer<BulkWriter> m_writer;
    QList<int> m_rowOfItem;
    bool m_done = false;
};
