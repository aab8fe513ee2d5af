#include "VaultBackends.h"

#include <QCoreApplication>

namespace VaultBackends {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("VaultBackends", text);
}

using FT = FieldType;

FieldDefinition field(const char *key, const QString &label, FieldType type, bool required,
                      const QString &tooltip, QVariant defaultValue = QVariant())
{
    FieldDefinition f;
    f.key = QString::fromLatin1(key);
    f.label = label;
    f.type = type;
    f.required = required;
    f.tooltip = tooltip;
    f.defaultValue = std::move(defaultValue);
    if (type == FT::Seconds)
        f.advanced = true;
    return f;
}

FieldDefinition sensitive(FieldDefinition f)
{
    f.sensitive = true;
    return f;
}

FieldDefinition placeholder(FieldDefinition f, const QString &text)
{
    f.placeholder = text;
    return f;
}

FieldDefinition choices(FieldDefinition f, const QStringList &values)
{
    for (const QString &value : values)
        f.choices.append({value, value});
    return f;
}

FieldDefinition inGroup(FieldDefinition f, const char *selectorValue)
{
    f.selectorValue = QString::fromLatin1(selectorValue);
    return f;
}

FieldDefinition base64Decode()
{
    return field("base64_decode", tr("Base64-decode values"), FT::Boolean, false,
                 tr("Decode every secret value from Base64 before Kong uses it."), false);
}

// ttl, neg_ttl and resurrect_ttl: every backend that caches what it reads.
QList<FieldDefinition> ttlFields()
{
    return {
        field("ttl", tr("Time to live"), FT::Seconds, false,
              tr("How long (in seconds) Kong caches a secret before reading it again from the "
                 "vault. 0 means never rotate; leave empty for Kong's default (0).")),
        field("neg_ttl", tr("Negative time to live"), FT::Seconds, false,
              tr("How long (in seconds) Kong caches a miss (a secret that was not found) before "
                 "trying again. Leave empty for Kong's default (0: no automatic retry).")),
        field("resurrect_ttl", tr("Resurrect time to live"), FT::Seconds, false,
              tr("How long (in seconds) Kong keeps using a secret after its time to live is over "
                 "when the vault cannot be reached or the secret was deleted. Leave empty for "
                 "Kong's default (1e8 seconds, about 3 years).")),
    };
}

BackendDefinition konnect()
{
    BackendDefinition b{QStringLiteral("konnect"),
                        tr("Konnect Config Store"),
                        QStringLiteral("vault-konnect"),
                        tr("Secrets kept in a Konnect config store of this control plane."),
                        QString(),
                        {}};
    b.fields = {field("config_store_id", tr("Config store"), FT::ConfigStoreRef, true,
                      tr("The config store of this control plane that holds the secrets."))};
    return b;
}

BackendDefinition env()
{
    BackendDefinition b{QStringLiteral("env"),
                        tr("Environment variables"),
                        QStringLiteral("vault-env"),
                        tr("Environment variables of the data plane nodes."),
                        QString(),
                        {}};
    b.fields = {
        placeholder(field("prefix", tr("Variable prefix"), FT::String, true,
                          tr("Prepended to the reference's key to form the environment variable "
                             "name: prefix MY_ and {vault://env-vault/secret} read MY_SECRET.")),
                    QStringLiteral("KONG_SECRET_")),
        base64Decode(),
    };
    return b;
}

