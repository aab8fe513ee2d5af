#pragma once

#include "Entities.h"
#include "SearchMatch.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class FetchAll;
class KonnectClient;

// Finds secret keys and vault prefixes across every control plane of the
// signed-in organization.
//
// The first search builds an index of the session: every page of control
// planes, then per control plane its vaults and config stores, then per store
// its secrets, with at most maxInFlight() requests running at once. Matches
// stream in (matchesFound) as pages arrive. Later searches filter that index
// locally, at once, even while it is still being built: a fast typist never
// waits for the network twice. refresh() throws the index away and builds it
// again; cancel(), refresh() and invalidate() cancel every request in flight
// (no callback runs afterwards). A control plane that fails is reported
// (controlPlaneFailed) and the others carry on.
class CrossSearch : public QObject
{
    Q_OBJECT

public:
    enum class State { Empty, Indexing, Complete, Cancelled };
    Q_ENUM(State)

    explicit CrossSearch(KonnectClient *client, QObject *parent = nullptr);
    ~CrossSearch() override;

    void setMaxInFlight(int requests) { m_maxInFlight = qMax(1, requests); }
    int maxInFlight() const { return m_maxInFlight; }

    // Sets the query: resultsReset, then the matches already indexed as one
    // batch, then the rest as they arrive. Starts indexing when there is no
    // index yet (or the last one was cancelled). An empty query matches nothing.
    void search(const QString &query);
    // Starts indexing without a query (e.g. when the search box gets focus).
    void prefetch();
    // Builds the index again from the network and re-runs the current query.
    void refresh();
    // Stops every request in flight; the index so far stays searchable and
    // the next search() builds it again.
    void cancel();
    // Forgets the index (another session, or data changed): cancels, clears
    // the results; the next search() builds a new index.
    void invalidate();

    QString query() const { return m_query; }
    State state() const { return m_state; }
    bool isIndexing() const { return m_state == State::Indexing; }
    int controlPlanesDone() const { return m_cpDone; }
    int controlPlanesTotal() const { return int(m_cpOrder.size()); }
    int indexSize() const { return int(m_index.size()); }
    int requestsInFlight() const { return int(m_running.size()); }
    QList<SearchMatch> currentMatches() const;
    QList<SearchError> errors() const { return m_errors; }

signals:
    // A new query: drop the results shown so far.
    void resultsReset();
    // Matches of the current query, in arrival order (not sorted).
    void matchesFound(const QList<SearchMatch> &matches);
    // Control planes searched completely (or given up on) out of those known.
    void progress(int done, int total);
    void controlPlaneFailed(const SearchError &error);
    void stateChanged(CrossSearch::State state);
    // The index is complete (not emitted after cancel()).
    void finished();

private:
    struct Job
    {
        enum class Type { Vaults, Stores, Secrets };
        Type type = Type::Vaults;
        QString controlPlaneId;
        ConfigStore store; // Secrets
    };
    struct ControlPlaneState
    {
        ControlPlane controlPlane;
        int pendingJobs = 0;
        bool vaultsDone = false;
        QHash<QString, QString> referencePrefix; // store id -> prefix of a konnect vault
        QList<SearchMatch> heldSecrets;          // arrived before the vaults
        bool failed = false;
    };

    void start();
    void stop();
    // Stops everything and empties the index (new generation); the state is the caller's.
    void clearIndex();
    void setState(State state);
    void onControlPlanes(const QList<ControlPlane> &page);
    void pump();
    void run(const Job &job);
    void onVaults(ControlPlaneState &cp, const QList<Vault> &vaults);
    void onStores(ControlPlaneState &cp, const QList<ConfigStore> &stores);
    void onSecrets(ControlPlaneState &cp, const ConfigStore &store,
                   const QList<ConfigStoreSecret> &secrets);
    void onJobDone(quint64 runId, const Job &job, const ApiError &error);
    void releaseHeldSecrets(ControlPlaneState &cp);
    void fail(ControlPlaneState *cp, const QString &what, const ApiError &error);
    void addToIndex(const QList<SearchMatch> &matches);
    void checkFinished();

    QPointer<KonnectClient> m_client;
    int m_maxInFlight = 4;
    State m_state = State::Empty;
    QString m_query;
    quint64 m_generation = 0;
    quint64 m_nextRunId = 0;

    QHash<quint64, QPointer<FetchAll>> m_running; // includes the control-plane listing
    bool m_listingDone = false;
    QList<Job> m_secretJobs; // run first: they finish the control planes already started
    QList<Job> m_controlPlaneJobs;
    QHash<QString, ControlPlaneState> m_cps;
    QStringList m_cpOrder;
    int m_cpDone = 0;
    QList<SearchMatch> m_index;
    QList<SearchError> m_errors;
};
