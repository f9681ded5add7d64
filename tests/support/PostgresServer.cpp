#include "tests/support/PostgresServer.h"

#include "core/services/Clock.h"
#include "core/store/Workspace.h"
#include "tests/support/TestWorkspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <cstdlib>
#include <pwd.h>
#include <unistd.h>

namespace leverage::testing {
namespace {

const QString kBin = QStringLiteral("/usr/lib/postgresql/15/bin/");
const QString kTemplate = QStringLiteral("leverage_template");

} // namespace

PostgresServer &PostgresServer::instance()
{
    static PostgresServer server;
    return server;
}

PostgresServer::PostgresServer()
    : m_dir(QDir::tempPath() + QStringLiteral("/leverage-pg-XXXXXX")),
      m_adminConnection(QStringLiteral("leverage-test-postgres-admin"))
{
    QElapsedTimer timer;
    timer.start();
    if (start())
        qInfo("PostgreSQL test cluster started in %lld ms", qint64(timer.elapsed()));
}

PostgresServer::~PostgresServer()
{
    if (QSqlDatabase::contains(m_adminConnection)) {
        QSqlDatabase::database(m_adminConnection, false).close();
        QSqlDatabase::removeDatabase(m_adminConnection);
    }
    if (!m_dir.isValid() || !QFile::exists(m_dir.filePath(QStringLiteral("data/postmaster.pid"))))
        return;
    // Static destruction: no Qt event loop any more, so a plain fork/exec through system().
    QStringList stop =
        asOwner(kBin + QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                 QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
    for (auto &part : stop)
        part = QStringLiteral("'%1'").arg(part);
    const QByteArray command = stop.join(QLatin1Char(' ')).toLocal8Bit() + " >/dev/null 2>&1";
    if (std::system(command.constData()) != 0)
        qWarning("stopping the PostgreSQL test cluster failed");
}

QStringList PostgresServer::asOwner(const QString &program, const QStringList &arguments) const
{
    if (m_owner.isEmpty())
        return QStringList{program} + arguments;
    return QStringList{QStringLiteral("runuser"), QStringLiteral("-u"), m_owner,
                       QStringLiteral("--"), program} +
           arguments;
}

int PostgresServer::runAsOwner(const QString &program, const QStringList &arguments,
                               QString *output)
{
    const auto command = asOwner(program, arguments);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(command.first(), command.mid(1));
    if (!process.waitForStarted(10000)) {
        if (output)
            *output = QStringLiteral("%1 could not be started").arg(command.first());
        return -1;
    }
    process.waitForFinished(60000);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

bool PostgresServer::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder for the PostgreSQL test cluster");
        return false;
    }
    if (!QFile::exists(kBin + QStringLiteral("initdb"))) {
        m_error = QStringLiteral("PostgreSQL 15 is not installed (%1initdb is missing): "
                                 "apt-get install postgresql")
                      .arg(kBin);
        return false;
    }
    // Tests run as root in CI; the server refuses root, so the cluster belongs to the user
    // the package created (or nobody).
    if (::geteuid() == 0) {
        const passwd *user = ::getpwnam("postgres");
        if (!user)
            user = ::getpwnam("nobody");
        if (!user) {
            m_error = QStringLiteral("no unprivileged user (postgres or nobody) to run the "
                                     "PostgreSQL test cluster");
            return false;
        }
        m_owner = QString::fromLocal8Bit(user->pw_name);
        if (::chown(QFile::encodeName(m_dir.path()).constData(), user->pw_uid, user->pw_gid) != 0) {
            m_error = QStringLiteral("could not give the test cluster's folder to %1").arg(m_owner);
            return false;
        }
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    QString output;
    if (runAsOwner(kBin + QStringLiteral("initdb"),
                   {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"),
                    QStringLiteral("-U"), superuser(), QStringLiteral("-E"), QStringLiteral("UTF8"),
                    QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync"),
                    QStringLiteral("--no-instructions")},
                   &output) != 0) {
        m_error = QStringLiteral("initdb of the PostgreSQL test cluster failed: %1").arg(output);
        return false;
    }
    // A socket in the folder only (no TCP port); no durability: the cluster is thrown away.
    const QString serverOptions =
        QStringLiteral("-k %1 -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
                       "-c full_page_writes=off -c max_connections=200")
            .arg(m_dir.path());
    if (runAsOwner(kBin + QStringLiteral("pg_ctl"),
                   {QStringLiteral("-D"), data, QStringLiteral("-o"), serverOptions,
                    QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")),
                    QStringLiteral("-w"), QStringLiteral("start")},
                   &output) != 0) {
        QFile log(m_dir.filePath(QStringLiteral("server.log")));
        log.open(QIODevice::ReadOnly);
        m_error = QStringLiteral("the PostgreSQL test cluster did not start: %1 %2")
                      .arg(output, QString::fromLocal8Bit(log.readAll()));
        return false;
    }
    auto admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_adminConnection);
    admin.setHostName(m_dir.path());
    admin.setDatabaseName(QStringLiteral("postgres"));
    admin.setUserName(superuser());
    if (!admin.open()) {
        m_error = QStringLiteral("the test cluster runs but Qt's PostgreSQL driver (QPSQL, "
                                 "libqt6sql6-psql) cannot connect: %1")
                      .arg(admin.lastError().text());
        return false;
    }
    return true;
}

bool PostgresServer::administer(const QString &sql, QString *error)
{
    if (!isRunning()) {
        if (error)
            *error = m_error;
        return false;
    }
    QSqlQuery query(QSqlDatabase::database(m_adminConnection, false));
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

ServerAddress PostgresServer::addressOf(const QString &database, const QString &user) const
{
    ServerAddress address;
    address.host = m_dir.path();
    address.database = database;
    address.user = user;
    return address;
}

bool PostgresServer::makeTemplate()
{
    if (m_templateReady)
        return true;
    QString error;
    if (!administer(QStringLiteral("CREATE DATABASE %1").arg(kTemplate), &error)) {
        m_error = QStringLiteral("creating the template database failed: %1").arg(error);
        return false;
    }
    FixedClock clock(testNow());
    auto workspace = Workspace::openServer(addressOf(kTemplate), clock);
    if (!workspace) {
        m_error =
            QStringLiteral("migrating the template database failed: %1").arg(workspace.message());
        return false;
    }
    m_templateReady = true;
    return true;
}

ServerAddress PostgresServer::newWorkspaceDatabase()
{
    const auto name = QStringLiteral("workspace_%1").arg(++m_nextDatabase);
    QString error;
    if (makeTemplate() &&
        !administer(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, kTemplate), &error))
        m_error = QStringLiteral("copying the template database failed: %1").arg(error);
    return addressOf(name);
}

ServerAddress PostgresServer::newEmptyDatabase()
{
    const auto name = QStringLiteral("empty_%1").arg(++m_nextDatabase);
    QString error;
    if (!administer(QStringLiteral("CREATE DATABASE %1").arg(name), &error))
        m_error = QStringLiteral("creating a database failed: %1").arg(error);
    return addressOf(name);
}

} // namespace leverage::testing

namespace leverage::testing {

bool PostgresServer::requirePassword(const QString &role, QString *error)
{
    QFile hba(m_dir.filePath(QStringLiteral("data/pg_hba.conf")));
    if (!isRunning() || !hba.open(QIODevice::ReadOnly)) {
        if (error)
            *error = isRunning() ? QStringLiteral("pg_hba.conf cannot be read") : m_error;
        return false;
    }
    // The first matching line wins: the role's line goes before the trust lines.
    const QByteArray rules = "local all " + role.toUtf8() + " scram-sha-256\n" + hba.readAll();
    hba.close();
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) || hba.write(rules) != rules.size()) {
        if (error)
            *error = QStringLiteral("pg_hba.conf cannot be written");
        return false;
    }
    hba.close();
    return administer(QStringLiteral("SELECT pg_reload_conf()"), error);
}

QByteArray PostgresServer::serverLog() const
{
    QFile log(m_dir.filePath(QStringLiteral("server.log")));
    return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
}

} // namespace leverage::testing
