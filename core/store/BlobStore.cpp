#include "core/store/BlobStore.h"

#include "core/store/SqlDialect.h"
#include "core/store/Statement.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "core/util/Sha256.h"
#include "core/util/Translate.h"

#include <QBuffer>
#include <QIODevice>

namespace leverage {
namespace {

// A digest as the store keeps it: lower-case hex text.
QString hexText(Sha256 &hash)
{
    const Sha256::Hex hex = hash.hexResult();
    return QString::fromLatin1(hex.data(), qsizetype(hex.size()));
}

Error cancelled()
{
    return Error{Error::Code::Invalid, tr("Stopped; nothing was added.")};
}

// Runs `sql` on `db` and says so in the log on failure.
Status run(const QSqlDatabase &db, const QString &sql)
{
    Statement statement(db, sql);
    return statement.exec();
}

// Rolls the blob's transaction (or savepoint, inside a write already open) back unless it
// was committed.
class BlobTransaction
{
public:
    BlobTransaction(const QSqlDatabase &db, const SqlDialect &dialect, bool insideWrite)
        : m_db(db), m_savepoint(insideWrite)
    {
        m_status = run(m_db, m_savepoint ? QStringLiteral("SAVEPOINT blob") : dialect.beginWrite());
        m_open = m_status.isOk();
    }
    ~BlobTransaction()
    {
        if (!m_open)
            return;
        if (m_savepoint) {
            run(m_db, QStringLiteral("ROLLBACK TO SAVEPOINT blob"));
            run(m_db, QStringLiteral("RELEASE SAVEPOINT blob"));
        } else {
            run(m_db, QStringLiteral("ROLLBACK"));
        }
    }
    const Status &status() const { return m_status; }
    Status commit()
    {
        auto status = run(m_db, m_savepoint ? QStringLiteral("RELEASE SAVEPOINT blob")
                                            : QStringLiteral("COMMIT"));
        m_open = !status.isOk(); // a failed commit still rolls back
        return status;
    }

private:
    QSqlDatabase m_db;
    bool m_savepoint;
    Status m_status;
    bool m_open = false;
};

Result<RowId> blobId(const QSqlDatabase &db, const QString &sha256)
{
    Statement find(db, QStringLiteral("SELECT id FROM blobs WHERE sha256 = :sha"));
    find.bind(QStringLiteral(":sha"), sha256);
    if (auto status = find.exec(); !status)
        return status.error();
    return find.next() ? find.value(0).toLongLong() : RowId(0);
}

} // namespace

Result<BlobStore::Stored> BlobStore::write(const QSqlDatabase &db, const SqlDialect &dialect,
                                           QIODevice &in, qint64 total, qint64 nowMs,
                                           const Progress &progress,
                                           const std::atomic<bool> *cancel, bool insideWrite)
{
    BlobTransaction transaction(db, dialect, insideWrite);
    if (!transaction.status())
        return transaction.status().error();
    // The row is made first under a provisional name (the hash is known only at the end).
    Statement create(db, QStringLiteral("INSERT INTO blobs (sha256, size, chunk_count, "
                                        "created_at) VALUES (:sha, 0, 0, :now) RETURNING id"));
    create.bind(QStringLiteral(":sha"), QStringLiteral("pending-") + Workspace::newUuid())
        .bind(QStringLiteral(":now"), nowMs);
    if (auto status = create.exec(); !status)
        return status.error();
    if (!create.next())
        return Error{Error::Code::Database, tr("The file could not be stored.")};
    const RowId id = create.value(0).toLongLong();
    create.query().finish(); // a statement still open would keep the commit from happening

    Statement chunk(db, QStringLiteral("INSERT INTO blob_chunks (blob_id, seq, data) VALUES "
                                       "(:blob, :seq, :data)"));
    Sha256 hash; // SHA-NI: a 500 MB file costs a third of a second, not four
    qint64 done = 0;
    int seq = 0;
    QByteArray buffer;
    for (;;) {
        if (cancel && cancel->load())
            return cancelled();
        buffer.resize(kChunkSize);
        qint64 filled = 0;
        while (filled < kChunkSize) { // a pipe or a socket may hand over less at a time
            const qint64 got = in.read(buffer.data() + filled, kChunkSize - filled);
            if (got < 0) {
                logging::get("evidence")->error("read failed: {}", in.errorString().toStdString());
                return Error{Error::Code::Io, tr("The file could not be read; nothing was added. "
                                                 "Check that it is still there.")};
            }
            if (got == 0 && !in.waitForReadyRead(-1))
                break;
            filled += got;
        }
        if (filled == 0 && seq > 0)
            break;
        buffer.resize(filled);
        hash.add(buffer);
        chunk.bind(QStringLiteral(":blob"), id)
            .bind(QStringLiteral(":seq"), seq)
            .bind(QStringLiteral(":data"), buffer);
        if (auto status = chunk.exec(); !status)
            return status.error();
        ++seq;
        done += filled;
        if (progress)
            progress(done, total);
        if (filled < kChunkSize)
            break;
    }
    Stored stored{hexText(hash), done, false};
    auto existing = blobId(db, stored.sha256);
    if (!existing)
        return existing.error();
    if (*existing > 0) {
        stored.alreadyStored = true; // the transaction rolls back: nothing new is kept
        return stored;
    }
    Statement name(db, QStringLiteral("UPDATE blobs SET sha256 = :sha, size = :size, "
                                      "chunk_count = :count WHERE id = :id"));
    name.bind(QStringLiteral(":sha"), stored.sha256)
        .bind(QStringLiteral(":size"), done)
        .bind(QStringLiteral(":count"), seq)
        .bind(QStringLiteral(":id"), id);
    if (auto status = name.exec(); !status)
        return status.error();
    if (cancel && cancel->load())
        return cancelled();
    if (auto status = transaction.commit(); !status)
        return status.error();
    return stored;
}

Status BlobStore::read(const QSqlDatabase &db, const QString &sha256, QIODevice &out,
                       const Progress &progress, const std::atomic<bool> *cancel)
{
    Statement find(db, QStringLiteral("SELECT id, size, chunk_count FROM blobs WHERE sha256 = "
                                      ":sha"));
    find.bind(QStringLiteral(":sha"), sha256);
    if (auto status = find.exec(); !status)
        return status;
    if (!find.next())
        return Error{Error::Code::NotFound, tr("The file's content is not in the workspace.")};
    const RowId id = find.value(0).toLongLong();
    const qint64 total = find.value(1).toLongLong();
    const int count = find.value(2).toInt();
    // One piece per statement: the result of one query never holds more than a piece.
    Statement piece(db, QStringLiteral("SELECT data FROM blob_chunks WHERE blob_id = :blob AND "
                                       "seq = :seq"));
    qint64 done = 0;
    for (int seq = 0; seq < count; ++seq) {
        if (cancel && cancel->load())
            return Error{Error::Code::Invalid, tr("Stopped.")};
        piece.bind(QStringLiteral(":blob"), id).bind(QStringLiteral(":seq"), seq);
        if (auto status = piece.exec(); !status)
            return status;
        if (!piece.next())
            return Error{Error::Code::Corrupt, tr("Part of the file is missing from the "
                                                  "workspace.")};
        const QByteArray data = piece.value(0).toByteArray();
        piece.query().finish();
        if (out.write(data) != data.size())
            return Error{Error::Code::Io,
                         tr("The file could not be written: %1").arg(out.errorString())};
        done += data.size();
        if (progress)
            progress(done, total);
    }
    return {};
}

Result<QByteArray> BlobStore::readAll(const QSqlDatabase &db, const QString &sha256,
                                      qint64 maxBytes)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    std::atomic<bool> tooBig{false};
    auto status = read(
        db, sha256, buffer, [&](qint64, qint64 total) { tooBig.store(total > maxBytes); }, &tooBig);
    if (tooBig.load())
        return Error{Error::Code::Invalid, tr("The file is too large to show here.")};
    if (!status)
        return status.error();
    return data;
}

