// Every operation of the API client against the sandbox over real loopback
// HTTP. The contract suite runs this same executable a second time through
// Stoplight Prism, which fails any request or response that breaks the spec.
#include "ApiTestEnvironment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSet>

#include <algorithm>

class TestKonnectClient : public QObject
{
    Q_OBJECT

    ApiTestEnvironment env;
    QString cp; // the demo's first control plane

    QString createStore(const QString &name)
    {
        Awaited<ConfigStore> created;
        env.client.createConfigStore(cp, name, this, created.callback());
        [&] { AWAIT_OK(created); }();
        return created.result && created.result->ok() ? created.value().id : QString();
    }

private slots:
    void initTestCase() { QVERIFY(env.start()); }

    void init()
    {
        QVERIFY(env.sandbox.seed(QStringLiteral("demo")));
        env.sandbox.clearRequests();
        env.client.setDefaultPageSize(100);
        QVERIFY(!env.sandbox.controlPlaneIds().isEmpty());
        cp = env.sandbox.controlPlaneIds().constFirst();
    }

    void headersAreSetOnEveryRequest()
    {
        Awaited<Page<ControlPlane>> page;
        env.client.listControlPlanes({}, {}, this, page.callback());
        AWAIT_OK(page);
        const auto requests = env.sandbox.requests();
        QCOMPARE(requests.size(), 1);
        const auto &headers = requests.constFirst().headers;
        QCOMPARE(headers.value("authorization"), "Bearer " + env.sandbox.token().toUtf8());
        QCOMPARE(headers.value("user-agent"), QByteArray("konnect-vault-manager/" KVM_VERSION));
        QVERIFY(headers.value("accept").contains("application/json"));
        QVERIFY(!headers.contains("content-type")); // no body, no content type
    }

    void listControlPlanesPageByPage()
    {
        QList<ControlPlane> all;
        int pages = 0;
        std::optional<ApiError> done;
        env.client.setDefaultPageSize(2);
        env.client.fetchAllControlPlanes(
            {}, this,
            [&](const QList<ControlPlane> &items) {
                ++pages;
                all += items;
            },
            [&](const ApiError &error) { done = error; });
        QTRY_VERIFY(done.has_value());
        QVERIFY2(!done->isError(), qPrintable(done->fullDescription()));
        QCOMPARE(all.size(), 3);
        QCOMPARE(pages, 2);
        QSet<QString> ids;
        for (const auto &controlPlane : all) {
            ids.insert(controlPlane.id);
            QVERIFY(!controlPlane.name.isEmpty());
            QVERIFY(controlPlane.clusterType.startsWith(QStringLiteral("CLUSTER_TYPE_")));
        }
        QCOMPARE(ids.size(), 3);
        QCOMPARE(env.countRequests(QStringLiteral("GET"), QStringLiteral("/control-planes")), 2);
    }

    void listControlPlanesFiltersAndTotals()
    {
        Awaited<Page<ControlPlane>> all;
        env.client.listControlPlanes({}, {}, this, all.callback());
        AWAIT_OK(all);
        QCOMPARE(all.value().total, 3);
        QVERIFY(all.value().next.isEmpty());
        const ControlPlane &first = all.value().items.constFirst();

        // filter[name][contains] with a piece of the first name, case as given
        Awaited<Page<ControlPlane>> filtered;
        ControlPlaneQuery query;
        query.nameContains = first.name.mid(1, 4);
        env.client.listControlPlanes(query, {}, this, filtered.callback());
        AWAIT_OK(filtered);
        QVERIFY(!filtered.value().items.isEmpty());
        for (const auto &controlPlane : filtered.value().items)
            QVERIFY(controlPlane.name.contains(query.nameContains));

        // labels: key:value of the first control plane's first label
        QVERIFY(!first.labels.isEmpty());
        Awaited<Page<ControlPlane>> labelled;
        ControlPlaneQuery labelQuery;
        labelQuery.labels = first.labels.firstKey() + QLatin1Char(':') + first.labels.first();
        env.client.listControlPlanes(labelQuery, {}, this, labelled.callback());
        AWAIT_OK(labelled);
        QVERIFY(!labelled.value().items.isEmpty());
        for (const auto &controlPlane : labelled.value().items)
            QCOMPARE(controlPlane.labels.value(first.labels.firstKey()), first.labels.first());

        Awaited<Page<ControlPlane>> sorted;
        ControlPlaneQuery sortQuery;
        sortQuery.sort = QStringLiteral("created_at");
        env.client.listControlPlanes(sortQuery, {}, this, sorted.callback());
        AWAIT_OK(sorted);
        QCOMPARE(sorted.value().items.size(), 3);
    }

