#include "LockScreen.h"

#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

LockScreen::LockScreen(QWidget *parent)
    : QWidget(parent)
    , m_profile(new QLabel(this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
{
    setObjectName(QStringLiteral("lockScreen"));
    auto *title = new QLabel(tr("Locked"), this);
    title->setObjectName(QStringLiteral("lockTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    m_profile->setObjectName(QStringLiteral("lockProfile"));
    m_profile->setAlignment(Qt::AlignCenter);
    m_profile->setTextFormat(Qt::PlainText); // the profile name is the user's text
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setAutoDefault(true);
    m_unlock->setDefault(true);
    m_unlock->setAccessibleDescription(tr("Reads the profile's token again"));
    setFocusProxy(m_unlock);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(title);
    layout->addWidget(m_profile);
    layout->addSpacing(12);
    layout->addWidget(m_unlock, 0, Qt::AlignHCenter);
    layout->addStretch(1);

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::unlockRequested);
}

void LockScreen::setProfileName(const QString &name)
{
    m_profile->setText(name.isEmpty() ? QString() : tr("Profile: %1").arg(name));
}

QString LockScreen::profileText() const
{
    return m_profile->text();
}

void LockScreen::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        m_unlock->click();
        return;
    }
    QWidget::keyPressEvent(event);
}

void LockScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_unlock->setFocus(Qt::OtherFocusReason);
}
