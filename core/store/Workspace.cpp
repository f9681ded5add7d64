#include "core/store/Workspace.h"

#include "core/services/Clock.h"
#include "core/store/AttachmentRepository.h"
#include "core/store/CallDraftRepository.h"
#include "core/store/CaseRepository.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/EscalationRepository.h"
#include "core/store/FollowUpRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/Schema.h"
#include "core/store/SealChain.h"
#include "core/store/ServerChanges.h"
#include "core/store/Statement.h"
#include "core/store/StatementCache.h"
#include "core/store/TimelineRepository.h"
#include "core/store/WriteTransaction.h"
#include "core/util/Logging.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QUrl>
#include <QUuid>
#include <utility>

namespace leverage {
namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("leverage-workspace-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error fileError(Error::Code code, const QString &filePath, const char *sentence)
{
    return WorkspaceFile::error(code, filePath, sentence);
}

} // namespace

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &filePath, const Clock &clock)
{
    return open(filePath, clock, Options{});
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &filePath, const Clock &clock,
                                                   Options options)
{
    auto file = WorkspaceFile::inspect(filePath, options.access);
    if (!file)
        return file.error();
    // A second Leverage on the same file would interleave edits and undo stacks; readers
    // need no lock (WAL lets them read beside the writer).
    std::unique_ptr<QLockFile> lock;
    if (options.access == Access::ReadWrite) {
        auto locked = file->lock();
        if (!locked)
            return locked.error();
        lock = std::move(*locked);
    }
    const bool creating = !file->exists();
    if (creating) {
        if (auto status = file->create(); !status)
            return status.error();
    }
    auto opened = openFile(*file, clock, options, std::move(lock));
    if (!opened && creating)
        file->removeCreated(); // no empty file left behind to be refused next time
    return opened;
}

Result<std::unique_ptr<Workspace>> Workspace::openFile(const WorkspaceFile &file,
                                                       const Clock &clock, const Options &options,
                                                       std::unique_ptr<QLockFile> lock)
{
    auto log = logging::get("store");
    const bool readOnly = options.access == Access::ReadOnly;
    const auto connection = nextConnectionName();
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        QStringList connectOptions{
            QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs)};
        if (readOnly)
            connectOptions << QStringLiteral("QSQLITE_OPEN_READONLY");
        if (file.readAsImmutable()) {
            connectOptions << QStringLiteral("QSQLITE_OPEN_URI");
            db.setDatabaseName(QUrl::fromLocalFile(file.path()).toString(QUrl::FullyEncoded) +
                               QStringLiteral("?immutable=1"));
        } else {
            db.setDatabaseName(file.path());
        }
        db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
    }
    std::unique_ptr<Workspace> workspace(new Workspace(
        file.path(), connection, clock, SqlDialect(SqlDialect::Engine::Sqlite), std::move(lock)));
    workspace->m_readOnly = readOnly;
    auto db = workspace->database();
    if (!db.open()) {
        log->error("open failed: {}", db.lastError().text().toStdString());
        return fileError(
            Error::Code::Io, file.path(),
            QT_TRANSLATE_NOOP("leverage",
                              "Leverage could not open \"%1\". The log has the details."));
    }
    auto opened = finishOpening(std::move(workspace), options);
    if (opened)
        log->info("workspace opened (immutable: {})", file.readAsImmutable());
    return opened;
}

Result<std::unique_ptr<Workspace>> Workspace::openLocation(const QString &location,
                                                           const Clock &clock)
{
    if (!ServerAddress::isServerUrl(location))
        return open(location, clock);
    auto address = ServerAddress::parse(location);
    if (!address)
        return address.error();
    return openServer(*address, clock);
}

Result<std::unique_ptr<Workspace>> Workspace::openServer(const ServerAddress &address,
                                                         const Clock &clock)
{
    return openServer(address, clock, Options{});
}

