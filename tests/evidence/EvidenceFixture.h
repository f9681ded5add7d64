#pragma once

#include "core/domain/Case.h"
#include "core/domain/TimelineEntry.h"
#include "core/store/CaseRepository.h"
#include "core/store/TimelineRepository.h"
#include "tests/support/PeakMemory.h"
#include "tests/support/TestWorkspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>
#include <gtest/gtest.h>

namespace leverage::testing {

// A workspace with one case and one entry, and files to attach.
class EvidenceFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Case c;
        c.title = QStringLiteral("Dishwasher refund");
        c.status = CaseStatus::Open;
        c.openedAt = Instant::fromDateTime(testNow());
        ASSERT_TRUE(ws->cases().add(c).isOk());
        caseId = c.meta.id;
        TimelineEntry e;
        e.caseId = caseId;
        e.channel = Channel::Call;
        e.occurredAt = Instant::fromDateTime(testNow());
        e.summary = QStringLiteral("Promised a refund in 5 days");
        ASSERT_TRUE(ws->timeline().add(e).isOk());
        entryId = e.meta.id;
    }

    // A file of `size` pseudo-random bytes (seeded: the same each run) under the test folder.
    QString makeFile(const QString &name, qint64 size, quint32 seed = 21)
    {
        const QString path = ws.directory() + QLatin1Char('/') + name;
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        QRandomGenerator random(seed);
        QByteArray block(64 * 1024, Qt::Uninitialized);
        for (qint64 written = 0; written < size; written += block.size()) {
            random.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
            file.write(block.constData(), qMin<qint64>(block.size(), size - written));
        }
        return path;
    }

    static QString sha256Of(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        return QString::fromLatin1(hash.result().toHex());
    }

    // A count read straight from the file (raw SQL in a test only).
    qint64 countRows(const QString &sql)
    {
        QSqlQuery query(ws->database());
        EXPECT_TRUE(query.exec(sql));
        return query.next() ? query.value(0).toLongLong() : -1;
    }

    TestWorkspace ws;
    RowId caseId = 0;
    RowId entryId = 0;
};

} // namespace leverage::testing