BackendDefinition aws()
{
    BackendDefinition b{QStringLiteral("aws"),
                        tr("AWS Secrets Manager"),
                        QStringLiteral("vault-aws"),
                        tr("Secrets in AWS Secrets Manager."),
                        QString(),
                        {}};
    b.fields = {
        choices(field("region", tr("Region"), FT::Choice, true,
                      tr("The AWS region the secrets are kept in.")),
                awsRegions()),
        placeholder(field("endpoint_url", tr("Endpoint URL"), FT::String, false,
                          tr("A custom Secrets Manager endpoint (for example a VPC endpoint); "
                             "empty for the region's public endpoint.")),
                    QStringLiteral("https://secretsmanager.us-east-1.amazonaws.com")),
        placeholder(field("assume_role_arn", tr("Assume role ARN"), FT::String, false,
                          tr("The IAM role to assume to read the secrets; empty to use the "
                             "node's own credentials.")),
                    QStringLiteral("arn:aws:iam::123456789012:role/kong")),
        field("role_session_name", tr("Role session name"), FT::String, false,
              tr("The session name used when assuming the role."), QStringLiteral("KongVault")),
        field("sts_endpoint_url", tr("STS endpoint URL"), FT::String, false,
              tr("A custom STS endpoint for assuming the role; empty for the default.")),
        base64Decode(),
    };
    b.fields += ttlFields();
    return b;
}

BackendDefinition gcp()
{
    BackendDefinition b{QStringLiteral("gcp"),
                        tr("Google Secret Manager"),
                        QStringLiteral("vault-gcp"),
                        tr("Secrets in Google Cloud Secret Manager."),
                        QString(),
                        {}};
    b.fields = {
        placeholder(field("project_id", tr("Project ID"), FT::String, true,
                          tr("The Google Cloud project that holds the secrets.")),
                    QStringLiteral("my-project-123456")),
        base64Decode(),
    };
    b.fields += ttlFields();
    return b;
}

BackendDefinition hcv()
{
    BackendDefinition b{
        QStringLiteral("hcv"),         tr("HashiCorp Vault"),
        QStringLiteral("vault-hcv"),   tr("Secrets in a HashiCorp Vault KV secrets engine."),
        QStringLiteral("auth_method"), {}};
    FieldDefinition port = field("port", tr("Port"), FT::Integer, false,
                                 tr("The port HashiCorp Vault listens on."), 8200);
    port.minimum = 1;
    port.maximum = 65535;
    FieldDefinition authMethod =
        field("auth_method", tr("Authentication"), FT::Choice, false,
              tr("How Kong authenticates to HashiCorp Vault; each method has its own settings."),
              QStringLiteral("token"));
    authMethod.choices = {{QStringLiteral("token"), tr("Token")},
                          {QStringLiteral("kubernetes"), tr("Kubernetes")},
                          {QStringLiteral("approle"), tr("AppRole")},
                          {QStringLiteral("cert"), tr("TLS certificate")},
                          {QStringLiteral("jwt"), tr("JWT (OAuth2 client credentials)")}};
    b.fields = {
        choices(field("protocol", tr("Protocol"), FT::Choice, false,
                      tr("How to reach HashiCorp Vault."), QStringLiteral("http")),
                {QStringLiteral("http"), QStringLiteral("https")}),
        field("host", tr("Host"), FT::String, false, tr("The HashiCorp Vault server's host name."),
              QStringLiteral("127.0.0.1")),
        port,
        field("mount", tr("Mount"), FT::String, false, tr("The mount point of the KV engine."),
              QStringLiteral("secret")),
        choices(field("kv", tr("KV version"), FT::Choice, false,
                      tr("The version of the KV secrets engine at the mount."),
                      QStringLiteral("v1")),
                {QStringLiteral("v1"), QStringLiteral("v2")}),
        field("namespace", tr("Namespace"), FT::String, false,
              tr("The HashiCorp Vault Enterprise namespace; empty for none.")),
        authMethod,
        // token
        inGroup(sensitive(field("token", tr("Token"), FT::String, true,
                                tr("The token Kong authenticates with."))),
                "token"),
        // kubernetes
        inGroup(field("kube_role", tr("Kubernetes role"), FT::String, true,
                      tr("The Vault role bound to the data plane's service account.")),
                "kubernetes"),
        inGroup(placeholder(field("kube_auth_path", tr("Auth path"), FT::String, false,
                                  tr("Where the Kubernetes auth method is mounted.")),
                            QStringLiteral("kubernetes")),
                "kubernetes"),
        inGroup(
            placeholder(field("kube_api_token_file", tr("Service account token file"), FT::String,
                              false, tr("The service account token file on the data plane nodes.")),
                        QStringLiteral("/var/run/secrets/kubernetes.io/serviceaccount/token")),
            "kubernetes"),
        // approle
        inGroup(placeholder(field("approle_auth_path", tr("Auth path"), FT::String, false,
                                  tr("Where the AppRole auth method is mounted.")),
                            QStringLiteral("approle")),
                "approle"),
        inGroup(
            field("approle_role_id", tr("Role ID"), FT::String, true, tr("The AppRole's role id.")),
            "approle"),
        inGroup(sensitive(field("approle_secret_id", tr("Secret ID"), FT::String, false,
                                tr("The AppRole's secret id (or give a file below)."))),
                "approle"),
        inGroup(field("approle_secret_id_file", tr("Secret ID file"), FT::String, false,
                      tr("A file on the data plane nodes that holds the secret id.")),
                "approle"),
        inGroup(field("approle_response_wrapping", tr("Response wrapping"), FT::Boolean, false,
                      tr("The secret id is a response-wrapping token to unwrap first."), false),
                "approle"),
        // cert
        inGroup(field("cert_auth_role_name", tr("Role name"), FT::String, false,
                      tr("The certificate role to log in with; empty to try every role.")),
                "cert"),
        inGroup(field("cert_auth_cert", tr("Client certificate"), FT::String, true,
                      tr("The PEM client certificate Kong presents.")),
                "cert"),
        inGroup(sensitive(field("cert_auth_cert_key", tr("Client certificate key"), FT::String,
                                true, tr("The PEM private key of the client certificate."))),
                "cert"),
        // jwt
        inGroup(field("oauth2_client_id", tr("OAuth2 client ID"), FT::String, true,
                      tr("The client id Kong gets its JWT with.")),
                "jwt"),
        inGroup(sensitive(field("oauth2_client_secret", tr("OAuth2 client secret"), FT::String,
                                true, tr("The client secret Kong gets its JWT with."))),
                "jwt"),
        inGroup(field("jwt_role", tr("JWT role"), FT::String, true,
                      tr("The Vault role the JWT logs in with.")),
                "jwt"),
        inGroup(field("oauth2_token_endpoint", tr("Token endpoint"), FT::String, true,
                      tr("The identity provider's OAuth2 token endpoint.")),
                "jwt"),
        inGroup(field("oauth2_audiences", tr("Audiences"), FT::String, false,
                      tr("Comma-separated audiences to ask the token for.")),
                "jwt"),
    };
    b.fields += ttlFields();
    return b;
}

