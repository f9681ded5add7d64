// `leverage timestamp` and `leverage verify` on a workspace file (issue 21), with the local
// authority: the stamp verified offline, then the file edited behind Leverage's back with
// sqlite3 (a row, then the chain itself), and the dossier that prints the stamp.
#include "tests/evidence/EvidenceFixture.h"
#include "tests/support/LeverageProcess.h"
#include "tests/support/PdfTools.h"
#include "tests/timestamp/LocalTimeStampAuthority.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

using namespace leverage;
using leverage::testing::LocalTimeStampAuthority;
using leverage::testing::runLeverage;

namespace {

class TimeStampCliTest : public leverage::testing::EvidenceFixture
{
protected:
    void SetUp() override
    {
        EvidenceFixture::SetUp();
        ASSERT_TRUE(tsa.start());
        head = *ws->seals().head();
        ws.close();
        id = QString::number(caseId);
    }

    void sqlite(const QString &sql)
    {
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {ws.path(), sql});
        ASSERT_TRUE(sqlite.waitForFinished(10000));
        ASSERT_EQ(sqlite.exitCode(), 0) << sqlite.readAllStandardError().toStdString();
    }

    LocalTimeStampAuthority tsa;
    QString head;
    QString id;
};

TEST_F(TimeStampCliTest, AStampedRecordVerifiesAndATamperedOneIsNamed)
{
    auto stamped = runLeverage({QStringLiteral("timestamp"), ws.path(), QStringLiteral("--tsa"),
                                tsa.url().toString(), QStringLiteral("--case"), id});
    ASSERT_EQ(stamped.exitCode, 0) << stamped.err.toStdString();
    const QStringList fields = stamped.out.trimmed().split(QLatin1Char('\t'));
    ASSERT_EQ(fields.size(), 4) << stamped.out.toStdString();
    EXPECT_EQ(fields.at(3), head);
    tsa.stop(); // verified offline from here on

    auto verified = runLeverage(
        {QStringLiteral("verify"), ws.path(), QStringLiteral("--tsa-ca"), tsa.caFile()});
    EXPECT_EQ(verified.exitCode, 0) << verified.out.toStdString() << verified.err.toStdString();
    EXPECT_TRUE(verified.out.contains(
        QStringLiteral("by Leverage Test TSA (Leverage Tests), %1, at ").arg(tsa.url().toString())))
        << verified.out.toStdString();
    EXPECT_TRUE(verified.out.contains(QStringLiteral("serial %1: valid, its authority's "
                                                     "certificate checked.")
                                          .arg(fields.at(2))))
        << verified.out.toStdString();
    EXPECT_TRUE(verified.out.contains(
        QStringLiteral("It covers the chain's head %1 (seal 1), the current head").arg(head)));
    EXPECT_TRUE(verified.out.contains(QStringLiteral("1 time-stamps checked")));

    // Against a CA that did not issue the authority's certificate.
    auto otherCa = runLeverage(
        {QStringLiteral("verify"), ws.path(), QStringLiteral("--tsa-ca"), tsa.otherCaFile()});
    EXPECT_EQ(otherCa.exitCode, 1);
    EXPECT_TRUE(otherCa.out.contains(QStringLiteral("does not verify: its signer's certificate "
                                                    "does not lead to a CA in %1.")
                                         .arg(tsa.otherCaFile())))
        << otherCa.out.toStdString();

    // A row edited behind Leverage's back: named, and the stamp does not cover it.
    sqlite(QStringLiteral("UPDATE timeline_entries SET summary = 'No refund was promised' "
                          "WHERE id = %1")
               .arg(entryId));
    auto changed = runLeverage({QStringLiteral("verify"), ws.path()});
    EXPECT_EQ(changed.exitCode, 1);
    EXPECT_TRUE(changed.out.contains(QStringLiteral("Timeline entry %1 was changed outside "
                                                    "Leverage")
                                         .arg(entryId)))
        << changed.out.toStdString();
    EXPECT_TRUE(changed.out.contains(QStringLiteral("no time-stamp covers those changes")));

    // The chain itself rewritten: the stamped head is no longer at its seal.
    sqlite(QStringLiteral("UPDATE seals SET seal = '%1' WHERE id = 1")
               .arg(QString(64, QLatin1Char('0'))));
    auto rewritten = runLeverage({QStringLiteral("verify"), ws.path()});
    EXPECT_EQ(rewritten.exitCode, 1);
    EXPECT_TRUE(rewritten.out.contains(
        QStringLiteral("The stamp no longer covers the chain: seal 1 is not the head %1 it "
                       "stamped")
            .arg(head)))
        << rewritten.out.toStdString();
}

