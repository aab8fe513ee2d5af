// The demo's core entities: services, routes, a consumer, plugins, certificates, a key
// and a partial, some holding {vault://...} references in the fields Kong reads them
// from. Most point at demo secrets; some are dangling on purpose (an unknown vault
// prefix, a Konnect store without the key) and some go to other backends (env, aws,
// hcv). Each object matches the spec's schema of its kind exactly.
#include "SandboxSeed.h"

#include "SandboxStore.h"

namespace Sandbox {

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject ref(const char *id)
{
    return QJsonObject{{QStringLiteral("id"), s(id)}};
}

QJsonObject entity(const char *id, qint64 created, QJsonObject fields)
{
    fields.insert(QStringLiteral("id"), s(id));
    fields.insert(QStringLiteral("created_at"), created);
    fields.insert(QStringLiteral("updated_at"), created + 3600);
    return fields;
}

QJsonObject plugin(const char *id, qint64 created, const char *name, const QJsonObject &config,
                   const QString &scope = QString(), const char *scopeId = nullptr)
{
    QJsonObject fields{
        {QStringLiteral("name"), s(name)},
        {QStringLiteral("config"), config},
        {QStringLiteral("enabled"), true},
        {QStringLiteral("protocols"), QJsonArray{QStringLiteral("http"), QStringLiteral("https")}}};
    if (!scope.isEmpty())
        fields.insert(scope, ref(scopeId));
    return entity(id, created, fields);
}

const QString DemoPem = QStringLiteral("-----BEGIN CERTIFICATE-----\n"
                                       "ZGVtby1jZXJ0aWZpY2F0ZS1ub3QtcmVhbA==\n"
                                       "-----END CERTIFICATE-----");

} // namespace

