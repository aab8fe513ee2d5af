#include "CrossSearch.h"

#include "FetchAll.h"
#include "KonnectClient.h"
#include "SearchLogging.h"
#include "VaultReference.h"

CrossSearch::CrossSearch(KonnectClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<SearchMatch>();
    qRegisterMetaType<SearchError>();
    qRegisterMetaType<QList<SearchMatch>>();
}

CrossSearch::~CrossSearch()
{
    stop();
}

void CrossSearch::search(const QString &query)
{
    m_query = query.trimmed();
    if (!m_query.isEmpty() && (m_state == State::Empty || m_state == State::Cancelled)) {
        start(); // resets the results
        return;
    }
    emit resultsReset();
    const QList<SearchMatch> matches = currentMatches();
    if (!matches.isEmpty())
        emit matchesFound(matches);
}

void CrossSearch::prefetch()
{
    if (m_state == State::Empty || m_state == State::Cancelled)
        start();
}

void CrossSearch::refresh()
{
    start();
}

void CrossSearch::cancel()
{
    if (m_state != State::Indexing)
        return;
    stop();
    ++m_generation;
    qCInfo(lcSearch) << "search cancelled after" << m_cpDone << "of" << m_cpOrder.size()
                     << "control planes";
    setState(State::Cancelled);
}

void CrossSearch::invalidate()
{
    clearIndex();
    setState(State::Empty);
}

void CrossSearch::clearIndex()
{
    stop();
    ++m_generation; // nothing of the runs before arrives any more
    m_index.clear();
    m_errors.clear();
    m_cps.clear();
    m_cpOrder.clear();
    m_cpDone = 0;
    m_listingDone = false;
    emit resultsReset();
    emit progress(0, 0);
}

QList<SearchMatch> CrossSearch::currentMatches() const
{
    QList<SearchMatch> matches;
    if (m_query.isEmpty())
        return matches;
    for (const SearchMatch &match : m_index) {
        if (match.matches(m_query))
            matches.append(match);
    }
    return matches;
}

void CrossSearch::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void CrossSearch::stop()
{
    // Cancelled fetches never call back, so nothing below runs for them.
    const auto running = m_running;
    m_running.clear();
    for (const QPointer<FetchAll> &fetch : running) {
        if (fetch)
            fetch->cancel();
    }
    m_secretJobs.clear();
    m_controlPlaneJobs.clear();
}

void CrossSearch::start()
{
    clearIndex();
    const quint64 generation = m_generation;
    if (!m_client) {
        setState(State::Empty);
        return;
    }
    setState(State::Indexing);
    qCInfo(lcSearch) << "indexing control planes, at most" << m_maxInFlight << "requests at once";
    const quint64 runId = ++m_nextRunId;
    FetchAll *listing = m_client->fetchAllControlPlanes(
        {}, this,
        [this, generation](const QList<ControlPlane> &page) {
            if (generation == m_generation)
                onControlPlanes(page);
        },
        [this, generation, runId](const ApiError &error) {
            if (generation != m_generation)
                return;
            m_running.remove(runId);
            m_listingDone = true;
            if (error.isError())
                fail(nullptr, QString(), error);
            emit progress(m_cpDone, int(m_cpOrder.size()));
            pump();
            checkFinished();
        });
    m_running.insert(runId, listing);
}

void CrossSearch::onControlPlanes(const QList<ControlPlane> &page)
{
    for (const ControlPlane &controlPlane : page) {
        if (m_cps.contains(controlPlane.id))
            continue;
        ControlPlaneState state;
        state.controlPlane = controlPlane;
        state.pendingJobs = 2;
        m_cps.insert(controlPlane.id, state);
        m_cpOrder.append(controlPlane.id);
        m_controlPlaneJobs.append(Job{Job::Type::Vaults, controlPlane.id, {}});
        m_controlPlaneJobs.append(Job{Job::Type::Stores, controlPlane.id, {}});
    }
    emit progress(m_cpDone, int(m_cpOrder.size()));
    pump();
}

void CrossSearch::pump()
{
    if (!m_client) {
        cancel(); // the client went away with the session
        return;
    }
    while (m_state == State::Indexing && m_running.size() < m_maxInFlight) {
        if (!m_secretJobs.isEmpty())
            run(m_secretJobs.takeFirst());
        else if (!m_controlPlaneJobs.isEmpty())
            run(m_controlPlaneJobs.takeFirst());
        else
            break;
    }
}

void CrossSearch::run(const Job &job)
{
    const quint64 generation = m_generation;
    const quint64 runId = ++m_nextRunId;
    const QString cpId = job.controlPlaneId;
    auto done = [this, generation, runId, job](const ApiError &error) {
        if (generation == m_generation)
            onJobDone(runId, job, error);
    };
    FetchAll *fetch = nullptr;
    switch (job.type) {
    case Job::Type::Vaults:
        fetch = m_client->fetchAllVaults(
            cpId, {}, this,
            [this, generation, cpId](const QList<Vault> &page) {
                if (generation == m_generation && m_cps.contains(cpId))
                    onVaults(m_cps[cpId], page);
            },
            done);
        break;
    case Job::Type::Stores:
        fetch = m_client->fetchAllConfigStores(
            cpId, this,
            [this, generation, cpId](const QList<ConfigStore> &page) {
                if (generation == m_generation && m_cps.contains(cpId))
                    onStores(m_cps[cpId], page);
            },
            done);
        break;
    case Job::Type::Secrets:
        fetch = m_client->fetchAllConfigStoreSecrets(
            cpId, job.store.id, this,
            [this, generation, cpId, store = job.store](const QList<ConfigStoreSecret> &page) {
                if (generation == m_generation && m_cps.contains(cpId))
                    onSecrets(m_cps[cpId], store, page);
            },
            done);
        break;
    }
    m_running.insert(runId, fetch);
}

