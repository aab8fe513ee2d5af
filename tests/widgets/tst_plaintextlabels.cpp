// Text from Konnect, the keychain or the user (error messages, identities,
// names, file paths) is shown as plain text: a label left at Qt::AutoText
// renders a message such as "<img src=…>" or "<a href=…>" as markup. Each
// label that shows such text is named here, found in its real widget, and
// must be Qt::PlainText.
#include "ExportDialog.h"
#include "ImportDialog.h"
#include "KonnectClient.h"
#include "MainWindow.h"
#include "MemoryTokenStore.h"
#include "ProfileStore.h"
#include "SecretEditorDialog.h"
#include "SessionController.h"
#include "SignInDialog.h"
#include "StoreDialogs.h"
#include "VaultForm.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestPlainTextLabels : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    KonnectClient m_client{&m_network};
    QTemporaryDir m_dir;

    static void verifyPlain(QWidget *widget, const QStringList &names)
    {
        for (const QString &name : names) {
            auto *label = widget->findChild<QLabel *>(name);
            QVERIFY2(label, qPrintable(name));
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(name));
        }
    }

private slots:
    void mainWindow()
    {
        MainWindow window(&m_client);
        verifyPlain(&window, {QStringLiteral("environmentLabel"), QStringLiteral("placeholder"),
                              QStringLiteral("bannerText"), QStringLiteral("crossSearchStatus"),
                              QStringLiteral("crossSearchErrors"), QStringLiteral("secretCount"),
                              QStringLiteral("emptyState")});
    }

    void signInDialog()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("kvm.ini")), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        MemoryTokenStore tokens;
        SessionController session(&profiles, &tokens, &m_client);
        SignInDialog dialog(&session, &m_network);
        verifyPlain(&dialog, {QStringLiteral("resultLabel")});
    }

    void dialogs()
    {
        ConfigStore store;
        store.id = QStringLiteral("store-id");
        store.name = QStringLiteral("<b>store</b>");
        SecretEditorDialog editor(&m_client, QStringLiteral("cp"), store.id,
                                  SecretEditorDialog::Mode::Create);
        verifyPlain(&editor, {QStringLiteral("summaryLabel"), QStringLiteral("whitespaceWarning"),
                              QStringLiteral("errorLabel")});
        ImportDialog import(&m_client, QStringLiteral("cp"), store);
        verifyPlain(&import, {QStringLiteral("fileLabel"), QStringLiteral("summaryLabel")});
        ExportDialog exporter(&m_client, QStringLiteral("cp"), store,
                              {QStringLiteral("<i>prefix</i>")});
        verifyPlain(&exporter, {QStringLiteral("exportStatus")});
        StoreNameDialog rename(&m_client, QStringLiteral("cp"), store);
        verifyPlain(&rename, {QStringLiteral("errorLabel")});
        VaultForm form;
        verifyPlain(&form, {QStringLiteral("generalMessage")});
    }
};

QTEST_MAIN(TestPlainTextLabels)
#include "tst_plaintextlabels.moc"
