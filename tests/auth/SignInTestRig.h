#pragma once

// What the sign-in widget tests share: a sandbox, a token store, profiles in
// QSettings and a session over one KonnectClient.
#include "KonnectClient.h"
#include "MemoryTokenStore.h"
#include "ProfileStore.h"
#include "SandboxServer.h"
#include "SessionController.h"
#include "SignInDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTest>

#include <memory>

struct SignInTestRig
{
    Sandbox::SandboxServer sandbox;
    QNetworkAccessManager network;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<TokenStore> tokens;
    std::unique_ptr<KonnectClient> client;
    std::unique_ptr<SessionController> session;

    bool startSandbox()
    {
        if (!sandbox.listen(0) || !sandbox.seed(QStringLiteral("demo")))
            return false;
        sandbox.setToken(Sandbox::SandboxServer::randomToken());
        return true;
    }

    // settings: nullptr = the application's QSettings.
    void build(std::unique_ptr<QSettings> ownSettings, std::unique_ptr<TokenStore> store)
    {
        session.reset();
        settings = std::move(ownSettings);
        profiles = settings ? std::make_unique<ProfileStore>(settings.get())
                            : std::make_unique<ProfileStore>();
        tokens = std::move(store);
        client = std::make_unique<KonnectClient>(&network);
        RetryPolicy policy;
        policy.maxAttempts = 1;
        client->setRetryPolicy(policy);
        session = std::make_unique<SessionController>(profiles.get(), tokens.get(), client.get());
    }

    MemoryTokenStore *memoryTokens() const
    {
        return qobject_cast<MemoryTokenStore *>(tokens.get());
    }

    std::unique_ptr<SignInDialog> dialog()
    {
        auto d = std::make_unique<SignInDialog>(session.get(), &network);
        RetryPolicy fast;
        fast.maxAttempts = 1;
        fast.transferTimeoutMs = 10000;
        d->check()->setRetryPolicy(fast);
        return d;
    }

    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }

    // Fills the form the way a person does: custom URL, then types the token.
    static void fill(SignInDialog *dialog, const QString &name, const QUrl &url,
                     const QString &token)
    {
        auto *nameEdit = child<QLineEdit>(dialog, "nameEdit");
        nameEdit->clear();
        QTest::keyClicks(nameEdit, name);
        auto *combo = child<QComboBox>(dialog, "regionCombo");
        combo->setCurrentIndex(combo->count() - 1); // "Custom URL…"
        auto *urlEdit = child<QLineEdit>(dialog, "urlEdit");
        urlEdit->clear();
        QTest::keyClicks(urlEdit, url.toString());
        auto *tokenEdit = child<QLineEdit>(dialog, "tokenEdit");
        tokenEdit->clear();
        QTest::keyClicks(tokenEdit, token);
    }
};