namespace {

// A match of `kind` in the control plane `cp`.
SearchMatch matchIn(const ControlPlane &cp, SearchMatch::Kind kind)
{
    SearchMatch match;
    match.kind = kind;
    match.controlPlaneId = cp.id;
    match.controlPlaneName = cp.name;
    return match;
}

} // namespace

void CrossSearch::onVaults(ControlPlaneState &cp, const QList<Vault> &vaults)
{
    QList<SearchMatch> matches;
    matches.reserve(vaults.size());
    for (const Vault &vault : vaults) {
        SearchMatch match = matchIn(cp.controlPlane, SearchMatch::Kind::Vault);
        match.key = vault.prefix;
        match.vaultId = vault.id;
        match.backend = vault.name;
        const QString storeId = vault.configStoreId();
        if (vault.name == QLatin1String("konnect") && !storeId.isEmpty()) {
            match.storeId = storeId;
            // Several vaults may read one store: the first by prefix, whatever the page order.
            const QString known = cp.referencePrefix.value(storeId);
            if (known.isEmpty() || vault.prefix < known)
                cp.referencePrefix.insert(storeId, vault.prefix);
        }
        matches.append(match);
    }
    addToIndex(matches);
}

void CrossSearch::onStores(ControlPlaneState &cp, const QList<ConfigStore> &stores)
{
    for (const ConfigStore &store : stores) {
        ++cp.pendingJobs;
        m_secretJobs.append(Job{Job::Type::Secrets, cp.controlPlane.id, store});
    }
    pump();
}

void CrossSearch::onSecrets(ControlPlaneState &cp, const ConfigStore &store,
                            const QList<ConfigStoreSecret> &secrets)
{
    QList<SearchMatch> matches;
    matches.reserve(secrets.size());
    for (const ConfigStoreSecret &secret : secrets) {
        SearchMatch match = matchIn(cp.controlPlane, SearchMatch::Kind::Secret);
        match.storeId = store.id;
        match.storeName = store.displayName();
        match.key = secret.key;
        matches.append(match);
    }
    if (!cp.vaultsDone) {
        // The reference needs the vaults that read the store: hold until they are known.
        cp.heldSecrets.append(matches);
        return;
    }
    for (SearchMatch &match : matches) {
        const QString prefix = cp.referencePrefix.value(match.storeId);
        if (!prefix.isEmpty())
            match.reference = VaultReference(prefix, match.key).toString();
    }
    addToIndex(matches);
}

void CrossSearch::releaseHeldSecrets(ControlPlaneState &cp)
{
    QList<SearchMatch> held;
    held.swap(cp.heldSecrets);
    for (SearchMatch &match : held) {
        const QString prefix = cp.referencePrefix.value(match.storeId);
        if (!prefix.isEmpty())
            match.reference = VaultReference(prefix, match.key).toString();
    }
    if (!held.isEmpty())
        addToIndex(held);
}

void CrossSearch::onJobDone(quint64 runId, const Job &job, const ApiError &error)
{
    m_running.remove(runId);
    auto it = m_cps.find(job.controlPlaneId);
    if (it != m_cps.end()) {
        ControlPlaneState &cp = *it;
        if (error.isError()) {
            const QString what = job.type == Job::Type::Vaults ? tr("vaults")
                                 : job.type == Job::Type::Stores
                                     ? tr("config stores")
                                     : tr("secrets of %1").arg(job.store.displayName());
            fail(&cp, what, error);
        }
        if (job.type == Job::Type::Vaults) {
            cp.vaultsDone = true; // with or without them: what is held goes out now
            releaseHeldSecrets(cp);
        }
        if (--cp.pendingJobs == 0) {
            ++m_cpDone;
            emit progress(m_cpDone, int(m_cpOrder.size()));
        }
    }
    pump();
    checkFinished();
}

void CrossSearch::fail(ControlPlaneState *cp, const QString &what, const ApiError &error)
{
    SearchError searchError;
    if (cp) {
        cp->failed = true;
        searchError.controlPlaneId = cp->controlPlane.id;
        searchError.controlPlaneName = cp->controlPlane.name;
    }
    searchError.what = what;
    searchError.error = error;
    m_errors.append(searchError);
    // Ids and the status only: never a header, a body or a value.
    qCWarning(lcSearch).noquote() << "search:"
                                  << (cp ? cp->controlPlane.id : QStringLiteral("control planes"))
                                  << "failed, HTTP status" << error.httpStatus();
    emit controlPlaneFailed(searchError);
}

void CrossSearch::addToIndex(const QList<SearchMatch> &matches)
{
    m_index.append(matches);
    if (m_query.isEmpty())
        return;
    QList<SearchMatch> found;
    for (const SearchMatch &match : matches) {
        if (match.matches(m_query))
            found.append(match);
    }
    if (!found.isEmpty())
        emit matchesFound(found);
}

void CrossSearch::checkFinished()
{
    if (m_state != State::Indexing || !m_listingDone || !m_running.isEmpty() ||
        !m_secretJobs.isEmpty() || !m_controlPlaneJobs.isEmpty())
        return;
    qCInfo(lcSearch) << "index complete:" << m_index.size() << "entries in" << m_cpOrder.size()
                     << "control planes," << m_errors.size() << "errors";
    setState(State::Complete);
    emit finished();
}