Result<std::unique_ptr<Workspace>> Workspace::openServer(const ServerAddress &address,
                                                         const Clock &clock, Options options)
{
    auto log = logging::get("store");
    const auto connection = nextConnectionName();
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(address.host);
        db.setPort(address.port);
        db.setDatabaseName(address.database);
        db.setUserName(address.user);
        // Empty: libpq reads ~/.pgpass (or PGPASSFILE) itself.
        if (!address.password.isEmpty())
            db.setPassword(address.password);
        db.setConnectOptions(address.connectOptions());
    }
    std::unique_ptr<Workspace> workspace(new Workspace(address.displayUrl(), connection, clock,
                                                       SqlDialect(SqlDialect::Engine::Postgres),
                                                       nullptr));
    workspace->m_readOnly = options.access == Access::ReadOnly;
    auto db = workspace->database();
    if (!db.isValid()) {
        log->error("the PostgreSQL driver (QPSQL) is not installed");
        return Error{Error::Code::Io, tr("Leverage cannot reach team workspaces on this "
                                         "computer: Qt's PostgreSQL driver (the package "
                                         "libqt6sql6-psql) is not installed.")};
    }
    if (!db.open()) {
        // The driver's text names the server and the user, never the password.
        log->error("server open failed ({}): {}", address.displayUrl().toStdString(),
                   db.lastError().text().simplified().toStdString());
        return Error{Error::Code::Io,
                     tr("Leverage could not connect to the team workspace \"%1\" on %2. Check "
                        "the address, your user name and password, and that the server is "
                        "running; the log has the details.")
                         .arg(address.database, address.host)};
    }
    auto opened = finishOpening(std::move(workspace), options);
    if (!opened)
        return opened;
    ServerChanges::listen(**opened);
    log->info("team workspace opened on {}", address.displayUrl().toStdString());
    return opened;
}

Result<std::unique_ptr<Workspace>> Workspace::finishOpening(std::unique_ptr<Workspace> workspace,
                                                            const Options &options)
{
    auto log = logging::get("store");
    bool isNew = false;
    if (auto status = workspace->inspectExisting(&isNew); !status)
        return status.error();
    if (auto status = workspace->configureConnection(options.busyTimeoutMs); !status)
        return status.error();
    if (workspace->m_readOnly) {
        if (isNew || workspace->m_schemaVersion < schema::currentVersion()) {
            log->warn("read-only open refused: schema {} needs an upgrade",
                      workspace->m_schemaVersion);
            return fileError(Error::Code::ReadOnly, workspace->m_filePath,
                             QT_TRANSLATE_NOOP(
                                 "leverage",
                                 "\"%1\" was saved by an earlier version of Leverage. Open it once "
                                 "in Leverage's window to bring it up to date, then try again."));
        }
    } else {
        const auto migrations = options.migrations.empty()
                                    ? schema::migrations(workspace->m_dialect)
                                    : options.migrations;
        if (auto status = workspace->migrate(migrations); !status)
            return status.error();
    }
    log->info("workspace opened (new: {}, schema {}, read-only: {})", isNew,
              workspace->m_schemaVersion, workspace->m_readOnly);
    return workspace;
}

Workspace::Workspace(QString filePath, QString connectionName, const Clock &clock,
                     SqlDialect dialect, std::unique_ptr<QLockFile> lock)
    : m_filePath(std::move(filePath)), m_connectionName(std::move(connectionName)), m_clock(clock),
      m_dialect(dialect), m_lock(std::move(lock)), m_cases(std::make_unique<CaseRepository>(*this)),
      m_organizations(std::make_unique<OrganizationRepository>(*this)),
      m_contacts(std::make_unique<ContactRepository>(*this)),
      m_timeline(std::make_unique<TimelineRepository>(*this)),
      m_commitments(std::make_unique<CommitmentRepository>(*this)),
      m_followUps(std::make_unique<FollowUpRepository>(*this)),
      m_escalation(std::make_unique<EscalationRepository>(*this)),
      m_callDrafts(std::make_unique<CallDraftRepository>(*this)),
      m_seals(std::make_unique<SealChain>(*this)),
      m_attachments(std::make_unique<AttachmentRepository>(*this))
{
    StatementCache::attach(m_connectionName);
}

