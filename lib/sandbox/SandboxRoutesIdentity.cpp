// get-users-me and get-organizations-me (identity-v3.yaml).
#include "SandboxApi.h"

namespace Sandbox {

namespace {
const QString DemoUserId = QStringLiteral("5a1e0c4b-7d2f-4e8a-9b3c-1f6d2e4a8c01");
const QString DemoOrgId = QStringLiteral("0b7c9e21-3f4a-4d5b-8e6f-7a8b9c0d1e02");
} // namespace

HttpResponse SandboxApi::usersMe()
{
    // get-users-me accepts personal (and Konnect) access tokens only: a system account
    // has no user, and the operation declares 401 as its only error, so a spat_ token
    // is answered 401 as an unauthenticated request.
    if (m_token.startsWith(QLatin1String("spat_"))) {
        return problem(401, QStringLiteral("Unauthenticated"),
                       QStringLiteral("A personal access token is required: system account "
                                      "tokens have no user"));
    }
    return jsonResponse(
        200, QJsonObject{
                 {QStringLiteral("id"), DemoUserId},
                 {QStringLiteral("email"), QStringLiteral("ada@example.org")},
                 {QStringLiteral("full_name"), QStringLiteral("Ada Lovelace")},
                 {QStringLiteral("preferred_name"), QStringLiteral("Ada")},
                 {QStringLiteral("active"), true},
                 {QStringLiteral("inferred_region"), QStringLiteral("us")},
                 {QStringLiteral("created_at"), QStringLiteral("2024-03-12T09:15:27.000Z")},
                 {QStringLiteral("updated_at"), QStringLiteral("2025-06-02T14:03:51.000Z")},
             });
}

HttpResponse SandboxApi::organizationsMe()
{
    return jsonResponse(
        200, QJsonObject{
                 {QStringLiteral("id"), DemoOrgId},
                 {QStringLiteral("name"), QStringLiteral("Example Org")},
                 {QStringLiteral("owner_id"), DemoUserId},
                 {QStringLiteral("login_path"), QStringLiteral("example-org")},
                 {QStringLiteral("created_at"), QStringLiteral("2024-03-12T09:14:02.000Z")},
                 {QStringLiteral("updated_at"), QStringLiteral("2025-01-20T11:42:10.000Z")},
                 {QStringLiteral("state"), QStringLiteral("active")},
                 {QStringLiteral("retention_period_days"), 90},
             });
}

} // namespace Sandbox
