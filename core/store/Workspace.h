#pragma once

#include "core/domain/Ids.h"
#include "core/store/Migration.h"
#include "core/store/ServerAddress.h"
#include "core/store/SqlDialect.h"
#include "core/store/WorkspaceFile.h"
#include "core/util/Result.h"

#include <QLockFile>
#include <QObject>
#include <QSqlDatabase>
#include <functional>
#include <memory>
#include <vector>

namespace leverage {

class Clock;
class CaseRepository;
class OrganizationRepository;
class ContactRepository;
class TimelineRepository;
class CommitmentRepository;
class FollowUpRepository;
class EscalationRepository;
class CallDraftRepository;
class AttachmentRepository;
class SealChain;

// One open workspace: a database connection, its repositories, and the signals that tell
// models what changed. Signals are emitted only after the transaction that made the change
// has committed, so a listener never sees a change that was rolled back.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    static constexpr auto kFileSuffix = "leverage";
    using Access = WorkspaceFile::Access;

    struct Options
    {
        MigrationList migrations; // empty: the schema of this build
        int busyTimeoutMs = 5000;
        // ReadOnly: for reading verbs (cases, dossier, agenda, export). Works on a read-only
        // file or folder and beside a window that has the workspace open; never migrates.
        Access access = Access::ReadWrite;
    };

    // Opens a workspace file; for writing, a file that does not exist yet is created (private
    // to the user). An empty file is never made a workspace: it is more likely a failed copy
    // or a sync placeholder. A file that is not a workspace, from a newer version, read-only,
    // locked, reached through a second name or damaged is left untouched, and the error says
    // so in words a person can act on.
    static Result<std::unique_ptr<Workspace>> open(const QString &filePath, const Clock &clock);
    static Result<std::unique_ptr<Workspace>> open(const QString &filePath, const Clock &clock,
                                                   Options options);
    // Opens a team workspace on a PostgreSQL server (QPSQL). An empty database becomes a
    // workspace; the schema is brought up to date in one transaction under an advisory lock,
    // so two clients starting at once do not both migrate.
    static Result<std::unique_ptr<Workspace>> openServer(const ServerAddress &address,
                                                         const Clock &clock);
    static Result<std::unique_ptr<Workspace>> openServer(const ServerAddress &address,
                                                         const Clock &clock, Options options);
    // A file's path or a server's postgresql:// address, whichever `location` is.
    static Result<std::unique_ptr<Workspace>> openLocation(const QString &location,
                                                           const Clock &clock);
    ~Workspace() override;

    // The file's path, or a team workspace's address without its password.
    QString filePath() const { return m_filePath; }
    bool isTeamWorkspace() const { return m_dialect.engine() == SqlDialect::Engine::Postgres; }
    QSqlDatabase database() const;
    const SqlDialect &dialect() const { return m_dialect; }
    const Clock &clock() const { return m_clock; }
    int schemaVersion() const { return m_schemaVersion; }
    bool isReadOnly() const { return m_readOnly; }

    CaseRepository &cases() { return *m_cases; }
    OrganizationRepository &organizations() { return *m_organizations; }
    ContactRepository &contacts() { return *m_contacts; }
    TimelineRepository &timeline() { return *m_timeline; }
    CommitmentRepository &commitments() { return *m_commitments; }
    FollowUpRepository &followUps() { return *m_followUps; }
    EscalationRepository &escalation() { return *m_escalation; }
    CallDraftRepository &callDrafts() { return *m_callDrafts; }
    AttachmentRepository &attachments() { return *m_attachments; }
    SealChain &seals() { return *m_seals; }

    // Used by WriteTransaction: nesting joins the outer transaction.
    Status beginWrite();
    Status commitWrite();
    void rollbackWrite();
    bool inWrite() const { return m_writeDepth > 0; }
    // Runs `notify` after the current write commits (at once if none is open).
    void afterCommit(std::function<void()> notify);
    // Listeners of the current write get one bulkChange instead of its row signals: a write
    // of many rows (restoring a large case) would otherwise cost seconds of signals.
    void announceAsBulkChange();

