#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// The page a locked window shows instead of everything else: "Locked", the
// profile's name and Unlock (focused; Enter or Return anywhere on the page
// unlocks).
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(QWidget *parent = nullptr);

    void setProfileName(const QString &name);
    QString profileText() const;
    QPushButton *unlockButton() const { return m_unlock; }

signals:
    void unlockRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QLabel *m_profile;
    QPushButton *m_unlock;
};
