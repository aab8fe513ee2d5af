#include "ImportDialog.h"
#include "ui_ImportDialog.h"

#include "BulkWriter.h"
#include "FetchAll.h"
#include "ImportParser.h"
#include "ImportPreviewModel.h"
#include "KonnectClient.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMimeData>
#include <QPushButton>

ImportDialog::ImportDialog(KonnectClient *client, QString controlPlaneId, const ConfigStore &store,
                           QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::ImportDialog)
    , m_client(client)
    , m_controlPlaneId(std::move(controlPlaneId))
    , m_store(store)
    , m_model(new ImportPreviewModel(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Import secrets into %1").arg(store.displayName()));
    m_ui->previewView->setModel(m_model);
    m_ui->previewView->verticalHeader()->hide();
    m_ui->previewView->horizontalHeader()->setStretchLastSection(true);
    m_ui->previewView->setColumnWidth(ImportPreviewModel::KeyColumn, 240);
    m_ui->previewView->setColumnWidth(ImportPreviewModel::ValueColumn, 180);
    m_importButton = m_ui->buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    m_cancelButton = m_ui->buttons->button(QDialogButtonBox::Close);

    connect(m_ui->chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_ui->overwriteRadio, &QRadioButton::toggled, this, [this](bool overwrite) {
        m_model->setPolicy(overwrite ? ImportPreviewModel::ConflictPolicy::Overwrite
                                     : ImportPreviewModel::ConflictPolicy::Skip);
        updateState();
    });
    loadExistingKeys();
    updateState();
}

ImportDialog::~ImportDialog()
{
    if (m_keysFetch)
        m_keysFetch->cancel();
    delete m_ui;
}

void ImportDialog::loadExistingKeys()
{
    m_loadingKeys.clear();
    m_keysFetch = m_client->fetchAllConfigStoreSecrets(
        m_controlPlaneId, m_store.id, this,
        [this](const QList<ConfigStoreSecret> &page) {
            for (const ConfigStoreSecret &secret : page)
                m_loadingKeys.insert(secret.key);
        },
        [this](const ApiError &error) {
            m_keysError = error;
            if (!error.isError())
                m_model->setExistingKeys(m_loadingKeys);
            m_loadingKeys.clear();
            updateState();
        });
}

void ImportDialog::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Import secrets from a file"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters(
        {tr("Secret files (*.env .env* *.json *.yaml *.yml)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &ImportDialog::loadFile);
    dialog->open();
}

void ImportDialog::loadFile(const QString &path)
{
    if (isImporting())
        return;
    m_done = false;
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
    m_result = ImportParser::parseFile(path);
    m_model->setRows(m_result.rows);
    m_result.rows.clear(); // the values live in the model only
    m_ui->progressBar->hide();
    m_ui->reportView->hide();
    m_ui->reportView->clear();
    updateState();
}

void ImportDialog::setConflictPolicy(bool overwrite)
{
    (overwrite ? m_ui->overwriteRadio : m_ui->skipRadio)->setChecked(true);
}

bool ImportDialog::isImporting() const
{
    return m_writer && m_writer->isRunning();
}

bool ImportDialog::canImport() const
{
    if (isImporting() || m_done || !m_model->existingKeysKnown())
        return false;
    return m_model->count(ImportPreviewModel::Status::New) +
               m_model->count(ImportPreviewModel::Status::Overwrite) >
           0;
}

QString ImportDialog::summaryText() const
{
    return m_ui->summaryLabel->text();
}

QString ImportDialog::reportText() const
{
    return m_ui->reportView->toPlainText();
}

void ImportDialog::updateState()
{
    const bool importing = isImporting();
    m_importButton->setEnabled(canImport());
    m_ui->chooseButton->setEnabled(!importing);
    m_ui->policyBox->setEnabled(!importing && !m_done);
    setAcceptDrops(!importing);
    m_cancelButton->setText(importing ? tr("Cancel i&mport") : tr("&Close"));

    QString summary;
    if (!m_result.ok()) {
        summary = m_result.error;
    } else if (m_ui->fileEdit->text().isEmpty()) {
        summary = tr("Choose a file: a .env file (KEY=value), a JSON object or a YAML map. "
                     "Values are only sent to Konnect, never stored anywhere else.");
    } else if (m_model->rowCount() == 0) {
        summary = tr("The file holds no secrets.");
    } else {
        using S = ImportPreviewModel::Status;
        QStringList parts;
        parts.append(tr("%1: %n secret(s) read", nullptr, m_model->rowCount())
                         .arg(ImportParser::formatName(m_result.format)));
        if (m_keysError.isError()) {
            parts.append(
                tr("cannot check which keys already exist: %1").arg(m_keysError.message()));
        } else if (!m_model->existingKeysKnown()) {
            parts.append(tr("checking which keys already exist…"));
        } else {
            if (const int n = m_model->count(S::New))
                parts.append(tr("%n new", nullptr, n));
            if (const int n = m_model->count(S::Overwrite))
                parts.append(tr("%n to overwrite", nullptr, n));
            if (const int n = m_model->count(S::Skip))
                parts.append(tr("%n already in the store, skipped", nullptr, n));
        }
        if (const int n = m_model->count(S::Invalid))
            parts.append(tr("%n invalid, not imported (hover for the rule)", nullptr, n));
        summary = parts.join(QStringLiteral(" · "));
        for (const QString &warning : std::as_const(m_result.warnings))
            summary += QLatin1Char('\n') + warning;
    }
    m_ui->summaryLabel->setText(summary);
}

void ImportDialog::startImport()
{
    if (!canImport())
        return;
    const QList<BulkWriter::Item> items = m_model->plannedItems(&m_rowOfItem);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->status(row) == ImportPreviewModel::Status::Skip)
            m_model->setOutcome(row, ImportPreviewModel::Outcome::Skipped);
    }
    m_writer = new BulkWriter(m_client, m_controlPlaneId, m_store.id, this);
    connect(m_writer, &BulkWriter::progress, this, [this](int done, int total) {
        m_ui->progressBar->setMaximum(total);
        m_ui->progressBar->setValue(done);
        m_ui->progressBar->setFormat(tr("%v of %m written"));
    });
    connect(m_writer, &BulkWriter::itemFinished, this, &ImportDialog::onItemFinished);
    connect(m_writer, &BulkWriter::itemWritten, this,
            [this](int, const ConfigStoreSecret &secret) { emit secretWritten(secret); });
    connect(m_writer, &BulkWriter::finished, this, &ImportDialog::onFinished);
    m_ui->progressBar->setRange(0, int(items.size()));
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->show();
    m_writer->start(items);
    updateState();
}

