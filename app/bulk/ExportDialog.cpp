#include "ExportDialog.h"

#include "FetchAll.h"
#include "KonnectClient.h"
#include "Validation.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

ExportDialog::ExportDialog(KonnectClient *client, QString controlPlaneId, const ConfigStore &store,
                           const QStringList &vaultPrefixes, const QString &currentPrefix,
                           QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_controlPlaneId(std::move(controlPlaneId))
    , m_store(store)
    , m_prefix(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_preview(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Export references of %1").arg(store.displayName()));
    resize(720, 480);
    m_prefix->setObjectName(QStringLiteral("prefixCombo"));
    m_prefix->setEditable(true);
    m_prefix->addItems(vaultPrefixes);
    if (!currentPrefix.isEmpty())
        m_prefix->setCurrentText(currentPrefix);
    m_prefix->lineEdit()->setPlaceholderText(tr("vault prefix"));
    m_prefix->setToolTip(tr("The prefix of a vault that reads this store"));
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr(".env template"), int(ReferenceExport::Format::EnvTemplate));
    m_format->addItem(tr("decK YAML snippet"), int(ReferenceExport::Format::DeckYaml));
    m_format->addItem(tr("CSV (key, reference)"), int(ReferenceExport::Format::Csv));
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // file paths and Konnect's words
    m_saveButton = m_buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_copyButton = m_buttons->addButton(tr("&Copy to clipboard"), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Vault prefix:"), m_prefix);
    form->addRow(tr("&Format:"), m_format);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_prefix, &QComboBox::currentTextChanged, this, &ExportDialog::updatePreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndSave);
    connect(m_copyButton, &QPushButton::clicked, this, &ExportDialog::copyToClipboard);

    m_fetch = m_client->fetchAllConfigStoreSecrets(
        m_controlPlaneId, m_store.id, this,
        [this](const QList<ConfigStoreSecret> &page) {
            for (const ConfigStoreSecret &secret : page)
                m_keys.append(secret.key);
            updatePreview();
        },
        [this](const ApiError &error) {
            m_error = error;
            m_keysLoaded = !error.isError();
            updatePreview();
        });
    updatePreview();
}

ExportDialog::~ExportDialog()
{
    if (m_fetch)
        m_fetch->cancel();
}

void ExportDialog::setFormat(ReferenceExport::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

ReferenceExport::Format ExportDialog::format() const
{
    return ReferenceExport::Format(m_format->currentData().toInt());
}

void ExportDialog::setPrefix(const QString &prefix)
{
    m_prefix->setCurrentText(prefix);
}

bool ExportDialog::isReady() const
{
    return m_keysLoaded && Validation::vaultPrefix(m_prefix->currentText().trimmed()).isEmpty();
}

QString ExportDialog::text() const
{
    return isReady() ? m_text : QString();
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

void ExportDialog::updatePreview()
{
    const QString prefix = m_prefix->currentText().trimmed();
    const auto prefixErrors = Validation::vaultPrefix(prefix);
    if (m_error.isError())
        m_status->setText(tr("Cannot list the secrets: %1").arg(m_error.message()));
    else if (!m_keysLoaded)
        m_status->setText(tr("Listing the secrets… %n so far", nullptr, int(m_keys.size())));
    else if (!prefixErrors.isEmpty())
        m_status->setText(prefix.isEmpty() ? tr("Type the prefix of a vault that reads this "
                                                "store.")
                                           : tr("The prefix %1").arg(prefixErrors.first().reason));
    else
        m_status->setText(tr("%n reference(s). Values are not included: Konnect never returns "
                             "them.",
                             nullptr, int(m_keys.size())));
    m_text = m_keysLoaded && prefixErrors.isEmpty()
                 ? ReferenceExport::render(format(), m_store.displayName(), prefix, m_keys)
                 : QString();
    m_preview->setPlainText(m_text);
    m_saveButton->setEnabled(isReady());
    m_copyButton->setEnabled(isReady());
}

bool ExportDialog::saveTo(const QString &path)
{
    if (!isReady())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text().toUtf8()) < 0 || !file.commit()) {
        m_status->setText(tr("Cannot save %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(tr("Saved %n reference(s) to %1", nullptr, int(m_keys.size())).arg(path));
    emit saved(path);
    return true;
}

void ExportDialog::chooseFileAndSave()
{
    if (!isReady())
        return;
    auto *dialog = new QFileDialog(this, tr("Save references"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const QString suffix = ReferenceExport::fileSuffix(format());
    dialog->setDefaultSuffix(suffix);
    const QString base = m_store.name.isEmpty()
                             ? QStringLiteral("config-store-") + m_store.id.left(8)
                             : m_store.name;
    dialog->selectFile(base + QStringLiteral("-references.") + suffix);
    connect(dialog, &QFileDialog::fileSelected, this, &ExportDialog::saveTo);
    dialog->open();
}

void ExportDialog::copyToClipboard()
{
    if (!isReady())
        return;
    QGuiApplication::clipboard()->setText(text());
    m_status->setText(tr("Copied %n reference(s) to the clipboard", nullptr, int(m_keys.size())));
}