TEST_F(TimeStampCliTest, ADamagedTokenIsNamedAndFailsTheCheck)
{
    auto stamped = runLeverage({QStringLiteral("timestamp"), ws.path(), QStringLiteral("--tsa"),
                                tsa.url().toString(), QStringLiteral("--case"), id});
    ASSERT_EQ(stamped.exitCode, 0) << stamped.err.toStdString();
    sqlite(QStringLiteral("UPDATE time_stamps SET token = substr(token, 1, 100)"));
    auto verified = runLeverage({QStringLiteral("verify"), ws.path()});
    EXPECT_EQ(verified.exitCode, 1);
    EXPECT_TRUE(verified.out.contains(QStringLiteral(
        "does not verify: The time-stamp token is damaged: it cannot be read as an RFC 3161 "
        "token.")))
        << verified.out.toStdString();
    // The rows themselves are intact.
    EXPECT_TRUE(verified.out.contains(QStringLiteral("Intact: ")));
}

TEST_F(TimeStampCliTest, AnAuthorityNotThereWritesNothing)
{
    const QUrl nobody = LocalTimeStampAuthority::nobodyThere();
    auto stamped = runLeverage({QStringLiteral("timestamp"), ws.path(), QStringLiteral("--tsa"),
                                nobody.toString(), QStringLiteral("--case"), id});
    EXPECT_EQ(stamped.exitCode, 1);
    EXPECT_TRUE(stamped.err.startsWith(
        QStringLiteral("leverage: The time-stamp authority at %1 could not be reached")
            .arg(nobody.toString())))
        << stamped.err.toStdString();
    auto verified = runLeverage({QStringLiteral("verify"), ws.path()});
    EXPECT_EQ(verified.exitCode, 0);
    EXPECT_TRUE(verified.out.startsWith(QStringLiteral("Intact: ")));
    EXPECT_FALSE(verified.out.contains(QStringLiteral("time-stamp")));
}

TEST_F(TimeStampCliTest, TheDossierPrintsTheStampAndWhetherItVerified)
{
    auto stamped = runLeverage({QStringLiteral("timestamp"), ws.path(), QStringLiteral("--tsa"),
                                tsa.url().toString(), QStringLiteral("--case"), id});
    ASSERT_EQ(stamped.exitCode, 0) << stamped.err.toStdString();
    const QStringList fields = stamped.out.trimmed().split(QLatin1Char('\t'));
    ASSERT_EQ(fields.size(), 4);
    const QString pdf = ws.directory() + QStringLiteral("/dossier.pdf");
    auto printed = runLeverage({QStringLiteral("dossier"), ws.path(), QStringLiteral("--case"), id,
                                QStringLiteral("--out"), pdf});
    ASSERT_EQ(printed.exitCode, 0) << printed.err.toStdString();
    const QString text = leverage::testing::pdfText(pdf, false);
    EXPECT_TRUE(text.contains(QStringLiteral("Time-stamped by an RFC 3161 time-stamp authority")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Authority: Leverage Test TSA (Leverage Tests)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Serial: %1").arg(fields.at(2))));
    EXPECT_TRUE(text.contains(head.left(32)));
    EXPECT_TRUE(text.contains(head.mid(32)));
    // The authority's time in UTC, as the command printed it, and where the user was.
    const QDateTime genTime = QDateTime::fromString(fields.at(1), Qt::ISODate);
    EXPECT_TRUE(text.contains(
        QStringLiteral("(%1 UTC)").arg(genTime.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("The token verifies")));
}

} // namespace

// A case that is not there is not "Intact", and a folder is not a file of certificates.
TEST_F(TimeStampCliTest, AMissingCaseOrAFolderForTheCasIsSaidNotVerified)
{
    auto missing = runLeverage(
        {QStringLiteral("verify"), ws.path(), QStringLiteral("--case"), QStringLiteral("99999")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_FALSE(missing.out.contains(QStringLiteral("Intact"))) << missing.out.toStdString();
    EXPECT_TRUE(missing.err.contains(QStringLiteral("there is no case 99999 in this workspace")))
        << missing.err.toStdString();

    auto folder = runLeverage({QStringLiteral("verify"), ws.path(), QStringLiteral("--tsa-ca"),
                               QFileInfo(ws.path()).absolutePath()});
    EXPECT_EQ(folder.exitCode, 2);
    EXPECT_TRUE(folder.err.contains(QStringLiteral("--tsa-ca takes a file of PEM certificates")))
        << folder.err.toStdString();
    EXPECT_TRUE(folder.out.isEmpty()) << folder.out.toStdString();
}