void ImportDialog::cancelImport()
{
    if (isImporting())
        m_writer->cancel(); // finished(..., true) follows at once
}

void ImportDialog::reject()
{
    // Escape or Cancel during an import stops it and shows what was done.
    if (isImporting()) {
        cancelImport();
        return;
    }
    QDialog::reject();
}

void ImportDialog::onItemFinished(int index, const ApiError &error)
{
    const int row = m_rowOfItem.value(index, -1);
    if (error.isError())
        m_model->setOutcome(row, ImportPreviewModel::Outcome::Failed, error.message());
    else
        m_model->setOutcome(row, m_model->status(row) == ImportPreviewModel::Status::Overwrite
                                     ? ImportPreviewModel::Outcome::Overwritten
                                     : ImportPreviewModel::Outcome::Created);
}

void ImportDialog::onFinished(int written, int failed, bool cancelled)
{
    for (int index = 0; index < m_rowOfItem.size(); ++index) {
        const BulkWriter::ItemState state = m_writer->state(index);
        if (state == BulkWriter::ItemState::Pending)
            m_model->setOutcome(m_rowOfItem.at(index), ImportPreviewModel::Outcome::NotStarted);
        else if (state == BulkWriter::ItemState::Interrupted)
            m_model->setOutcome(m_rowOfItem.at(index), ImportPreviewModel::Outcome::Interrupted);
    }
    m_model->clearValues();
    m_writer->deleteLater();
    m_writer.clear();
    m_done = true;
    showReport(cancelled);
    updateState();
    emit importFinished(written, failed, cancelled);
}

void ImportDialog::showReport(bool cancelled)
{
    using O = ImportPreviewModel::Outcome;
    QStringList lines;
    lines.append(cancelled ? tr("Import cancelled.") : tr("Import finished."));
    lines.append(tr("Created: %n secret(s)", nullptr, m_model->count(O::Created)));
    lines.append(tr("Overwritten: %n secret(s)", nullptr, m_model->count(O::Overwritten)));
    lines.append(
        tr("Skipped, already in the store: %n secret(s)", nullptr, m_model->count(O::Skipped)));
    if (const int n = m_model->count(ImportPreviewModel::Status::Invalid))
        lines.append(tr("Invalid rows, not imported: %n", nullptr, n));
    if (const int n = m_model->count(O::NotStarted))
        lines.append(tr("Not started (cancelled): %n secret(s)", nullptr, n));
    if (const int n = m_model->count(O::Interrupted))
        lines.append(tr("Interrupted by the cancel, may or may not have been written: %n "
                        "secret(s)",
                        nullptr, n));
    lines.append(tr("Failed: %n secret(s)", nullptr, m_model->count(O::Failed)));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->outcome(row) == O::Failed)
            lines.append(QStringLiteral("  • ") +
                         tr("%1: %2").arg(m_model->row(row).key, m_model->outcomeDetail(row)));
    }
    m_ui->reportView->setPlainText(lines.join(QLatin1Char('\n')));
    m_ui->reportView->show();
}

void ImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!isImporting() && urls.size() == 1 && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (isImporting() || urls.size() != 1 || !urls.constFirst().isLocalFile())
        return;
    event->acceptProposedAction();
    loadFile(urls.constFirst().toLocalFile());
}
