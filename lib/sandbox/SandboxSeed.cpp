#include "SandboxSeed.h"

#include "SandboxStore.h"

namespace Sandbox {

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

QJsonArray proxyUrls(const QString &host)
{
    return QJsonArray{QJsonObject{{QStringLiteral("host"), host},
                                  {QStringLiteral("port"), 443},
                                  {QStringLiteral("protocol"), QStringLiteral("https")}}};
}

ControlPlaneData controlPlane(const char *id, const QString &name, const QString &description,
                              const QMap<QString, QString> &labels, const QString &clusterType,
                              const QString &endpointId, const QDateTime &created)
{
    ControlPlaneData data;
    ControlPlane &cp = data.controlPlane;
    cp.id = QString::fromLatin1(id);
    cp.name = name;
    cp.description = description;
    cp.labels = labels;
    cp.clusterType = clusterType;
    cp.controlPlaneEndpoint = QStringLiteral("https://%1.us.cp.konghq.com").arg(endpointId);
    cp.telemetryEndpoint = QStringLiteral("https://%1.us.tp0.konghq.com").arg(endpointId);
    cp.proxyUrls = proxyUrls(QStringLiteral("%1.us.kong-example.net").arg(endpointId));
    cp.createdAt = created;
    cp.updatedAt = created.addDays(12);
    return data;
}

ConfigStore configStore(const char *id, const QString &name, const QDateTime &created,
                        const QList<QPair<const char *, const char *>> &secrets)
{
    ConfigStore store;
    store.id = QString::fromLatin1(id);
    store.name = name;
    store.createdAt = created;
    store.updatedAt = created.addDays(3);
    QDateTime t = created.addSecs(600);
    for (const auto &secret : secrets) {
        store.secrets.insert(QString::fromUtf8(secret.first),
                             Secret{QString::fromUtf8(secret.second), t, t.addDays(1)});
        t = t.addSecs(137);
    }
    return store;
}

Vault vault(const char *id, const char *backend, const char *prefix, const QString &description,
            const QJsonObject &config, const QStringList &tags, qint64 created)
{
    Vault v;
    v.id = QString::fromLatin1(id);
    v.name = QString::fromLatin1(backend);
    v.prefix = QString::fromLatin1(prefix);
    v.description = description;
    v.config = config;
    v.tags = tags;
    v.createdAt = created;
    v.updatedAt = created + 86400;
    return v;
}

void seedDemo(SandboxStore &store)
{
    using namespace SeedIds;
    auto &cps = store.controlPlanes();

    // Values are made up and look like nothing a real provider issues.
    ControlPlaneData payments = controlPlane(
        PaymentsControlPlane, QStringLiteral("Payments Production"),
        QStringLiteral("Gateways in front of the card processing, refunds and payouts APIs."),
        {{QStringLiteral("env"), QStringLiteral("production")},
         {QStringLiteral("team"), QStringLiteral("payments")}},
        QStringLiteral("CLUSTER_TYPE_CONTROL_PLANE"), QStringLiteral("3fa91c07d2"),
        at("2025-01-15T09:30:12.418Z"));
    payments.configStores.append(configStore(
        PaymentsStore, QStringLiteral("payments-secrets"), at("2025-01-16T10:02:44.120Z"),
        {
            {"stripe-api-key", "demo-stripe-7f3a91c2e84b"},
            {"stripe-webhook-secret", "demo-whsec-52be0d19a7"},
            {"adyen-api-key", "demo-adyen-0c6e4f8b21d9"},
            {"adyen-hmac-key", "demo-hmac-91AF03CC7E"},
            {"paypal-client-id", "demo-paypal-client-4471"},
            {"paypal-client-secret", "demo-paypal-secret-e0b8"},
            {"postgres/password", "demo-pg-Tq8vX2mL"},
            {"postgres/username", "payments_app"},
            {"postgres/replica/password", "demo-pg-replica-Zr4k"},
            {"redis/password", "demo-redis-h7Gd2"},
            {"kafka/sasl-password", "demo-kafka-0f9a3e"},
            {"kafka/sasl-username", "payments-producer"},
            {"jwt-signing-key", "demo-jwt-key-8c1f5d3a9e0b"},
            {"fraud-api.token", "demo-fraud-token-66b2"},
            {"ledger-service-token", "demo-ledger-3d9e"},
            {"payout-bank.api-key", "demo-bank-key-a1b2c3"},
            {"pci-vault-key", "demo-pci-4e7f0a"},
            {"sentry-dsn", "https://public-demo@sentry.example.com/42"},
            {"datadog-api-key", "demo-dd-5b8c0e2f"},
            {"smtp.password", "demo-smtp-Qw3rty"},
        }));
    payments.configStores.append(configStore(PaymentsLegacyStore, QStringLiteral("payments-legacy"),
                                             at("2025-02-03T15:47:09.004Z"),
                                             {
                                                 {"legacy-soap-password", "demo-soap-1998"},
                                                 {"ftp/settlement-password", "demo-ftp-Xy7z"},
                                                 {"mainframe-api-token", "demo-mf-token-0042"},
                                                 {"old-hsm-pin", "demo-pin-0000"},
                                                 {"batch-job.secret", "demo-batch-9911"},
                                             }));
    payments.vaults = {
        vault("6d1f3b8a-4c2e-4a97-b0d5-1e8c7a3f9b31", "konnect", "payments",
              QStringLiteral("Payment secrets kept in Konnect"),
              {{QStringLiteral("config_store_id"), QString::fromLatin1(PaymentsStore)}},
              {QStringLiteral("payments"), QStringLiteral("production")}, 1736943600),
        vault("8a2c4e6f-0b1d-4f38-9c57-3a5e7b9d1f42", "konnect", "payments-legacy",
              QStringLiteral("Secrets of the legacy settlement jobs"),
              {{QStringLiteral("config_store_id"), QString::fromLatin1(PaymentsLegacyStore)}},
              {QStringLiteral("payments"), QStringLiteral("legacy")}, 1738597629),
        vault("1b3d5f7a-9c0e-4b28-a6d4-8f0b2d4e6a53", "env", "env-vars",
              QStringLiteral("Environment variables of the data planes"),
              {{QStringLiteral("prefix"), QStringLiteral("KONG_SECRET_")}},
              {QStringLiteral("production")}, 1736947200),
        vault("3c5e7a9b-1d2f-4c48-b8e6-0a2c4e6f8b64", "aws", "aws-prod",
              QStringLiteral("AWS Secrets Manager, us-east-1"),
              {{QStringLiteral("region"), QStringLiteral("us-east-1")}},
              {QStringLiteral("production"), QStringLiteral("aws")}, 1737030000),
        vault("5e7a9c1b-3d4f-4e68-a0c8-2b4d6f8a0c75", "hcv", "hashicorp",
              QStringLiteral("HashiCorp Vault of the platform team"),
              {{QStringLiteral("protocol"), QStringLiteral("https")},
               {QStringLiteral("host"), QStringLiteral("vault.internal.example.com")},
               {QStringLiteral("port"), 8200},
               {QStringLiteral("mount"), QStringLiteral("secret")},
               {QStringLiteral("kv"), QStringLiteral("v2")},
               {QStringLiteral("auth_method"), QStringLiteral("kubernetes")}},
              {QStringLiteral("production"), QStringLiteral("platform")}, 1737116400),
    };

    ControlPlaneData storefront =
        controlPlane(StorefrontControlPlane, QStringLiteral("Storefront Staging"),
                     QStringLiteral("Kong Ingress Controller of the storefront staging cluster."),
                     {{QStringLiteral("env"), QStringLiteral("staging")},
                      {QStringLiteral("team"), QStringLiteral("web")}},
                     QStringLiteral("CLUSTER_TYPE_K8S_INGRESS_CONTROLLER"),
                     QStringLiteral("b82e4d6a10"), at("2025-02-10T08:12:55.731Z"));
    storefront.configStores.append(configStore(
        StorefrontStore, QStringLiteral("storefront-secrets"), at("2025-02-11T13:20:31.562Z"),
        {
            {"algolia-admin-key", "demo-algolia-2b7e9f"},
            {"algolia-search-key", "demo-algolia-search-11c4"},
            {"cms/api-token", "demo-cms-token-a8d3"},
            {"cms/preview-secret", "demo-preview-55e0"},
            {"mysql/password", "demo-mysql-Lk9pQ"},
            {"session-cookie-secret", "demo-cookie-3f0c7b1e"},
            {"recaptcha.secret", "demo-recaptcha-7710"},
            {"cdn-purge-token", "demo-cdn-9e2a"},
            {"oauth/github-client-secret", "demo-gh-client-4c1d"},
            {"oauth/google-client-secret", "demo-google-client-8b0f"},
            {"image-resizer.signing-key", "demo-resizer-e61a"},
            {"feature-flags-sdk-key", "demo-flags-0d4c"},
            {"analytics-write-key", "demo-analytics-73b9"},
            {"elasticsearch/password", "demo-es-Vb2n"},
            {"newsletter api key", "demo-newsletter-5a5a"},
        }));
    storefront.vaults = {
        vault("7f9b1d3e-5a6c-4e88-b2f0-4c6e8a0b2d86", "konnect", "storefront",
              QStringLiteral("Storefront secrets kept in Konnect"),
              {{QStringLiteral("config_store_id"), QString::fromLatin1(StorefrontStore)}},
              {QStringLiteral("web"), QStringLiteral("staging")}, 1739265631),
        vault("9b1d3f5a-7c8e-4aa8-84f2-6e8a0c2d4f97", "gcp", "gcp-staging",
              QStringLiteral("Google Secret Manager of the staging project"),
              {{QStringLiteral("project_id"), QStringLiteral("storefront-staging-4821")}},
              {QStringLiteral("staging"), QStringLiteral("gcp")}, 1739352000),
        vault("0d2f4b6c-8e9a-4cc8-96a4-8a0c2e4f6b08", "env", "local-env",
              QStringLiteral("Environment variables of the ingress pods"),
              {{QStringLiteral("prefix"), QStringLiteral("STOREFRONT_")}},
              {QStringLiteral("staging")}, 1739438400),
    };
    seedDemoCoreEntities(payments, storefront);
    cps.append(payments);
    cps.append(storefront);

    ControlPlaneData partner =
        controlPlane(PartnerControlPlane, QStringLiteral("Partner APIs"),
                     QStringLiteral("Serverless gateways exposing the partner integration APIs."),
                     {{QStringLiteral("env"), QStringLiteral("production")},
                      {QStringLiteral("team"), QStringLiteral("platform")},
                      {QStringLiteral("tier"), QStringLiteral("external")}},
                     QStringLiteral("CLUSTER_TYPE_SERVERLESS"), QStringLiteral("e1c7a39f58"),
                     at("2025-03-04T17:45:03.090Z"));
    partner.controlPlane.cloudGateway = true;
    partner.vaults = {
        vault("2e4a6c8d-0f1b-4ee8-a8c6-0c2e4a6b8d19", "azure", "azure-kv",
              QStringLiteral("Azure Key Vault of the partner subscription"),
              {{QStringLiteral("vault_uri"), QStringLiteral("https://partner-kv.vault.azure.net")},
               {QStringLiteral("location"), QStringLiteral("westeurope")},
               {QStringLiteral("type"), QStringLiteral("secrets")}},
              {QStringLiteral("partners")}, 1741110303),
        vault("4a6c8e0f-2b3d-4008-b0e8-2e4a6c8d0f2a", "conjur", "conjur-partners",
              QStringLiteral("CyberArk Conjur of the partner team"),
              {{QStringLiteral("endpoint_url"), QStringLiteral("https://conjur.example.com")},
               {QStringLiteral("account"), QStringLiteral("partners")}},
              {QStringLiteral("partners")}, 1741196703),
    };
    cps.append(partner);
}

void seedScale(SandboxStore &store, int count)
{
    const QDateTime t = at("2025-04-01T12:00:00.000Z");
    ControlPlaneData data =
        controlPlane(SeedIds::ScaleControlPlane, QStringLiteral("Scale Test"),
                     QStringLiteral("One config store holding %1 secrets.").arg(count),
                     {{QStringLiteral("env"), QStringLiteral("test")}},
                     QStringLiteral("CLUSTER_TYPE_CONTROL_PLANE"), QStringLiteral("5ca1e00000"), t);
    ConfigStore cs;
    cs.id = QString::fromLatin1(SeedIds::ScaleStore);
    cs.name = QStringLiteral("scale-secrets");
    cs.createdAt = cs.updatedAt = t;
    // Zero-padded keys: the key order is the numeric order. Appending at the end with a
    // hint keeps the build linear. Updated within a day after creation, in an order
    // unrelated to the keys' (a table sorted by date gets the pages out of its order).
    const Secret prototype{QString(), t, t};
    for (int i = 1; i <= count; ++i) {
        Secret secret = prototype;
        secret.updatedAt = t.addSecs(qint64(i) * 7919 % 86400);
        secret.value = QStringLiteral("value-%1").arg(i, 6, 10, QLatin1Char('0'));
        cs.secrets.insert(cs.secrets.cend(),
                          QStringLiteral("secret-%1").arg(i, 6, 10, QLatin1Char('0')), secret);
    }
    data.configStores.append(cs);
    data.vaults.append(vault("6f8a0c2e-4b5d-4f28-a2c0-4e6a8c0e2b3c", "konnect", "scale",
                             QStringLiteral("Konnect vault of the scale test store"),
                             {{QStringLiteral("config_store_id"), cs.id}},
                             {QStringLiteral("scale")}, 1743508800));
    store.controlPlanes().append(data);
}

} // namespace

bool applySeed(SandboxStore &store, const QString &spec, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (spec == QLatin1String("empty")) {
        store.clear();
        return true;
    }
    if (spec == QLatin1String("demo")) {
        store.clear();
        seedDemo(store);
        return true;
    }
    if (spec.startsWith(QLatin1String("scale:"))) {
        bool ok = false;
        const int count = spec.mid(6).toInt(&ok);
        if (!ok || count < 0 || count > 100000)
            return fail(QStringLiteral("scale:N needs 0 <= N <= 100000, got '%1'").arg(spec));
        store.clear();
        seedScale(store, count);
        return true;
    }
    return fail(QStringLiteral("unknown seed '%1' (use empty, demo or scale:N)").arg(spec));
}

} // namespace Sandbox
