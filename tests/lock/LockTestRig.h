#pragma once

// What the lock tests share: the real MainWindow over a session against the
// in-process sandbox, wired as main.cpp wires them, with the in-memory token
// store standing in for the OS keychain and minutes shortened for the idle lock.
#include "ApiTestEnvironment.h"
#include "AppSettings.h"
#include "LockController.h"
#include "LockScreen.h"
#include "MainWindow.h"
#include "MemoryTokenStore.h"
#include "ProfileStore.h"
#include "SessionController.h"

#include <QSettings>

#include <chrono>
#include <memory>

struct LockTestRig
{
    ApiTestEnvironment env;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<MemoryTokenStore> keychain;
    std::unique_ptr<SessionController> session;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<LockController> locking;

    // Builds everything anew; `minute` is how long one minute of the idle
    // setting lasts.
    bool build(std::chrono::milliseconds minute)
    {
        teardown();
        QSettings().clear();
        if (!env.reset())
            return false;
        settings = std::make_unique<AppSettings>();
        settings->setLockAfterIdleMinutes(0); // each test sets its own, once loaded
        profiles = std::make_unique<ProfileStore>();
        keychain = std::make_unique<MemoryTokenStore>();
        session = std::make_unique<SessionController>(profiles.get(), keychain.get(), &env.client);
        window = std::make_unique<MainWindow>(&env.client);
        window->setSettings(settings.get());
        window->attachSession(session.get(), &env.network);
        locking = std::make_unique<LockController>(session.get());
        locking->setMinuteLength(minute);
        locking->setSettings(settings.get());
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    void teardown()
    {
        locking.reset();
        window.reset();
        session.reset();
        keychain.reset();
        profiles.reset();
        settings.reset();
    }

    Profile sandboxProfile(const QString &name) const
    {
        Profile profile;
        profile.name = name;
        profile.customUrl = env.sandbox.baseUrl();
        return profile;
    }

    // Signs in as the sign-in dialog does after a successful check; true once
    // the window shows the sandbox's control planes.
    bool signIn(const QString &name, SessionController::TokenPersistence persistence)
    {
        bool done = false;
        bool ok = false;
        session->signIn(sandboxProfile(name), env.sandbox.token(), persistence, window.get(),
                        [&](const Profile &, const TokenStoreError &error) {
                            done = true;
                            ok = !error.isError();
                        });
        if (!QTest::qWaitFor([&] { return done; }, 10000) || !ok)
            return false;
        return QTest::qWaitFor([&] { return !window->currentControlPlaneId().isEmpty(); }, 20000);
    }

    QString lockedProfileText() const { return window->lockScreen()->profileText(); }
};