    // A new random identity for a row.
    static QString newUuid();
    qint64 nowMs() const;

Q_SIGNALS:
    void caseAdded(leverage::RowId caseId);
    void caseChanged(leverage::RowId caseId);
    void caseRemoved(leverage::RowId caseId);
    void organizationAdded(leverage::RowId organizationId);
    void organizationChanged(leverage::RowId organizationId);
    void organizationRemoved(leverage::RowId organizationId);
    void contactAdded(leverage::RowId contactId);
    void contactChanged(leverage::RowId contactId);
    void contactRemoved(leverage::RowId contactId);
    void entryAdded(leverage::RowId caseId, leverage::RowId entryId);
    void entryChanged(leverage::RowId caseId, leverage::RowId entryId);
    void entryRemoved(leverage::RowId caseId, leverage::RowId entryId);
    void commitmentAdded(leverage::RowId caseId, leverage::RowId commitmentId);
    void commitmentChanged(leverage::RowId caseId, leverage::RowId commitmentId);
    void commitmentRemoved(leverage::RowId caseId, leverage::RowId commitmentId);
    void followUpAdded(leverage::RowId caseId, leverage::RowId followUpId);
    void followUpChanged(leverage::RowId caseId, leverage::RowId followUpId);
    void followUpRemoved(leverage::RowId caseId, leverage::RowId followUpId);
    void escalationStepAdded(leverage::RowId caseId, leverage::RowId stepId);
    void escalationStepChanged(leverage::RowId caseId, leverage::RowId stepId);
    void escalationStepRemoved(leverage::RowId caseId, leverage::RowId stepId);
    void escalationPathReordered(leverage::RowId caseId);
    void attachmentAdded(leverage::RowId caseId, leverage::RowId attachmentId);
    void attachmentChanged(leverage::RowId caseId, leverage::RowId attachmentId);
    void attachmentRemoved(leverage::RowId caseId, leverage::RowId attachmentId);
    // Many rows changed at once (an import, a restored case): views reload.
    void bulkChange();

private:
    Workspace(QString filePath, QString connectionName, const Clock &clock, SqlDialect dialect,
              std::unique_ptr<QLockFile> lock);
    static Result<std::unique_ptr<Workspace>> openFile(const WorkspaceFile &file,
                                                       const Clock &clock, const Options &options,
                                                       std::unique_ptr<QLockFile> lock);
    static Result<std::unique_ptr<Workspace>> finishOpening(std::unique_ptr<Workspace> workspace,
                                                            const Options &options);
    Status configureConnection(int busyTimeoutMs);
    Status inspectExisting(bool *isNew);
    Status migrate(const MigrationList &migrations);
    Status migrateSteps(const MigrationList &migrations);
    Result<int> readSchemaVersion();

    QString m_filePath;
    QString m_connectionName;
    const Clock &m_clock;
    SqlDialect m_dialect;
    std::unique_ptr<QLockFile> m_lock;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
    int m_writeDepth = 0;
    bool m_writeFailed = false;
    std::vector<std::function<void()>> m_pendingNotifications;
    bool m_announceAsBulk = false;

    std::unique_ptr<CaseRepository> m_cases;
    std::unique_ptr<OrganizationRepository> m_organizations;
    std::unique_ptr<ContactRepository> m_contacts;
    std::unique_ptr<TimelineRepository> m_timeline;
    std::unique_ptr<CommitmentRepository> m_commitments;
    std::unique_ptr<FollowUpRepository> m_followUps;
    std::unique_ptr<EscalationRepository> m_escalation;
    std::unique_ptr<CallDraftRepository> m_callDrafts;
    std::unique_ptr<SealChain> m_seals;
    std::unique_ptr<AttachmentRepository> m_attachments;
};

} // namespace leverage
