#include "ReferenceAudit.h"

#include "KonnectClient.h"
#include "ReferenceScanner.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAudit, "konnect.audit", QtWarningMsg)

namespace {

QString str(const QJsonObject &object, const char *field)
{
    return object.value(QLatin1String(field)).toString();
}

QString foreignId(const QJsonObject &object, const char *field)
{
    return object.value(QLatin1String(field)).toObject().value(QLatin1String("id")).toString();
}

QString entityName(CoreEntityKind kind, const QJsonObject &entity)
{
    switch (kind) {
    case CoreEntityKind::Consumer:
        return str(entity, "username").isEmpty() ? str(entity, "custom_id")
                                                 : str(entity, "username");
    case CoreEntityKind::Plugin:
        return str(entity, "instance_name").isEmpty() ? str(entity, "name")
                                                      : str(entity, "instance_name");
    case CoreEntityKind::Key:
        return str(entity, "name").isEmpty() ? str(entity, "kid") : str(entity, "name");
    case CoreEntityKind::KeyAuth:
    case CoreEntityKind::BasicAuth:
    case CoreEntityKind::HmacAuth:
    case CoreEntityKind::Jwt:
        return str(entity, "username").isEmpty() ? str(entity, "key") : str(entity, "username");
    default:
        return str(entity, "name");
    }
}

} // namespace

ReferenceAudit::ReferenceAudit(KonnectClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

ReferenceAudit::~ReferenceAudit()
{
    cancel();
}

void ReferenceAudit::start(const QString &controlPlaneId,
                           const QHash<QString, QStringList> &knownKeys)
{
    cancel();
    m_cp = controlPlaneId;
    m_running = true;
    m_queue.clear();
    m_inFlight = m_done = m_total = 0;
    m_error = ApiError();
    m_incomplete.clear();
    m_entities.clear();
    m_vaults.clear();
    m_stores.clear();
    m_keys.clear();
    qCInfo(lcAudit) << "audit of control plane" << controlPlaneId;

    const QString cp = controlPlaneId;
    enqueue([this, cp, knownKeys] {
        return m_client->fetchAllConfigStores(
            cp, this, [this](const QList<ConfigStore> &page) { m_stores += page; },
            [this, cp, knownKeys](const ApiError &error) {
                if (!error.isError()) {
                    // Each store's secret keys: one more list per store (unless known).
                    for (const ConfigStore &store : std::as_const(m_stores)) {
                        const QString id = store.id;
                        if (const auto known = knownKeys.constFind(id); known != knownKeys.cend()) {
                            m_keys.insert(id, *known);
                            continue;
                        }
                        m_keys.insert(id, {});
                        enqueue([this, cp, id] {
                            return m_client->fetchAllConfigStoreSecrets(
                                cp, id, this,
                                [this, id](const QList<ConfigStoreSecret> &page) {
                                    for (const ConfigStoreSecret &secret : page)
                                        m_keys[id].append(secret.key);
                                },
                                [this](const ApiError &e) {
                                    jobDone(e, true, tr("config store secrets"));
                                });
                        });
                    }
                }
                jobDone(error, true, tr("config stores"));
            });
    });
    enqueue([this, cp] {
        return m_client->fetchAllVaults(
            cp, {}, this, [this](const QList<Vault> &page) { m_vaults += page; },
            [this](const ApiError &error) { jobDone(error, true, tr("vaults")); });
    });
    for (CoreEntityKind kind : CoreEntities::allKinds()) {
        enqueue([this, cp, kind] {
            return m_client->fetchAllCoreEntities(
                cp, kind, this,
                [this, kind](const QList<QJsonObject> &page) { m_entities[kind] += page; },
                [this, kind](const ApiError &error) {
                    jobDone(error, false, CoreEntities::pathSegment(kind));
                });
        });
    }
    pump();
}

void ReferenceAudit::enqueue(Job job)
{
    m_queue.append(std::move(job));
    ++m_total;
}

void ReferenceAudit::pump()
{
    while (m_running && m_inFlight < m_concurrency && !m_queue.isEmpty()) {
        Job job = m_queue.takeFirst();
        ++m_inFlight;
        m_active.append(QPointer<FetchAll>(job()));
    }
}

void ReferenceAudit::jobDone(const ApiError &error, bool fatal, const QString &what)
{
    if (!m_running)
        return;
    --m_inFlight;
    ++m_done;
    if (error.isError()) {
        qCWarning(lcAudit) << "audit: listing" << what << "failed:" << error.message();
        if (fatal) {
            if (!m_error.isError())
                m_error = error;
        } else {
            m_incomplete.append(what);
        }
    }
    emit progress(m_done, m_total);
    if (m_error.isError()) {
        // The mapping needs every store and vault: stop the other lists.
        m_queue.clear();
        for (const auto &fetch : std::as_const(m_active)) {
            if (fetch)
                fetch->cancel();
        }
        m_active.clear();
        finish();
        return;
    }
    m_active.removeAll(QPointer<FetchAll>());
    if (m_inFlight == 0 && m_queue.isEmpty())
        finish();
    else
        pump();
}

void ReferenceAudit::finish()
{
    m_running = false;
    m_report = analyse(m_cp, m_entities, m_vaults, m_stores, m_keys);
    m_report.incompleteKinds = m_incomplete;
    emit finished(m_report, m_error);
}

void ReferenceAudit::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_queue.clear();
    const auto active = m_active;
    m_active.clear();
    for (const auto &fetch : active) {
        if (fetch)
            fetch->cancel();
    }
    emit cancelled();
}

