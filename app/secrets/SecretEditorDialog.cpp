#include "SecretEditorDialog.h"

#include "KonnectClient.h"
#include "SecretClipboard.h"
#include "Validation.h"
#include "ui_SecretEditorDialog.h"

#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMimeData>
#include <QPushButton>

namespace {

QString counterText(int count, int maximum)
{
    const QString text = QStringLiteral("%1 / %2").arg(count).arg(maximum);
    return count > maximum ? QStringLiteral("<span style='color:#c0392b'>%1</span>").arg(text)
                           : text;
}

bool hasEdgeWhitespace(const QString &text)
{
    return !text.isEmpty() && (text.front().isSpace() || text.back().isSpace());
}

} // namespace

SecretEditorDialog::SecretEditorDialog(KonnectClient *client, QString controlPlaneId,
                                       QString storeId, Mode mode, const QString &key,
                                       QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SecretEditorDialog>())
    , m_client(client)
    , m_controlPlaneId(std::move(controlPlaneId))
    , m_storeId(std::move(storeId))
    , m_mode(mode)
{
    m_ui->setupUi(this);
    if (mode == Mode::Rotate) {
        setWindowTitle(tr("Rotate secret value"));
        m_ui->keyEdit->setText(key);
        m_ui->keyEdit->setReadOnly(true);
        m_ui->passwordEdit->setFocus();
    } else {
        m_ui->keyEdit->setText(key);
    }
    m_ui->errorLabel->hide();

    connect(m_ui->keyEdit, &QLineEdit::textChanged, this, &SecretEditorDialog::updateState);
    connect(m_ui->passwordEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_value = text;
        updateState();
    });
    connect(m_ui->plainEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_ui->valueStack->currentWidget() != m_ui->plainEdit)
            return;
        m_value = m_ui->plainEdit->toPlainText();
        updateState();
    });
    connect(m_ui->revealButton, &QToolButton::toggled, this, &SecretEditorDialog::setRevealed);
    connect(m_ui->pasteButton, &QToolButton::clicked, this,
            &SecretEditorDialog::pasteFromClipboard);
    connect(m_ui->copyButton, &QToolButton::clicked, this, &SecretEditorDialog::copyValue);
    m_ui->copyButton->hide();
    connect(m_ui->loadButton, &QToolButton::clicked, this, &SecretEditorDialog::chooseFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SecretEditorDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SecretEditorDialog::reject);
    showValuePage();
    updateState();
}

SecretEditorDialog::~SecretEditorDialog()
{
    if (m_call)
        m_call->cancel();
    // What is wiped, honestly: the widgets let go of the value first (setText()
    // also drops the line edit's undo history, which clear() would extend; the
    // text editor keeps none, see SecretTextEdit), so that m_value's buffer is
    // no longer shared and fill() overwrites it in place. The buffers freed on
    // the way (each edit's, the request body, the network stack's) are freed,
    // not overwritten.
    m_ui->passwordEdit->setText(QString());
    m_ui->plainEdit->setPlainText(QString());
    m_value.fill(QLatin1Char(' '));
}

QString SecretEditorDialog::key() const
{
    return m_ui->keyEdit->text();
}

bool SecretEditorDialog::isRevealed() const
{
    return m_ui->revealButton->isChecked();
}

QString SecretEditorDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

QString SecretEditorDialog::whitespaceWarning() const
{
    return m_ui->whitespaceWarning->text();
}

void SecretEditorDialog::setValue(const QString &value)
{
    m_value = value;
    showValuePage();
    updateState();
}

void SecretEditorDialog::setRevealed(bool revealed)
{
    if (m_ui->revealButton->isChecked() != revealed) {
        m_ui->revealButton->setChecked(revealed); // re-enters through toggled()
        return;
    }
    m_ui->revealButton->setText(revealed ? tr("&Hide") : tr("&Reveal"));
    updateState();
    m_ui->revealButton->setAccessibleName(revealed ? tr("Hide the value") : tr("Reveal the value"));
    showValuePage();
}

// Masked: a password field for a one-line value, a summary for a multi-line
// one. Revealed: a plain text editor for any value.
void SecretEditorDialog::showValuePage()
{
    const bool multiLine = m_value.contains(QLatin1Char('\n'));
    if (isRevealed()) {
        if (m_ui->plainEdit->toPlainText() != m_value) {
            const QSignalBlocker blocker(m_ui->plainEdit);
            m_ui->plainEdit->setPlainText(m_value);
        }
        m_ui->valueStack->setCurrentWidget(m_ui->plainEdit);
    } else if (multiLine) {
        m_ui->summaryLabel->setText(
            tr("Hidden: %1, %2. Reveal to edit, or paste or load a new value.")
                .arg(tr("%n line(s)", nullptr, int(m_value.count(QLatin1Char('\n')) + 1)),
                     tr("%n character(s)", nullptr, int(Validation::codePointLength(m_value)))));
        m_ui->valueStack->setCurrentWidget(m_ui->summaryPage);
    } else {
        if (m_ui->passwordEdit->text() != m_value)
            m_ui->passwordEdit->setText(m_value);
        m_ui->valueStack->setCurrentWidget(m_ui->maskedPage);
    }
}

void SecretEditorDialog::setClipboard(SecretClipboard *clipboard)
{
    m_clipboard = clipboard;
    m_ui->plainEdit->setSecretClipboard(clipboard);
    m_ui->copyButton->setVisible(clipboard != nullptr);
    updateState();
}