    void getControlPlane()
    {
        Awaited<ControlPlane> got;
        env.client.getControlPlane(cp, this, got.callback());
        AWAIT_OK(got);
        QCOMPARE(got.value().id, cp);
        QVERIFY(got.value().controlPlaneEndpoint.startsWith(QStringLiteral("https://")));
    }

    void getUnknownControlPlaneIs404()
    {
        Awaited<ControlPlane> got;
        env.client.getControlPlane(QStringLiteral("00000000-0000-4000-8000-000000000000"), this,
                                   got.callback());
        AWAIT(got);
        QVERIFY(!got.result->ok());
        QCOMPARE(got.error().httpStatus(), 404);
        QVERIFY(got.error().message().startsWith(QStringLiteral("Not found")));
    }

    void identity()
    {
        Awaited<User> me;
        Awaited<Organization> org;
        env.client.getUsersMe(this, me.callback());
        env.client.getOrganizationsMe(this, org.callback());
        AWAIT_OK(me);
        AWAIT_OK(org);
        QCOMPARE(me.value().displayName(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(org.value().name, QStringLiteral("Example Org"));
    }

    void wrongTokenIsRejected()
    {
        KonnectClient other(&env.network);
        other.setEndpoint(env.endpoint());
        other.setToken(QStringLiteral("kpat_notTheSandboxToken0000000000000000000000000000"));
        Awaited<Page<ConfigStore>> stores;
        other.listConfigStores(cp, {}, this, stores.callback());
        AWAIT(stores);
        QCOMPARE(stores.error().httpStatus(), 401);
        QVERIFY(stores.error().message().startsWith(QStringLiteral("The token was rejected")));
    }

    void configStoreLifecycle()
    {
        const QString id = createStore(QStringLiteral("payments"));
        QVERIFY(!id.isEmpty());

        Awaited<ConfigStore> got;
        env.client.getConfigStore(cp, id, this, got.callback());
        AWAIT_OK(got);
        QCOMPARE(got.value().name, QStringLiteral("payments"));
        QVERIFY(got.value().createdAt.isValid());

        Awaited<ConfigStore> renamed;
        env.client.updateConfigStore(cp, id, QStringLiteral("payments-eu"), this,
                                     renamed.callback());
        AWAIT_OK(renamed);
        QCOMPARE(renamed.value().name, QStringLiteral("payments-eu"));

        QList<ConfigStore> stores;
        std::optional<ApiError> done;
        env.client.fetchAllConfigStores(
            cp, this, [&](const QList<ConfigStore> &items) { stores += items; },
            [&](const ApiError &error) { done = error; });
        QTRY_VERIFY(done.has_value());
        QVERIFY(!done->isError());
        QVERIFY(std::any_of(stores.cbegin(), stores.cend(), [&](const ConfigStore &s) {
            return s.name == QLatin1String("payments-eu");
        }));

        Awaited<NoContent> deleted;
        env.client.deleteConfigStore(cp, id, false, this, deleted.callback());
        AWAIT_OK(deleted);
        // get-config-store declares no 404 in the spec (Konnect answers one all the
        // same), so Prism cannot vouch for it: checked in the direct run only.
        if (ApiTestEnvironment::contractMode())
            return;
        Awaited<ConfigStore> gone;
        env.client.getConfigStore(cp, id, this, gone.callback());
        AWAIT(gone);
        QCOMPARE(gone.error().httpStatus(), 404);
    }

    void storeWithSecretsNeedsForce()
    {
        const QString id = createStore(QStringLiteral("with-secrets"));
        Awaited<ConfigStoreSecret> secret;
        env.client.createConfigStoreSecret(cp, id, QStringLiteral("k1"), QStringLiteral("v1"), this,
                                           secret.callback());
        AWAIT_OK(secret);

        Awaited<NoContent> refused;
        env.client.deleteConfigStore(cp, id, false, this, refused.callback());
        AWAIT(refused);
        QCOMPARE(refused.error().httpStatus(), 400);
        QVERIFY(!refused.error().invalidParameters().isEmpty());
        QCOMPARE(refused.error().invalidParameters().constFirst().field, QStringLiteral("force"));

        Awaited<NoContent> forced;
        env.client.deleteConfigStore(cp, id, true, this, forced.callback());
        AWAIT_OK(forced);
        QVERIFY(!env.sandbox.configStoreIds(cp).contains(id));
    }

    void secretLifecycle_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("plain") << "stripe-api-key";
        QTest::newRow("slash") << "postgres/password";
        QTest::newRow("dots and spaces") << "svc.billing token v2";
        QTest::newRow("unicode") << QStringLiteral("clé-😀");
        QTest::newRow("reserved") << "a?b#c%d&e=f+g";
    }

    void secretLifecycle()
    {
        QFETCH(QString, key);
        const QString store = createStore(QStringLiteral("secrets-test"));
        const QString value = QStringLiteral("made-up value 1 for ") + key;

        Awaited<ConfigStoreSecret> created;
        env.client.createConfigStoreSecret(cp, store, key, value, this, created.callback());
        AWAIT_OK(created);
        QCOMPARE(created.value().key, key);
        QCOMPARE(env.sandbox.secretValue(cp, store, key), std::optional<QString>(value));

        Awaited<ConfigStoreSecret> got;
        env.client.getConfigStoreSecret(cp, store, key, this, got.callback());
        AWAIT_OK(got);
        QCOMPARE(got.value().key, key);

        const QString rotated = QStringLiteral("made-up value 2");
        Awaited<ConfigStoreSecret> updated;
        env.client.updateConfigStoreSecret(cp, store, key, rotated, this, updated.callback());
        AWAIT_OK(updated);
        QCOMPARE(env.sandbox.secretValue(cp, store, key), std::optional<QString>(rotated));

        Awaited<Page<ConfigStoreSecret>> listed;
        env.client.listConfigStoreSecrets(cp, store, {}, this, listed.callback());
        AWAIT_OK(listed);
        QCOMPARE(listed.value().items.size(), 1);
        QCOMPARE(listed.value().items.constFirst().key, key);

        Awaited<NoContent> deleted;
        env.client.deleteConfigStoreSecret(cp, store, key, this, deleted.callback());
        AWAIT_OK(deleted);
        QCOMPARE(env.sandbox.secretValue(cp, store, key), std::nullopt);
        Awaited<ConfigStoreSecret> gone;
        env.client.getConfigStoreSecret(cp, store, key, this, gone.callback());
        AWAIT(gone);
        QCOMPARE(gone.error().httpStatus(), 404);
    }

    // A 404 to a DELETE is "not found", not "deleted": it is what a key the server
    // could not route gets too. Only delete-vault documents 204 for what does not exist
    // (tests/sandbox/tst_sandbox_fidelity.cpp states both rules with their source).
    void deleteOfWhatIsNotThereIsReported()
    {
        const QString store = env.sandbox.configStoreIds(cp).constFirst();
        Awaited<NoContent> secret;
        env.client.deleteConfigStoreSecret(cp, store, QStringLiteral("never-there"), this,
                                           secret.callback());
        AWAIT(secret);
        QVERIFY(!secret.result->ok());
        QCOMPARE(secret.error().httpStatus(), 404);

        Awaited<NoContent> vault;
        env.client.deleteVault(cp, QStringLiteral("never-there"), this, vault.callback());
        AWAIT_OK(vault);
    }

    // Core entities answer errors in Kong's Admin API shape: a duplicate prefix is a 400
    // "data constraint error" naming the field; a Kong Ingress Controller's control plane
    // refuses every vault write with 403 code 7 (tst_sandbox_fidelity.cpp cites both).
    void vaultErrorsInTheCoreEntityShape()
    {
        const auto envVault = [](const QString &prefix) {
            Vault vault;
            vault.name = QStringLiteral("env");
            vault.prefix = prefix;
            return vault;
        };
        Awaited<Vault> refused;
        env.client.createVault(cp, envVault(QStringLiteral("payments")), this, refused.callback());
        AWAIT(refused);
        QCOMPARE(refused.error().httpStatus(), 400);
        QCOMPARE(refused.error().coreEntityCode(), 3);
        QCOMPARE(refused.error().invalidParameters().size(), 1);
        QCOMPARE(refused.error().invalidParameters().constFirst().field, QStringLiteral("prefix"));
        QCOMPARE(refused.error().invalidParameters().constFirst().rule, QStringLiteral("unique"));

        QString ingressCp;
        Awaited<Page<ControlPlane>> planes;
        env.client.listControlPlanes({}, {}, this, planes.callback());
        AWAIT_OK(planes);
        for (const ControlPlane &plane : planes.value().items) {
            if (plane.coreEntitiesReadOnly())
                ingressCp = plane.id;
        }
        QVERIFY(!ingressCp.isEmpty());
        Awaited<Vault> readOnly;
        env.client.createVault(ingressCp, envVault(QStringLiteral("fresh")), this,
                               readOnly.callback());
        AWAIT(readOnly);
        QCOMPARE(readOnly.error().httpStatus(), 403);
        QVERIFY(readOnly.error().isReadOnlyControlPlane());
        Awaited<Page<Vault>> listed;
        env.client.listVaults(ingressCp, {}, {}, this, listed.callback());
        AWAIT_OK(listed); // reading is allowed
    }

    // A config store created without a name (CreateConfigStore requires nothing) is read
    // and shown by the start of its id.
    void unnamedConfigStore()
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(env.sandbox.baseUrl().resolved(
            QUrl(QStringLiteral("/v2/control-planes/%1/config-stores").arg(cp))));
        request.setRawHeader("Authorization", "Bearer " + env.sandbox.token().toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        std::unique_ptr<QNetworkReply> reply(nam.post(request, QByteArray("{}")));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        const QString id = QJsonDocument::fromJson(reply->readAll())
                               .object()
                               .value(QStringLiteral("id"))
                               .toString();

        Awaited<Page<ConfigStore>> stores;
        env.client.listConfigStores(cp, {}, this, stores.callback());
        AWAIT_OK(stores);
        const auto it = std::find_if(stores.value().items.cbegin(), stores.value().items.cend(),
                                     [&id](const ConfigStore &store) { return store.id == id; });
        QVERIFY(it != stores.value().items.cend());
        QCOMPARE(it->name, QString());
        QCOMPARE(it->displayName(), QStringLiteral("(unnamed) ") + id.left(8));
    }

    void secretsCursorPagination()
    {
        QVERIFY(env.sandbox.seed(QStringLiteral("scale:250")));
        const QString scaleCp = env.sandbox.controlPlaneIds().constFirst();
        const QString store = env.sandbox.configStoreIds(scaleCp).constFirst();
        env.sandbox.clearRequests();
        QSet<QString> keys;
        int pages = 0;
        std::optional<ApiError> done;
        env.client.fetchAllConfigStoreSecrets(
            scaleCp, store, this,
            [&](const QList<ConfigStoreSecret> &items) {
                ++pages;
                for (const auto &secret : items)
                    keys.insert(secret.key);
            },
            [&](const ApiError &error) { done = error; });
        QTRY_VERIFY(done.has_value());
        QVERIFY2(!done->isError(), qPrintable(done->fullDescription()));
        QCOMPARE(keys.size(), 250);
        QCOMPARE(pages, 3);
        // Only page[after] was taken from `next`: every request went to the same path.
        const auto requests = env.sandbox.requests();
        for (const auto &request : requests)
            QVERIFY2(request.path.endsWith(QStringLiteral("/config-stores/") + store +
                                           QStringLiteral("/secrets")),
                     qPrintable(request.path));
    }

    void vaultLifecycle()
    {
        const QString store = createStore(QStringLiteral("vault-backing"));
        Vault vault;
        vault.name = QStringLiteral("konnect");
        vault.prefix = QStringLiteral("team-secrets");
        vault.description = QStringLiteral("Team secrets");
        vault.tags = {QStringLiteral("team-a"), QStringLiteral("prod")};
        vault.config = {{QStringLiteral("config_store_id"), store}};

        Awaited<Vault> created;
        env.client.createVault(cp, vault, this, created.callback());
        AWAIT_OK(created);
        QVERIFY(!created.value().id.isEmpty());
        QCOMPARE(created.value().configStoreId(), store);

        Awaited<Vault> byPrefix;
        env.client.getVault(cp, vault.prefix, this, byPrefix.callback());
        AWAIT_OK(byPrefix);
        QCOMPARE(byPrefix.value().id, created.value().id);

        Awaited<Vault> byId;
        env.client.getVault(cp, created.value().id, this, byId.callback());
        AWAIT_OK(byId);
        QCOMPARE(byId.value().prefix, vault.prefix);

        vault.description = QStringLiteral("Team A secrets");
        Awaited<Vault> upserted;
        env.client.upsertVault(cp, vault.prefix, vault, this, upserted.callback());
        AWAIT_OK(upserted);
        QCOMPARE(upserted.value().id, created.value().id);
        QCOMPARE(upserted.value().description, QStringLiteral("Team A secrets"));

        Awaited<Page<Vault>> tagged;
        env.client.listVaults(cp, {QStringLiteral("team-a")}, {}, this, tagged.callback());
        AWAIT_OK(tagged);
        QCOMPARE(tagged.value().items.size(), 1);
        QCOMPARE(tagged.value().items.constFirst().prefix, vault.prefix);

        Awaited<NoContent> deleted;
        env.client.deleteVault(cp, created.value().id, this, deleted.callback());
        AWAIT_OK(deleted);
        Awaited<Vault> gone;
        env.client.getVault(cp, vault.prefix, this, gone.callback());
        AWAIT(gone);
        QCOMPARE(gone.error().httpStatus(), 404);
    }

    void vaultsOffsetPagination()
    {
        for (int i = 0; i < 5; ++i) {
            Vault vault;
            vault.name = QStringLiteral("env");
            vault.prefix = QStringLiteral("page-vault-%1").arg(i);
            vault.config = {{QStringLiteral("prefix"), QStringLiteral("APP_")}};
            Awaited<Vault> created;
            env.client.createVault(cp, vault, this, created.callback());
            AWAIT_OK(created);
        }
        Awaited<Page<Vault>> everything;
        env.client.listVaults(cp, {}, {}, this, everything.callback());
        AWAIT_OK(everything);
        const int total = int(everything.value().items.size());
        QVERIFY(total >= 5);
        QVERIFY(everything.value().next.isEmpty());

        QSet<QString> prefixes;
        QString cursor;
        int pages = 0;
        do {
            Awaited<Page<Vault>> page;
            env.client.listVaults(cp, {}, PageRequest{2, cursor}, this, page.callback());
            AWAIT_OK(page);
            QVERIFY(page.value().items.size() <= 2);
            for (const auto &vault : page.value().items)
                prefixes.insert(vault.prefix);
            cursor = page.value().next;
            ++pages;
        } while (!cursor.isEmpty() && pages < 50);
        QCOMPARE(prefixes.size(), total);
        QCOMPARE(pages, (total + 1) / 2);
    }

    void invalidInputIsRefusedBeforeSending()
    {
        env.sandbox.clearRequests();
        Awaited<ConfigStore> longName;
        env.client.createConfigStore(cp, QString(101, QLatin1Char('n')), this, longName.callback());
        AWAIT(longName);
        QCOMPARE(longName.error().kind(), ApiError::Kind::Validation);
        QCOMPARE(longName.error().invalidParameters().constFirst().rule,
                 QStringLiteral("max_length"));

        Awaited<ConfigStoreSecret> emptyValue;
        env.client.createConfigStoreSecret(cp, QStringLiteral("x"), QStringLiteral("k"), QString(),
                                           this, emptyValue.callback());
        AWAIT(emptyValue);
        QCOMPARE(emptyValue.error().invalidParameters().constFirst().field,
                 QStringLiteral("value"));

        Vault vault;
        vault.name = QStringLiteral("env");
        vault.prefix = QStringLiteral("env");
        Awaited<Vault> backendPrefix;
        env.client.createVault(cp, vault, this, backendPrefix.callback());
        AWAIT(backendPrefix);
        QCOMPARE(backendPrefix.error().kind(), ApiError::Kind::Validation);
        QVERIFY(backendPrefix.error().message().contains(QStringLiteral("prefix")));

        QVERIFY(env.sandbox.requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKonnectClient)
#include "tst_konnectclient.moc"