AuditReport ReferenceAudit::analyse(const QString &controlPlaneId,
                                    const QHash<CoreEntityKind, QList<QJsonObject>> &entities,
                                    const QList<Vault> &vaults, const QList<ConfigStore> &stores,
                                    const QHash<QString, QStringList> &keysOfStore)
{
    AuditReport report;
    report.controlPlaneId = controlPlaneId;
    report.finishedAt = QDateTime::currentDateTimeUtc();
    report.vaults = vaults;
    report.stores = stores;
    report.keysOfStore = keysOfStore;

    // Names of what plugins and credentials are scoped to.
    QHash<QString, QString> names;
    for (CoreEntityKind kind :
         {CoreEntityKind::Service, CoreEntityKind::Route, CoreEntityKind::Consumer}) {
        for (const QJsonObject &entity : entities.value(kind)) {
            const QString name = entityName(kind, entity);
            names.insert(str(entity, "id"), name.isEmpty() ? str(entity, "id").left(8) : name);
        }
    }
    const auto scopeOf = [&names](const QJsonObject &entity) {
        QStringList parts;
        const std::pair<const char *, const char *> scopes[] = {
            {"service", QT_TRANSLATE_NOOP("ReferenceAudit", "service “%1”")},
            {"route", QT_TRANSLATE_NOOP("ReferenceAudit", "route “%1”")},
            {"consumer", QT_TRANSLATE_NOOP("ReferenceAudit", "consumer “%1”")},
            {"consumer_group", QT_TRANSLATE_NOOP("ReferenceAudit", "consumer group “%1”")},
        };
        for (const auto &scope : scopes) {
            const QString id = foreignId(entity, scope.first);
            if (!id.isEmpty())
                parts.append(tr(scope.second).arg(names.value(id, id.left(8))));
        }
        return parts.join(tr(" and "));
    };

    QHash<QString, const Vault *> vaultOfPrefix;
    for (const Vault &vault : vaults)
        vaultOfPrefix.insert(vault.prefix, &vault);
    QHash<QString, QSet<QString>> keySets;
    for (auto it = keysOfStore.cbegin(); it != keysOfStore.cend(); ++it)
        keySets.insert(it.key(), QSet<QString>(it.value().cbegin(), it.value().cend()));
    static const QStringList backends{
        QStringLiteral("env"), QStringLiteral("aws"),   QStringLiteral("gcp"),
        QStringLiteral("hcv"), QStringLiteral("azure"), QStringLiteral("conjur"),
    };

    const auto add = [&](const AuditEntity &entity, const QList<FoundReference> &found) {
        for (const FoundReference &f : found) {
            AuditReference r;
            r.entity = entity;
            r.path = f.path;
            r.text = f.text;
            r.embedded = f.embedded;
            if (!f.reference) {
                r.status = AuditReference::Status::Malformed;
                r.problem = f.problem;
                report.references.append(r);
                continue;
            }
            r.prefix = f.reference->prefix();
            r.key = f.reference->key();
            const Vault *vault = vaultOfPrefix.value(r.prefix);
            if (!vault) {
                // Kong also reads a backend's name as a prefix ({vault://env/NAME}).
                r.backend = backends.contains(r.prefix) ? r.prefix : QString();
                r.status = r.backend.isEmpty() ? AuditReference::Status::UnknownPrefix
                                               : AuditReference::Status::External;
            } else {
                r.vaultId = vault->id;
                r.backend = vault->name;
                if (vault->name != QLatin1String("konnect")) {
                    r.status = AuditReference::Status::External;
                } else {
                    r.storeId = vault->configStoreId();
                    const bool hasStore = keySets.contains(r.storeId);
                    r.status = hasStore && keySets.value(r.storeId).contains(r.key)
                                   ? AuditReference::Status::Resolved
                                   : AuditReference::Status::MissingKey;
                    if (!hasStore)
                        r.storeId.clear();
                }
            }
            report.references.append(r);
        }
    };

    for (CoreEntityKind kind : CoreEntities::allKinds()) {
        for (const QJsonObject &object : entities.value(kind)) {
            ++report.entityCount;
            const QList<FoundReference> found = ReferenceScanner::scan(object);
            if (found.isEmpty())
                continue;
            AuditEntity entity;
            entity.kind = CoreEntities::pathSegment(kind);
            entity.id = str(object, "id");
            entity.name = entityName(kind, object);
            entity.scope = scopeOf(object);
            add(entity, found);
        }
    }
    for (const Vault &vault : vaults) {
        ++report.entityCount;
        const QList<FoundReference> found =
            ReferenceScanner::scan(QJsonValue(vault.config), QStringLiteral("config"));
        if (!found.isEmpty())
            add(AuditEntity{QStringLiteral("vaults"), vault.id, vault.prefix, QString()}, found);
    }
    return report;
}