BackendDefinition azure()
{
    BackendDefinition b{QStringLiteral("azure"),
                        tr("Azure Key Vault"),
                        QStringLiteral("vault-azure"),
                        tr("Secrets in an Azure Key Vault."),
                        QString(),
                        {}};
    b.fields = {
        placeholder(field("location", tr("Location"), FT::String, true,
                          tr("The Azure region of the key vault.")),
                    QStringLiteral("westeurope")),
        placeholder(
            field("vault_uri", tr("Vault URI"), FT::String, true, tr("The URI of the key vault.")),
            QStringLiteral("https://my-vault.vault.azure.net")),
        field("credentials_prefix", tr("Credentials prefix"), FT::String, false,
              tr("The prefix of the environment variables that hold the Azure credentials."),
              QStringLiteral("AZURE")),
        choices(field("type", tr("Type"), FT::Choice, false,
                      tr("The kind of Key Vault object to read."), QStringLiteral("secrets")),
                {QStringLiteral("secrets")}),
        field("client_id", tr("Client ID"), FT::String, false,
              tr("The client id of the application or managed identity.")),
        field("tenant_id", tr("Tenant ID"), FT::String, false,
              tr("The Microsoft Entra tenant id.")),
        base64Decode(),
    };
    b.fields += ttlFields();
    return b;
}