Result<bool> BlobStore::contains(const QSqlDatabase &db, const QString &sha256)
{
    auto id = blobId(db, sha256);
    if (!id)
        return id.error();
    return *id > 0;
}

Result<QStringList> BlobStore::attachedBlobs(const QSqlDatabase &db, RowId caseId)
{
    Statement list(db, caseId > 0 ? QStringLiteral("SELECT DISTINCT sha256 FROM attachments "
                                                   "WHERE case_id = :case ORDER BY sha256")
                                  : QStringLiteral("SELECT DISTINCT sha256 FROM attachments "
                                                   "ORDER BY sha256"));
    if (caseId > 0)
        list.bind(QStringLiteral(":case"), caseId);
    if (auto status = list.exec(); !status)
        return status.error();
    QStringList shas;
    while (list.next())
        shas << list.value(0).toString();
    return shas;
}

Result<QString> BlobStore::recomputeSha256(const QSqlDatabase &db, const QString &sha256)
{
    // QIODevice that only hashes what is written to it.
    class HashSink final : public QIODevice
    {
    public:
        Sha256 hash;

    protected:
        qint64 readData(char *, qint64) override { return -1; }
        qint64 writeData(const char *data, qint64 size) override
        {
            hash.add(QByteArrayView(data, size));
            return size;
        }
    } sink;
    sink.open(QIODevice::WriteOnly);
    if (auto status = read(db, sha256, sink); !status)
        return status.error();
    return hexText(sink.hash);
}

} // namespace leverage
