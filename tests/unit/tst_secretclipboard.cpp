#include "SecretClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

class TestSecretClipboard : public QObject
{
    Q_OBJECT

private slots:
    void referenceIsPlainAndStays()
    {
        SecretClipboard helper(QGuiApplication::clipboard());
        helper.setClearTimeout(50);
        helper.copyText(QStringLiteral("{vault://p/k}"));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("{vault://p/k}"));
        QVERIFY(!QGuiApplication::clipboard()->mimeData()->hasFormat(
            QStringLiteral("x-kde-passwordManagerHint")));
        QVERIFY(!helper.holdsSecret());
        QTest::qWait(150);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("{vault://p/k}"));
    }

    void secretIsHintedAndClearedAfterTimeout()
    {
        SecretClipboard helper(QGuiApplication::clipboard());
        helper.setClearTimeout(1000);
        QSignalSpy cleared(&helper, &SecretClipboard::cleared);
        helper.copySecret(QStringLiteral("made-up-secret"));
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QCOMPARE(mime->text(), QStringLiteral("made-up-secret"));
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        // Not before the timeout (a tenth of it has passed: true on a machine
        // ten times slower than usual too)...
        QTest::qWait(100);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("made-up-secret"));
        // ...but after it.
        QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 10000);
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void somethingCopiedSinceIsNeverCleared()
    {
        SecretClipboard helper(QGuiApplication::clipboard());
        helper.setClearTimeout(100);
        QSignalSpy cleared(&helper, &SecretClipboard::cleared);
        helper.copySecret(QStringLiteral("made-up-secret"));
        QGuiApplication::clipboard()->setText(QStringLiteral("the user's own text"));
        QTest::qWait(300);
        QCOMPARE(cleared.count(), 0);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("the user's own text"));
    }

    void referenceCopiedAfterASecretIsNeverCleared()
    {
        // The helper's own plain copy replaces its secret: nothing of ours is left to clear.
        SecretClipboard helper(QGuiApplication::clipboard());
        helper.setClearTimeout(100);
        QSignalSpy cleared(&helper, &SecretClipboard::cleared);
        helper.copySecret(QStringLiteral("made-up-secret"));
        QVERIFY(helper.holdsSecret());
        helper.copyText(QStringLiteral("{vault://p/k}"));
        QVERIFY(!helper.holdsSecret());
        QTest::qWait(300);
        QCOMPARE(cleared.count(), 0);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("{vault://p/k}"));
    }

    void destroyedHelperLeavesTheUsersText()
    {
        {
            SecretClipboard helper(QGuiApplication::clipboard());
            helper.copySecret(QStringLiteral("made-up-secret"));
            QGuiApplication::clipboard()->setText(QStringLiteral("copied by the user"));
        }
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("copied by the user"));
    }

    void destroyedHelperClearsItsSecret()
    {
        {
            SecretClipboard helper(QGuiApplication::clipboard());
            helper.copySecret(QStringLiteral("made-up-secret"));
        }
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }
};

QTEST_MAIN(TestSecretClipboard)
#include "tst_secretclipboard.moc"