BackendDefinition conjur()
{
    BackendDefinition b{QStringLiteral("conjur"),
                        tr("CyberArk Conjur"),
                        QStringLiteral("vault-conjur"),
                        tr("Secrets in CyberArk Conjur."),
                        QString(),
                        {}};
    b.fields = {
        placeholder(field("endpoint_url", tr("Endpoint URL"), FT::String, true,
                          tr("The Conjur server's URL.")),
                    QStringLiteral("https://conjur.example.com")),
        field("login", tr("Login"), FT::String, true, tr("The host or user Kong logs in as.")),
        field("account", tr("Account"), FT::String, true, tr("The Conjur account.")),
        sensitive(
            field("api_key", tr("API key"), FT::String, true, tr("The API key of the login."))),
    };
    b.fields += ttlFields();
    return b;
}

QList<BackendDefinition> buildTable()
{
    return {konnect(), env(), aws(), gcp(), hcv(), azure(), conjur()};
}

} // namespace

const FieldDefinition *BackendDefinition::field(const QString &key) const
{
    for (const FieldDefinition &f : fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

QList<FieldDefinition> BackendDefinition::activeFields(const QString &selectorValue) const
{
    QList<FieldDefinition> result;
    for (const FieldDefinition &f : fields) {
        if (f.selectorValue.isEmpty() || f.selectorValue == selectorValue)
            result.append(f);
    }
    return result;
}

QStringList BackendDefinition::selectorValues() const
{
    QStringList values;
    if (const FieldDefinition *selector = field(selectorField)) {
        for (const Choice &choice : selector->choices)
            values.append(choice.value);
    }
    return values;
}

const QList<BackendDefinition> &all()
{
    // Constant data, built once on first use (after the translators are installed).
    static const QList<BackendDefinition> table = buildTable();
    return table;
}

const BackendDefinition &find(const QString &name)
{
    static const BackendDefinition invalid;
    for (const BackendDefinition &backend : all()) {
        if (backend.name == name)
            return backend;
    }
    return invalid;
}

QStringList names()
{
    QStringList result;
    for (const BackendDefinition &backend : all())
        result.append(backend.name);
    return result;
}

QString displayName(const QString &name)
{
    const BackendDefinition &backend = find(name);
    return backend.isValid() ? backend.displayName : name;
}

QString iconName(const QString &name)
{
    const BackendDefinition &backend = find(name);
    return backend.isValid() ? backend.iconName : QStringLiteral("vault-generic");
}

QStringList awsRegions()
{
    return {
        QStringLiteral("us-east-1"),      QStringLiteral("us-east-2"),
        QStringLiteral("us-west-1"),      QStringLiteral("us-west-2"),
        QStringLiteral("af-south-1"),     QStringLiteral("ap-east-1"),
        QStringLiteral("ap-south-1"),     QStringLiteral("ap-south-2"),
        QStringLiteral("ap-southeast-1"), QStringLiteral("ap-southeast-2"),
        QStringLiteral("ap-southeast-3"), QStringLiteral("ap-southeast-4"),
        QStringLiteral("ap-northeast-1"), QStringLiteral("ap-northeast-2"),
        QStringLiteral("ap-northeast-3"), QStringLiteral("ca-central-1"),
        QStringLiteral("ca-west-1"),      QStringLiteral("eu-central-1"),
        QStringLiteral("eu-central-2"),   QStringLiteral("eu-west-1"),
        QStringLiteral("eu-west-2"),      QStringLiteral("eu-west-3"),
        QStringLiteral("eu-north-1"),     QStringLiteral("eu-south-1"),
        QStringLiteral("eu-south-2"),     QStringLiteral("il-central-1"),
        QStringLiteral("me-central-1"),   QStringLiteral("me-south-1"),
        QStringLiteral("sa-east-1"),      QStringLiteral("us-gov-east-1"),
        QStringLiteral("us-gov-west-1"),  QStringLiteral("cn-north-1"),
        QStringLiteral("cn-northwest-1"),
    };
}

} // namespace VaultBackends
