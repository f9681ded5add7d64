#pragma once

#include "core/domain/Ids.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace leverage {

class Workspace;

// The hash chain that makes tampering visible (issue 21). Every write of a timeline entry, a
// commitment or an attachment appends a seal in the same transaction: SHA-256 over the row's
// canonical content, the time it was sealed and the previous seal. Verification
// (SealVerifier) recomputes the chain and compares each living row with its last seal.
class SealChain final
{
public:
    enum class Action
    {
        Insert,
        Update,
        Remove
    };

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
    };

    explicit SealChain(Workspace &workspace);

    // The tables whose rows are sealed, and the columns each seal covers. Links that the
    // database clears or an undo restores by itself (a removed contact, a removed entry)
    // are left out: they change without the row's content changing.
    static const QStringList &sealedTables();
    static QStringList sealedColumns(const QString &table);
    // SELECT id, case_id, version, <canonical content> FROM table (then WHERE/ORDER).
    QString contentSelect(const QString &table) const;

    // Appends a seal for the row's current content; inside the caller's write.
    Status seal(const QString &table, RowId id, Action action);
    // Seals newly inserted rows in one pass (bulk imports, generators).
    Status sealInserted(const QString &table, const QList<RowId> &ids);

    // Seals every row of the sealed tables (a workspace from before sealing began).
    Status sealExisting();

    // The last seal ("" when nothing is sealed yet), and how many seals there are.
    Result<QString> head() const;
    Result<qint64> count() const;
    // Every sealed version of a row, oldest first: an edited entry's history.
    Result<QList<Version>> history(const QString &table, RowId id) const;

    static QString actionKey(Action action);
    // The seal of one link of the chain.
    static QString compute(const QString &previous, const QString &table, RowId rowId,
                           int rowVersion, const QString &action, qint64 sealedAtMs,
                           int sealedOffsetSeconds, const QString &content);
    // The same over UTF-8 (the verifier's million-row loop).
    static QByteArray computeUtf8(const QByteArray &previous, const QByteArray &table, RowId rowId,
                                  int rowVersion, const QByteArray &action, qint64 sealedAtMs,
                                  int sealedOffsetSeconds, const QByteArray &content);

private:
    Status append(const QString &table, RowId rowId, RowId caseId, int rowVersion,
                  const QString &action, const QString &content);

    Workspace &m_workspace;
};

} // namespace leverage
