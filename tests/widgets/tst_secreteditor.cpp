#include "ApiTestEnvironment.h"
#include "SecretClipboard.h"
#include "SecretEditorDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>

#include <memory>

class TestSecretEditor : public QObject
{
    Q_OBJECT

    ApiTestEnvironment env;
    QString cp;
    QString store;

    static QPushButton *saveButton(SecretEditorDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    }

private slots:
    void initTestCase() { QVERIFY(env.start()); }

    void init()
    {
        QVERIFY(env.sandbox.seed(QStringLiteral("demo")));
        env.sandbox.clearFaults();
        cp = env.sandbox.controlPlaneIds().constFirst();
        store = env.sandbox.configStoreIds(cp).constFirst();
    }

    void createSecret()
    {
        SecretEditorDialog dialog(&env.client, cp, store, SecretEditorDialog::Mode::Create);
        dialog.show();
        QVERIFY(!saveButton(dialog)->isEnabled());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("keyEdit")),
                         QStringLiteral("new-api-key"));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::keyClicks(password, QStringLiteral("made-up value"));
        QCOMPARE(dialog.value(), QStringLiteral("made-up value"));
        QVERIFY(saveButton(dialog)->isEnabled());
        QSignalSpy saved(&dialog, &SecretEditorDialog::saved);
        saveButton(dialog)->click();
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.constFirst().at(0).value<ConfigStoreSecret>().key,
                 QStringLiteral("new-api-key"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(env.sandbox.secretValue(cp, store, QStringLiteral("new-api-key")),
                 std::optional<QString>(QStringLiteral("made-up value")));
    }

    void limitsAndWhitespaceAreShownNotFixed()
    {
        SecretEditorDialog dialog(&env.client, cp, store, SecretEditorDialog::Mode::Create);
        dialog.findChild<QLineEdit *>(QStringLiteral("keyEdit"))->setText(QStringLiteral("k"));
        dialog.setValue(QString(5121, QLatin1Char('v')));
        QVERIFY(!dialog.canSave());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("valueCounter"))
                    ->text()
                    .contains(QStringLiteral("5121 / 5120")));
        dialog.setValue(QStringLiteral(" padded\n"));
        QVERIFY(dialog.canSave());
        QVERIFY(dialog.whitespaceWarning().contains(QStringLiteral("Nothing is trimmed")));
        QCOMPARE(dialog.value(), QStringLiteral(" padded\n"));
        dialog.findChild<QLineEdit *>(QStringLiteral("keyEdit"))
            ->setText(QString(513, QLatin1Char('k')));
        QVERIFY(!dialog.canSave());
    }

    void multiLineValueIsMaskedUntilRevealed()
    {
        SecretEditorDialog dialog(&env.client, cp, store, SecretEditorDialog::Mode::Create);
        const QString pem = QStringLiteral("-----BEGIN CERTIFICATE-----\nMIIBmadeup\n-----END "
                                           "CERTIFICATE-----\n");
        dialog.setValue(pem);
        auto *stack = dialog.findChild<QStackedWidget *>(QStringLiteral("valueStack"));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("summaryPage"));
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))
                     ->text()
                     .contains(QStringLiteral("MIIB")));
        dialog.setRevealed(true);
        auto *plain = dialog.findChild<QPlainTextEdit *>(QStringLiteral("plainEdit"));
        QCOMPARE(stack->currentWidget(), plain);
        QCOMPARE(plain->toPlainText(), pem);
        dialog.setRevealed(false);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("summaryPage"));
    }

    void copyValueOnlyWhenRevealedThroughTheClipboardHelper()
    {
        SecretClipboard clipboard(QGuiApplication::clipboard());
        clipboard.setClearTimeout(300);
        SecretEditorDialog dialog(&env.client, cp, store, SecretEditorDialog::Mode::Create);
        dialog.setClipboard(&clipboard);
        dialog.setValue(QStringLiteral("made-up copied value"));
        auto *copy = dialog.findChild<QToolButton *>(QStringLiteral("copyButton"));
        QVERIFY(!copy->isEnabled()); // masked: nothing to copy
        dialog.setRevealed(true);
        QVERIFY(copy->isEnabled());
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("made-up copied value"));
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(
                     QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArray("secret"));
        QTRY_VERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    // A revealed value leaves the editor only through SecretClipboard, however
    // it is copied: Ctrl+C, Ctrl+X and the context menu's Copy are hinted and
    // cleared; a drag or the PRIMARY selection gets nothing; there is no undo.
    void everyCopyOfARevealedValueIsHintedAndCleared()
    {
        SecretClipboard clipboard(QGuiApplication::clipboard());
        clipboard.setClearTimeout(300);
        SecretEditorDialog dialog(&env.client, cp, store, SecretEditorDialog::Mode::Create);
        dialog.setClipboard(&clipboard);
        dialog.setValue(QStringLiteral("made-up value\nsecond line"));
        dialog.show();
        dialog.setRevealed(true);
        auto *plain = dialog.findChild<QPlainTextEdit *>(QStringLiteral("plainEdit"));
        QVERIFY(plain);
        QVERIFY(!plain->isUndoRedoEnabled());
        plain->setFocus();
        const auto hinted = [] {
            return QGuiApplication::clipboard()->mimeData()->data(
                       QStringLiteral("x-kde-passwordManagerHint")) == QByteArray("secret");
        };

        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        plain->selectAll();
        QTest::keyClick(plain, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("made-up value\nsecond line"));
        QVERIFY(hinted());
        QTRY_VERIFY(QGuiApplication::clipboard()->text().isEmpty()); // cleared

        // The context menu's Copy (opened from the keyboard, as the Menu key does).
        QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(4, 4),
                                  plain->mapToGlobal(QPoint(4, 4)));
        QApplication::sendEvent(plain, &menuKey);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = plain->findChild<QMenu *>(QStringLiteral("secretTextMenu"))));
        QAction *copy = nullptr;
        const auto actions = menu->actions();
        for (QAction *action : actions) {
            QVERIFY(action->objectName() != QLatin1String("edit-undo"));
            if (action->objectName() == QLatin1String("edit-copy"))
                copy = action;
        }
        QVERIFY(copy && copy->isEnabled());
        copy->trigger();
        menu->close();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("made-up value\nsecond line"));
        QVERIFY(hinted());
        QTRY_VERIFY(QGuiApplication::clipboard()->text().isEmpty());

        // Cut: hinted too, and the value is gone from the editor.
        QTest::keyClick(plain, Qt::Key_X, Qt::ControlModifier);
        QVERIFY(hinted());
        QVERIFY(plain->toPlainText().isEmpty());

        // What a drag or the X11 PRIMARY selection would take: nothing.
        plain->setPlainText(QStringLiteral("made-up value"));
        plain->selectAll();
        struct Probe : QPlainTextEdit
        {
            static QMimeData *dataOf(QPlainTextEdit *edit)
            {
                return (edit->*(&Probe::createMimeDataFromSelection))();
            }
        };
        std::unique_ptr<QMimeData> dragged(Probe::dataOf(plain));
        QVERIFY(dragged->formats().isEmpty());
    }

    void failureKeepsEverythingTyped()
    {
        // The demo store already holds this key: Konnect refuses a duplicate.
        Awaited<Page<ConfigStoreSecret>> existing;
        env.client.listConfigStoreSecrets(cp, store, {}, this, existing.callback());
        AWAIT_OK(existing);
        const QString taken = existing.value().items.constFirst().key;

        SecretEditorDialog dialog(&env.client, cp, store, SecretEditorDialog::Mode::Create);
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("keyEdit"))->setText(taken);
        dialog.setValue(QStringLiteral("made-up value"));
        saveButton(dialog)->click();
        QTRY_VERIFY(dialog.errorText().contains(QStringLiteral("key")));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.key(), taken);
        QCOMPARE(dialog.value(), QStringLiteral("made-up value"));
        QVERIFY(saveButton(dialog)->isEnabled());
    }

    void rotateKeepsTheKey()
    {
        SecretEditorDialog created(&env.client, cp, store, SecretEditorDialog::Mode::Create);
        created.findChild<QLineEdit *>(QStringLiteral("keyEdit"))
            ->setText(QStringLiteral("rotating"));
        created.setValue(QStringLiteral("first"));
        QSignalSpy first(&created, &SecretEditorDialog::saved);
        created.accept();
        QVERIFY(first.wait(5000));

        SecretEditorDialog dialog(&env.client, cp, store, SecretEditorDialog::Mode::Rotate,
                                  QStringLiteral("rotating"));
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("keyEdit"))->isReadOnly());
        dialog.setValue(QStringLiteral("second"));
        QSignalSpy saved(&dialog, &SecretEditorDialog::saved);
        dialog.accept();
        QVERIFY(saved.wait(5000));
        QCOMPARE(env.sandbox.secretValue(cp, store, QStringLiteral("rotating")),
                 std::optional<QString>(QStringLiteral("second")));
    }
};

QTEST_MAIN(TestSecretEditor)
#include "tst_secreteditor.moc"