void SecretEditorDialog::copyValue()
{
    if (!m_clipboard || !isRevealed() || m_value.isEmpty())
        return;
    m_clipboard->copySecret(m_value);
    m_ui->errorLabel->setText(tr("Copied. The clipboard is cleared in %1 seconds if it still "
                                 "holds the value.")
                                  .arg(m_clipboard->clearTimeout() / 1000));
    m_ui->errorLabel->show();
}

void SecretEditorDialog::pasteFromClipboard()
{
    // The raw bytes when the clipboard offers them, so invalid UTF-8 is refused
    // rather than silently turned into replacement characters.
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QByteArray bytes;
    if (mime) {
        bytes = mime->data(QStringLiteral("text/plain;charset=utf-8"));
        if (bytes.isEmpty())
            bytes = mime->data(QStringLiteral("text/plain"));
    }
    QString text;
    const QList<InvalidParameter> errors =
        bytes.isEmpty() ? Validation::secretValue(text = QGuiApplication::clipboard()->text())
                        : Validation::decodeSecretValue(bytes, &text);
    if (!errors.isEmpty()) {
        showError(ApiError::validation(errors)); // the value stays as it was
        return;
    }
    setValue(text);
}

void SecretEditorDialog::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Load the value from a file"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &SecretEditorDialog::loadFile);
    dialog->open();
}

void SecretEditorDialog::loadFile(const QString &path)
{
    QFile file(path);
    if (file.size() > 4 * Validation::SecretValueMax) {
        showError(ApiError::validation(
            {{QStringLiteral("value"), QStringLiteral("max_length"),
              tr("the file is too large for a secret (%1 bytes)").arg(file.size())}}));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_ui->errorLabel->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        m_ui->errorLabel->show();
        return;
    }
    QString text;
    const QList<InvalidParameter> errors = Validation::decodeSecretValue(file.readAll(), &text);
    if (!errors.isEmpty()) {
        showError(ApiError::validation(errors)); // a binary file or another encoding
        return;
    }
    setValue(text);
}

void SecretEditorDialog::updateState()
{
    const int keyLength = Validation::codePointLength(key());
    const int valueLength = Validation::codePointLength(m_value);
    m_ui->keyCounter->setText(counterText(keyLength, Validation::SecretKeyMax));
    m_ui->valueCounter->setText(counterText(valueLength, Validation::SecretValueMax));

    QStringList warnings;
    if (hasEdgeWhitespace(key()))
        warnings.append(tr("The key starts or ends with whitespace."));
    if (hasEdgeWhitespace(m_value))
        warnings.append(tr("The value starts or ends with whitespace (a space, tab or line "
                           "break)."));
    if (!warnings.isEmpty())
        warnings.append(tr("Nothing is trimmed: it will be stored exactly as typed."));
    m_ui->whitespaceWarning->setText(warnings.join(QLatin1Char(' ')));
    m_ui->whitespaceWarning->setVisible(!warnings.isEmpty());
    // A rule the counters do not show (a NUL character) is named at once.
    const QList<InvalidParameter> valueErrors = Validation::secretValue(m_value);
    if (!valueErrors.isEmpty() && valueErrors.constFirst().rule == QLatin1String("no_nul"))
        showError(ApiError::validation(valueErrors));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(canSave() && !m_call);
    m_ui->copyButton->setEnabled(isRevealed() && !m_value.isEmpty());
}

bool SecretEditorDialog::canSave() const
{
    return Validation::secretKey(key()).isEmpty() && Validation::secretValue(m_value).isEmpty();
}

void SecretEditorDialog::setBusy(bool busy)
{
    m_ui->keyEdit->setEnabled(!busy);
    m_ui->valueStack->setEnabled(!busy);
    m_ui->pasteButton->setEnabled(!busy);
    m_ui->loadButton->setEnabled(!busy);
    if (busy) {
        m_ui->errorLabel->setText(tr("Saving…"));
        m_ui->errorLabel->show();
    }
    updateState();
}

void SecretEditorDialog::accept()
{
    if (m_call || !m_client)
        return;
    const auto errors = Validation::secretKey(key()) + Validation::secretValue(m_value);
    if (!errors.isEmpty()) {
        showError(ApiError::validation(errors));
        return;
    }
    auto done = [this](const ApiResult<ConfigStoreSecret> &result) {
        m_call.clear();
        setBusy(false);
        if (!result.ok()) {
            showError(result.error());
            return;
        }
        emit saved(result.value());
        QDialog::accept();
    };
    m_call = m_mode == Mode::Create ? m_client->createConfigStoreSecret(m_controlPlaneId, m_storeId,
                                                                        key(), m_value, this, done)
                                    : m_client->updateConfigStoreSecret(m_controlPlaneId, m_storeId,
                                                                        key(), m_value, this, done);
    setBusy(true);
}

void SecretEditorDialog::reject()
{
    if (m_call)
        m_call->cancel();
    QDialog::reject();
}

void SecretEditorDialog::showError(const ApiError &error)
{
    QString text = error.message();
    const auto parameters = error.invalidParameters();
    for (const InvalidParameter &parameter : parameters) {
        if (parameter.field == QLatin1String("key"))
            m_ui->keyEdit->setFocus();
        else if (parameter.field == QLatin1String("value"))
            m_ui->valueStack->currentWidget()->setFocus();
    }
    if (!error.title().isEmpty() || !error.instance().isEmpty())
        text = error.fullDescription();
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->show();
}