void seedDemoCoreEntities(ControlPlaneData &payments, ControlPlaneData &storefront)
{
    const qint64 t = 1737000000;
    const char *billing = "0b5e7c91-3a2d-4f60-8e14-9c7a1b3d5e01";
    const char *refunds = "1c6f8da2-4b3e-4071-9f25-ad8b2c4e6f12";
    const char *billingRoute = "2d7a9eb3-5c4f-4182-a036-be9c3d5f7a23";
    const char *mobileApp = "3e8bafc4-6d5a-4293-b147-cfad4e6a8b34";
    const char *billingCert = "4f9cb0d5-7e6b-43a4-8258-d0be5f7b9c45";
    const char *signingKeys = "5a0dc1e6-8f7c-44b5-9369-e1cf6a8cad56";

    auto &p = payments.coreEntities;
    p[QStringLiteral("services")] = {
        entity(billing, t,
               {{QStringLiteral("name"), s("billing")},
                {QStringLiteral("host"), s("billing.payments.internal")},
                {QStringLiteral("port"), 443},
                {QStringLiteral("protocol"), s("https")},
                {QStringLiteral("path"), s("/")},
                {QStringLiteral("enabled"), true},
                {QStringLiteral("tags"), QJsonArray{s("payments")}}}),
        entity(refunds, t + 60,
               {{QStringLiteral("name"), s("refunds")},
                {QStringLiteral("host"), s("refunds.payments.internal")},
                {QStringLiteral("port"), 8443},
                {QStringLiteral("protocol"), s("https")},
                {QStringLiteral("enabled"), true}}),
    };
    p[QStringLiteral("routes")] = {
        entity(billingRoute, t + 120,
               {{QStringLiteral("name"), s("billing-api")},
                {QStringLiteral("paths"), QJsonArray{s("/billing")}},
                {QStringLiteral("protocols"), QJsonArray{s("https")}},
                {QStringLiteral("service"), ref(billing)}}),
    };
    p[QStringLiteral("consumers")] = {
        entity(mobileApp, t + 180,
               {{QStringLiteral("username"), s("mobile-app")},
                {QStringLiteral("custom_id"), s("app-4471")}}),
    };
    p[QStringLiteral("plugins")] = {
        plugin("6b1ed2f7-9a8d-45c6-a47a-f2da7b9dbe67", t + 240, "openid-connect",
               {{QStringLiteral("issuer"),
                 s("https://login.example.com/.well-known/openid-configuration")},
                {QStringLiteral("client_id"), s("{vault://payments/paypal-client-id}")},
                {QStringLiteral("client_secret"), s("{vault://payments/paypal-client-secret}")}},
               QStringLiteral("service"), billing),
        // Embedded references: Kong resolves only whole-string references, the audit
        // still lists these.
        plugin(
            "7c2fe308-ab9e-46d7-b58b-03eb8cacef78", t + 300, "request-transformer",
            {{QStringLiteral("add"),
              QJsonObject{{QStringLiteral("headers"),
                           QJsonArray{s("X-Trace:on"),
                                      s("X-Ledger-Token:{vault://payments/ledger-service-token}"),
                                      s("X-Fraud-Token:{vault://payments/fraud-api.token}")}}}}},
            QStringLiteral("route"), billingRoute),
        // Dangling: no vault has the prefix billing-secrets.
        plugin("8d30f419-bcaf-47e8-869c-14fc9dbdf089", t + 360, "http-log",
               {{QStringLiteral("http_endpoint"), s("https://logs.example.com/ingest")},
                {QStringLiteral("headers"),
                 QJsonObject{{QStringLiteral("Authorization"),
                              s("{vault://billing-secrets/http-log-token}")}}}}),
        plugin("9e41052a-cdb0-48f9-97ad-250daeae119a", t + 420, "rate-limiting-advanced",
               {{QStringLiteral("limit"), QJsonArray{100}},
                {QStringLiteral("window_size"), QJsonArray{60}},
                {QStringLiteral("redis"), QJsonObject{{QStringLiteral("password"),
                                                       s("{vault://payments/redis%2Fpassword}")}}}},
               QStringLiteral("consumer"), mobileApp),
        plugin("af52163b-dec1-49fa-a8be-361ebfbf22ab", t + 480, "upstream-oauth",
               {{QStringLiteral("oauth"),
                 QJsonObject{{QStringLiteral("client_id"), s("refunds-batch")},
                             {QStringLiteral("client_secret"),
                              s("{vault://payments-legacy/mainframe-api-token}")}}}},
               QStringLiteral("service"), refunds),
    };
    p[QStringLiteral("certificates")] = {
        // cert from AWS (external); key dangling: payments-secrets has no billing-tls-key.
        entity(billingCert, t + 540,
               {{QStringLiteral("cert"), s("{vault://aws-prod/billing-tls-cert}")},
                {QStringLiteral("key"), s("{vault://payments/billing-tls-key}")},
                {QStringLiteral("tags"), QJsonArray{s("billing")}}}),
    };
    p[QStringLiteral("snis")] = {
        entity("b063274c-ef02-4a0b-b9cf-472fc0c033bc", t + 600,
               {{QStringLiteral("name"), s("billing.example.com")},
                {QStringLiteral("certificate"), ref(billingCert)}}),
    };
    p[QStringLiteral("ca_certificates")] = {
        entity(
            "c174385d-f013-4b1c-8ad0-583ad1d144cd", t + 660,
            {{QStringLiteral("cert"), DemoPem}, {QStringLiteral("tags"), QJsonArray{s("mtls")}}}),
    };
    p[QStringLiteral("key-sets")] = {
        entity(signingKeys, t + 720, {{QStringLiteral("name"), s("signing-keys")}}),
    };
    p[QStringLiteral("keys")] = {
        entity("d285496e-0124-4c2d-9be1-694be2e255de", t + 780,
               {{QStringLiteral("name"), s("jwt-signer")},
                {QStringLiteral("kid"), s("jwt-2025-01")},
                {QStringLiteral("pem"), QJsonObject{{QStringLiteral("private_key"),
                                                     s("{vault://payments/jwt-signing-key}")},
                                                    {QStringLiteral("public_key"), DemoPem}}},
                {QStringLiteral("set"), ref(signingKeys)}}),
    };
    p[QStringLiteral("upstreams")] = {
        entity("e396507f-1235-4d3e-8cf2-7a5cf3f366ef", t + 840,
               {{QStringLiteral("name"), s("billing-upstream")},
                {QStringLiteral("algorithm"), s("round-robin")}}),
    };
    p[QStringLiteral("partials")] = {
        entity(
            "f4a76180-2346-4e4f-9d03-8b6d04047700", t + 900,
            {{QStringLiteral("name"), s("shared-redis")},
             {QStringLiteral("type"), s("redis-ee")},
             {QStringLiteral("config"),
              QJsonObject{{QStringLiteral("username"), s("{vault://env-vars/REDIS_USER}")},
                          {QStringLiteral("password"), s("{vault://hashicorp/redis/password}")}}}}),
    };

    storefront.coreEntities[QStringLiteral("services")] = {
        entity("05b87291-3457-4f50-8e14-9c7e15158811", t + 960,
               {{QStringLiteral("name"), s("storefront-web")},
                {QStringLiteral("host"), s("web.storefront.internal")},
                {QStringLiteral("port"), 80},
                {QStringLiteral("protocol"), s("http")}}),
    };
    storefront.coreEntities[QStringLiteral("plugins")] = {
        plugin("16c983a2-4568-4061-9f25-ad8f26269922", t + 1020, "openid-connect",
               {{QStringLiteral("client_id"), s("storefront-web")},
                {QStringLiteral("client_secret"),
                 s("{vault://storefront/oauth%2Fgithub-client-secret}")},
                {QStringLiteral("session_secret"), s("{vault://local-env/SESSION_SECRET}")}}),
    };
}

} // namespace Sandbox