Workspace::~Workspace()
{
    m_cases.reset();
    m_organizations.reset();
    m_contacts.reset();
    m_timeline.reset();
    m_commitments.reset();
    m_followUps.reset();
    m_escalation.reset();
    m_callDrafts.reset();
    m_attachments.reset();
    m_seals.reset();
    StatementCache::detach(m_connectionName); // its queries go before the connection does
    {
        auto db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

// Reads only: nothing is written before we know the file is ours and not from the future.
Status Workspace::inspectExisting(bool *isNew)
{
    auto log = logging::get("store");
    Statement tables(database(), m_dialect.countTables());
    if (auto status = tables.exec(); !status) {
        if (status.code() == Error::Code::Corrupt || status.code() == Error::Code::Database)
            return fileError(
                Error::Code::NotAWorkspace, m_filePath,
                QT_TRANSLATE_NOOP("leverage",
                                  "\"%1\" is damaged or is not a Leverage workspace. It was left "
                                  "as it is."));
        return status;
    }
    tables.next();
    const int tableCount = tables.value(0).toInt();

    int applicationId = 0;
    if (m_dialect.engine() == SqlDialect::Engine::Sqlite) {
        Statement appId(database(), QStringLiteral("PRAGMA application_id"));
        if (auto status = appId.exec(); !status)
            return status;
        appId.next();
        applicationId = appId.value(0).toInt();
    } else if (tableCount > 0) {
        // A server database has no tag of its own: Leverage's is the one with its meta table.
        Statement meta(database(), m_dialect.tableExists());
        meta.bind(QStringLiteral(":name"), QStringLiteral("meta"));
        if (auto status = meta.exec(); !status)
            return status;
        meta.next();
        applicationId = meta.value(0).toInt() > 0 ? schema::kApplicationId : -1;
    }

    if (tableCount == 0 && applicationId == 0) {
        *isNew = true;
        return {};
    }
    if (applicationId != schema::kApplicationId) {
        log->warn("open refused: application id {:#x}", applicationId);
        return fileError(
            Error::Code::NotAWorkspace, m_filePath,
            QT_TRANSLATE_NOOP("leverage",
                              "\"%1\" is a database of another program, not a Leverage workspace. "
                              "It was left as it is."));
    }
    auto version = readSchemaVersion();
    if (!version)
        return version.status();
    if (*version > schema::currentVersion()) {
        log->warn("open refused: schema {} is newer than {}", *version, schema::currentVersion());
        return fileError(
            Error::Code::NewerVersion, m_filePath,
            QT_TRANSLATE_NOOP("leverage",
                              "\"%1\" was saved by a newer version of Leverage. Update Leverage to "
                              "open it; the file was left as it is."));
    }
    m_schemaVersion = *version;
    return {};
}

Status Workspace::configureConnection(int busyTimeoutMs)
{
    for (const auto &pragma : m_dialect.connectionSettings(busyTimeoutMs, m_readOnly)) {
        Statement statement(database(), pragma);
        if (auto status = statement.exec(); !status)
            return status;
    }
    return {};
}

Result<int> Workspace::readSchemaVersion()
{
    Statement exists(database(), m_dialect.tableExists());
    exists.bind(QStringLiteral(":name"), QStringLiteral("meta"));
    if (auto status = exists.exec(); !status)
        return status.error();
    exists.next();
    if (exists.value(0).toInt() == 0)
        return 0;
    Statement read(database(),
                   QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    if (auto status = read.exec(); !status)
        return status.error();
    return read.next() ? read.value(0).toInt() : 0;
}

// On a server every step runs in one transaction under an advisory lock; the version is read
// again once the lock is held, since a colleague's client may have migrated meanwhile.
Status Workspace::migrate(const MigrationList &migrations)
{
    const auto lock = m_dialect.migrationLock();
    if (lock.isEmpty())
        return migrateSteps(migrations);
    if (m_schemaVersion >= migrations.back().toVersion)
        return {};
    WriteTransaction transaction(*this);
    if (!transaction.status())
        return transaction.status();
    Statement locked(database(), lock);
    if (auto status = locked.exec(); !status)
        return status;
    auto version = readSchemaVersion();
    if (!version)
        return version.status();
    m_schemaVersion = *version;
    if (auto status = migrateSteps(migrations); !status)
        return status;
    return transaction.commit();
}

// Each step runs in its own transaction together with its version bump, and rolls back
// whole if any statement fails (inside the server's one transaction, they join it).
Status Workspace::migrateSteps(const MigrationList &migrations)
{
    auto log = logging::get("store");
    for (const auto &step : migrations) {
        if (step.toVersion <= m_schemaVersion)
            continue;
        WriteTransaction transaction(*this);
        if (!transaction.status())
            return transaction.status();
        for (const auto &sql : step.statements) {
            Statement statement(database(), sql);
            if (auto status = statement.exec(); !status) {
                log->error("migration to schema {} failed; rolled back", step.toVersion);
                return Error{Error::Code::Database,
                             tr("The workspace could not be upgraded to this version of "
                                "Leverage. It was left as it was; the log has the details.")};
            }
        }
        if (step.finish) {
            if (auto status = step.finish(*this); !status) {
                log->error("migration to schema {} failed; rolled back", step.toVersion);
                return status;
            }
        }
        Statement bump(database(),
                       m_schemaVersion == 0
                           ? QStringLiteral("INSERT INTO meta (key, value) VALUES "
                                            "('schema_version', :version)")
                           : QStringLiteral("UPDATE meta SET value = :version WHERE key = "
                                            "'schema_version'"));
        bump.bind(QStringLiteral(":version"), QString::number(step.toVersion));
        if (auto status = bump.exec(); !status)
            return status;
        if (auto status = transaction.commit(); !status)
            return status;
        log->info("schema migrated from {} to {}", m_schemaVersion, step.toVersion);
        m_schemaVersion = step.toVersion;
    }
    return {};
}

Status Workspace::beginWrite()
{
    if (m_writeDepth++ > 0)
        return {};
    m_writeFailed = false;
    Statement begin(database(), m_dialect.beginWrite());
    if (auto status = begin.exec(); !status) {
        --m_writeDepth;
        return status;
    }
    return {};
}

Status Workspace::commitWrite()
{
    if (--m_writeDepth > 0)
        return {};
    if (m_writeFailed) {
        Statement(database(), QStringLiteral("ROLLBACK")).exec();
        m_pendingNotifications.clear();
        m_announceAsBulk = false;
        return Error{Error::Code::Database,
                     tr("The change could not be saved; nothing was changed.")};
    }
    Statement commit(database(), QStringLiteral("COMMIT"));
    if (auto status = commit.exec(); !status) {
        Statement(database(), QStringLiteral("ROLLBACK")).exec();
        m_pendingNotifications.clear();
        m_announceAsBulk = false;
        return status;
    }
    auto notifications = std::move(m_pendingNotifications);
    m_pendingNotifications.clear();
    if (std::exchange(m_announceAsBulk, false)) {
        Q_EMIT bulkChange();
        return {};
    }
    for (auto &notify : notifications)
        notify();
    return {};
}

void Workspace::rollbackWrite()
{
    if (--m_writeDepth > 0) {
        // An inner part failed: the whole write must not commit.
        m_writeFailed = true;
        return;
    }
    Statement(database(), QStringLiteral("ROLLBACK")).exec();
    m_pendingNotifications.clear();
    m_announceAsBulk = false;
}

void Workspace::afterCommit(std::function<void()> notify)
{
    if (m_writeDepth > 0)
        m_pendingNotifications.push_back(std::move(notify));
    else
        notify();
}

void Workspace::announceAsBulkChange()
{
    if (m_writeDepth > 0)
        m_announceAsBulk = true;
}

// A time-ordered UUID (version 7, RFC 9562): 48 bits of Unix milliseconds, then random bits.
// New rows land at the end of the uuid index instead of at random places in it, which keeps
// bulk loads and years of inserts fast; the identity is as unique as a random UUID.
QString Workspace::newUuid()
{
    QByteArray bytes(16, Qt::Uninitialized);
    auto *generator = QRandomGenerator::system();
    generator->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        bytes[i] = char((ms >> (8 * (5 - i))) & 0xff);
    bytes[6] = char((bytes[6] & 0x0f) | 0x70); // version 7
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

qint64 Workspace::nowMs() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

} // namespace leverage
