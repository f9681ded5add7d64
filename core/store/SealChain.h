#pragma once

#include "core/domain/Ids.h"
#include "core/util/Result.h"
#include "core/util/Sha256.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace leverage {

class Workspace;

// The hash chain that makes tampering visible (issue 21). Every write of a timeline entry, a
// commitment or an attachment appends a seal in the same transaction: SHA-256 over the row's
// canonical content, the time it was sealed and the previous seal. Verification
// (SealVerifier) recomputes the chain and compares each living row with its last seal.
//
// Seals have a format. Format 1 covers the row's own columns. Format 2 (schema 8) also
// covers its links (who it was with, the entry a promise or a file belongs to, who acts),
// kept beside the content; a removal that clears a link, and its undo that puts it back,
// seal the row again (Action::Relink). Old seals keep their format and still verify.
class SealChain final
{
public:
    enum class Action
    {
        Insert,
        Update,
        Remove,
        Relink // a removal cleared one of its links, or an undo put it back
    };
    // The format new seals are written in; format 1 only before schema 8.
    static constexpr int kFormat = 2;

    // One sealed version of a row, as kept in the chain.
    struct Version
    {
        RowId sealId = 0;
        QString table;
        RowId rowId = 0;
        RowId caseId = 0;
        int rowVersion = 0;
        QString action;
        qint64 sealedAtMs = 0;
        int sealedOffsetSeconds = 0;
        QString content;
        QString previous;
        QString seal;
        int format = 1;
        QString links; // format 2: the link columns' canonical text
    };

    explicit SealChain(Workspace &workspace);

    // The tables whose rows are sealed, and the columns each seal covers. Links that the
    // database clears or an undo restores by itself (a removed contact, a removed entry)
    // are left out: they change without the row's content changing.
    static const QStringList &sealedTables();
    static QStringList sealedColumns(const QString &table);
    // The links a format-2 seal covers, and the table each points to.
    static QStringList linkColumns(const QString &table);
    static QString linkTarget(const QString &column);
    // SELECT id, case_id, version, <canonical content>, <canonical links> FROM table (then
    // WHERE/ORDER).
    QString contentSelect(const QString &table) const;

    // Appends a seal for the row's current content; inside the caller's write.
    Status seal(const QString &table, RowId id, Action action);
    // Seals newly inserted rows in one pass (bulk imports, generators).
    Status sealInserted(const QString &table, const QList<RowId> &ids, int format = kFormat);
    // Seals again a row whose link a removal cleared or an undo put back; a row that is gone
    // (removed with its case) needs none.
    Status sealRelinked(const QString &table, RowId id);

    // Seals every row of the sealed tables (a workspace from before sealing began), in the
    // format of the schema being migrated to.
    Status sealExisting(int format = kFormat);

    // The last seal ("" when nothing is sealed yet), and how many seals there are.
    Result<QString> head() const;
    Result<qint64> count() const;
    // Every sealed version of a row, oldest first: an edited entry's history.
    Result<QList<Version>> history(const QString &table, RowId id) const;

    static QString actionKey(Action action);
    // One link of the chain as it is hashed: what a seal is computed over. Views, so that the
    // verifier hashes straight from SQLite's row; build one in the call that computes it.
    struct Link
    {
        QByteArrayView previous;
        QByteArrayView table;
        RowId rowId = 0;
        int rowVersion = 0;
        QByteArrayView action;
        qint64 sealedAtMs = 0;
        int sealedOffsetSeconds = 0;
        QByteArrayView content;
        int format = 1;
        QByteArrayView links; // format 2 only
    };
    // The seal of one link of the chain (hex SHA-256), with no allocation.
    static Sha256::Hex sealOf(const Link &link);
    static QByteArray compute(const Link &link);

private:
    Status append(const QString &table, RowId rowId, RowId caseId, int rowVersion,
                  const QString &action, const QString &content, const QString &links);

    Workspace &m_workspace;
};

} // namespace leverage
