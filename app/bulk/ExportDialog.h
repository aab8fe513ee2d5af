#pragma once

#include "ApiError.h"
#include "Entities.h"
#include "ReferenceExport.h"

#include <QDialog>
#include <QPointer>
#include <QStringList>

class FetchAll;
class KonnectClient;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// Exports the references of a store's secrets (never values: Konnect cannot
// return them) for a chosen vault prefix as a .env template, a decK-style YAML
// snippet or CSV: a preview, Save… through a file dialog, and Copy (references
// are not secrets: the plain clipboard).
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // vaultPrefixes: the vaults reading the store; the prefix box is editable.
    ExportDialog(KonnectClient *client, QString controlPlaneId, const ConfigStore &store,
                 const QStringList &vaultPrefixes, const QString &currentPrefix = QString(),
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setFormat(ReferenceExport::Format format);
    ReferenceExport::Format format() const;
    void setPrefix(const QString &prefix);
    QString text() const; // what Save and Copy use; empty while loading or invalid
    bool isReady() const; // keys loaded and a valid prefix
    QString statusText() const;

    // Writes text() to `path` (atomically); false with statusText() saying why.
    bool saveTo(const QString &path);
    void chooseFileAndSave(); // a non-blocking file dialog, then saveTo()
    void copyToClipboard();

signals:
    void saved(const QString &path);

private:
    void updatePreview();

    KonnectClient *m_client;
    QString m_controlPlaneId;
    ConfigStore m_store;
    QStringList m_keys;
    QString m_text; // exactly what is saved (the preview shows CRLF as line breaks)
    bool m_keysLoaded = false;
    ApiError m_error;
    QPointer<FetchAll> m_fetch;

    QComboBox *m_prefix;
    QComboBox *m_format;
    QPlainTextEdit *m_preview;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_saveButton;
    QPushButton *m_copyButton;
};
