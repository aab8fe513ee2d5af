#pragma once

#include "Entities.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class ApiCall;
class ApiError;
class KonnectClient;
class SecretClipboard;

namespace Ui {
class SecretEditorDialog;
}

// Creates a secret (key and value) or rotates one's value (key read-only).
// The value is masked until revealed, may span lines (PEM), can be pasted
// whole or loaded from a file, and is counted against Konnect's limits. The
// dialog sends the request itself and stays open on failure with everything
// typed, the server's field errors shown where they belong.
class SecretEditorDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Create, Rotate };

    SecretEditorDialog(KonnectClient *client, QString controlPlaneId, QString storeId, Mode mode,
                       const QString &key = QString(), QWidget *parent = nullptr);
    ~SecretEditorDialog() override;

    Mode mode() const { return m_mode; }
    QString key() const;
    QString value() const { return m_value; }
    void setValue(const QString &value);
    bool isRevealed() const;
    void setRevealed(bool revealed);
    QString errorText() const;
    QString whitespaceWarning() const;
    bool canSave() const;
    // Enables "Copy value" (only while the value is revealed): the value goes
    // through the helper, which hints clipboard managers and clears it later.
    void setClipboard(SecretClipboard *clipboard);

signals:
    void saved(const ConfigStoreSecret &secret);

public slots:
    void accept() override; // validates and sends; closes only on success
    void reject() override;

private:
    void pasteFromClipboard();
    void copyValue();
    void chooseFile();
    void loadFile(const QString &path);
    void showValuePage();
    void updateState();
    void setBusy(bool busy);
    void showError(const ApiError &error);

    std::unique_ptr<Ui::SecretEditorDialog> m_ui;
    KonnectClient *m_client;
    QString m_controlPlaneId;
    QString m_storeId;
    Mode m_mode;
    QString m_value; // the one copy of the value, only in memory
    QPointer<ApiCall> m_call;
    QPointer<SecretClipboard> m_clipboard;
};
