// What goes into a dossier: ranges, private entries, sections, the figures of the summary.
#include "core/dossier/DossierAssembler.h"
#include "core/dossier/DossierRenderer.h"
#include "core/store/EscalationRepository.h"
#include "core/store/TimelineRepository.h"
#include "tests/dossier/DossierCaseBuilder.h"
#include "tests/support/PdfTools.h"
#include "tests/support/TestWorkspace.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace leverage {
namespace {

using namespace leverage::testing;

class DossierAssemblerTest : public ::testing::Test
{
protected:
    DossierData assemble(const DossierOptions &options)
    {
        auto data = DossierAssembler(m_ws.get()).assemble(m_case.caseId(), options);
        EXPECT_TRUE(data) << data.message().toStdString();
        return data ? *data : DossierData{};
    }

    QStringList summaries(const DossierData &data)
    {
        QStringList all;
        for (const auto &row : data.timeline.toList())
            all.append(row.summary);
        return all;
    }

    TestWorkspace m_ws;
    DossierCaseBuilder m_case{m_ws.get()};
};

TEST_F(DossierAssemblerTest, AnUnknownCaseIsASentenceNamingIt)
{
    auto data = DossierAssembler(m_ws.get()).assemble(4242, {});
    ASSERT_FALSE(data);
    EXPECT_EQ(data.code(), Error::Code::NotFound);
    EXPECT_TRUE(data.message().contains(QStringLiteral("4242")));
}

TEST_F(DossierAssemblerTest, TimelineIsChronologicalWhateverTheOrderOfEntry)
{
    m_case.entry(3, QStringLiteral("third"));
    m_case.entry(9, QStringLiteral("first"));
    m_case.entry(5, QStringLiteral("second"));
    const auto data = assemble({});
    EXPECT_EQ(summaries(data), (QStringList{"first", "second", "third"}));
    for (int i = 0; i < data.timeline.size(); ++i)
        EXPECT_EQ(data.timeline.at(i).number, i + 1);
}

TEST_F(DossierAssemblerTest, PrivateEntriesAreLeftOutUnlessAskedFor)
{
    m_case.entry(9, QStringLiteral("public"));
    m_case.entry(5, QStringLiteral("private"), QStringLiteral("my own note"), true);
    DossierOptions options;
    auto data = assemble(options);
    EXPECT_EQ(summaries(data), QStringList{"public"});
    EXPECT_EQ(data.cover.privateLeftOut, 1);

    options.includePrivate = true;
    data = assemble(options);
    ASSERT_EQ(summaries(data), (QStringList{"public", "private"}));
    EXPECT_TRUE(data.timeline.at(1).isPrivate);
    EXPECT_EQ(data.timeline.at(1).notes, QStringLiteral("my own note"));
    EXPECT_EQ(data.cover.privateLeftOut, 0);
}

TEST_F(DossierAssemblerTest, DateRangeKeepsEntriesAndCommitmentsInsideIt)
{
    m_case.entry(20, QStringLiteral("before"));
    m_case.entry(10, QStringLiteral("inside"));
    m_case.entry(2, QStringLiteral("after"));
    m_case.commitment(20, 15, QStringLiteral("early promise"), CommitmentStatus::Broken);
    m_case.commitment(10, 5, QStringLiteral("promise inside"), CommitmentStatus::Kept);
    DossierOptions options;
    const QDate today = m_ws->clock().now().date();
    options.from = today.addDays(-12);
    options.to = today.addDays(-10); // both ends included
    const auto data = assemble(options);
    EXPECT_EQ(summaries(data), QStringList{"inside"});
    ASSERT_EQ(data.commitments.size(), 1);
    EXPECT_EQ(data.commitments.first().what, QStringLiteral("promise inside"));
    EXPECT_EQ(data.summary.kept, 1);
    EXPECT_EQ(data.summary.broken, 0);
    EXPECT_EQ(data.cover.from, options.from);
}

TEST_F(DossierAssemblerTest, SummaryCountsContactsTimeAndPromises)
{
    m_case.entry(9, QStringLiteral("call one"));
    m_case.entry(8, QStringLiteral("call two"));
    m_case.entry(7, QStringLiteral("my own reminder"), {}, false, Channel::Note);
    m_case.commitment(9, 4, QStringLiteral("kept"), CommitmentStatus::Kept);
    m_case.commitment(9, 4, QStringLiteral("broken"), CommitmentStatus::Broken);
    m_case.commitment(9, 2, QStringLiteral("late"), CommitmentStatus::Pending);
    m_case.commitment(9, -3, QStringLiteral("not yet due"), CommitmentStatus::Pending);
    const auto data = assemble({});
    const auto &s = data.summary;
    EXPECT_EQ(s.contacts, 2); // a note to self is not a contact
    EXPECT_EQ(s.people, 1);
    EXPECT_EQ(s.secondsSpent, 2 * 600);
    EXPECT_EQ(s.secondsOnHold, 2 * 120);
    EXPECT_EQ(s.kept, 1);
    EXPECT_EQ(s.broken, 1);
    EXPECT_EQ(s.pending, 2);
    EXPECT_EQ(s.overdue, 1);
    ASSERT_EQ(data.commitments.size(), 4);
    EXPECT_TRUE(data.commitments.at(2).overdue);
    EXPECT_FALSE(data.commitments.at(3).overdue);
    const QString story = s.whatHappened.join(QLatin1Char('\n'));
    EXPECT_TRUE(story.contains(QStringLiteral("BROKEN"))) << story.toStdString();
    EXPECT_TRUE(story.contains(QStringLiteral("Northwind Rail"))) << story.toStdString();
    EXPECT_TRUE(story.contains(QStringLiteral("2 contacts with 1 person between")))
        << story.toStdString();
}

TEST_F(DossierAssemblerTest, EscalationLevelIsReachedAtTheFirstContactWithItsPerson)
{
    m_case.entry(12, QStringLiteral("first with Dana"));
    m_case.entry(6, QStringLiteral("again"));
    EscalationStep step;
    step.caseId = m_case.caseId();
    step.level = EscalationLevel::Supervisor;
    step.contactId = m_case.contactId();
    step.status = EscalationStatus::Current;
    ASSERT_TRUE(m_ws->escalation().append(step));
    EscalationStep planned;
    planned.caseId = m_case.caseId();
    planned.level = EscalationLevel::Regulator;
    planned.targetText = QStringLiteral("Rail ombudsman");
    ASSERT_TRUE(m_ws->escalation().append(planned));
    const auto data = assemble({});
    ASSERT_EQ(data.escalation.size(), 2);
    EXPECT_EQ(data.escalation.at(0).reachedAt, m_case.at(12));
    EXPECT_EQ(data.escalation.at(0).who, QStringLiteral("Dana Fox, Refunds Desk"));
    EXPECT_TRUE(data.escalation.at(1).reachedAt.isNull());
    EXPECT_EQ(data.escalation.at(1).who, QStringLiteral("Rail ombudsman"));
}

TEST_F(DossierAssemblerTest, SectionsCanBeLeftOut)
{
    m_case.entry(5, QStringLiteral("call"));
    DossierOptions options;
    options.contactsAppendix = false;
    options.escalationPath = false;
    const auto data = assemble(options);
    EXPECT_FALSE(data.showContacts);
    EXPECT_TRUE(data.contacts.isEmpty());
    EXPECT_FALSE(data.showEscalation);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("short.pdf"));
    ASSERT_TRUE(DossierRenderer::renderPdf(data, options, pdf));
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Timeline")));
    EXPECT_FALSE(text.contains(QStringLiteral("Escalation path")));
    EXPECT_FALSE(text.contains(QStringLiteral("Appendix")));

    options = {};
    const auto full = assemble(options);
    ASSERT_EQ(full.contacts.size(), 1);
    EXPECT_EQ(full.contacts.first().organization, QStringLiteral("Northwind Rail"));
    EXPECT_EQ(full.contacts.first().entries, 1);
}

TEST_F(DossierAssemblerTest, CoverCarriesTheClockAndTheAmounts)
{
    DossierOptions options;
    options.preparedBy = QStringLiteral("Alex Morgan");
    const auto data = assemble(options);
    EXPECT_EQ(data.cover.asOf, m_ws->clock().now());
    EXPECT_EQ(data.cover.preparedBy, QStringLiteral("Alex Morgan"));
    EXPECT_EQ(data.cover.amountSoughtCents, 123456);
    EXPECT_EQ(data.cover.organizations.value(0).name, QStringLiteral("Northwind Rail"));
}

TEST_F(DossierAssemblerTest, AnEmptyCasePrintsAndSaysSo)
{
    const auto data = assemble({});
    EXPECT_TRUE(data.timeline.isEmpty());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("empty.pdf"));
    ASSERT_TRUE(DossierRenderer::renderPdf(data, {}, pdf));
    const QString text = pdfText(pdf);
    // The contents say so; no section is printed only to say it is empty.
    EXPECT_TRUE(text.contains(QStringLiteral("Timeline: 0 entries"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Commitments: none made in this period")));
    const QStringList lines = normalisedText(text).split(QLatin1Char('\n'));
    for (const char *heading : {"Timeline", "Commitments", "Escalation path"})
        EXPECT_FALSE(lines.contains(QLatin1String(heading))) << heading;
    EXPECT_FALSE(text.contains(QStringLiteral("in this period.")));
    EXPECT_EQ(pdfPages(pdf).size(), 1);
}

TEST(DossierOptionsTest, PaperFollowsTheLocale)
{
    using Paper = DossierOptions::Paper;
    EXPECT_EQ(DossierOptions::defaultPaper(QLocale(QStringLiteral("en_US"))), Paper::Letter);
    EXPECT_EQ(DossierOptions::defaultPaper(QLocale(QStringLiteral("fr_CA"))), Paper::Letter);
    EXPECT_EQ(DossierOptions::defaultPaper(QLocale(QStringLiteral("es_MX"))), Paper::Letter);
    EXPECT_EQ(DossierOptions::defaultPaper(QLocale(QStringLiteral("fil_PH"))), Paper::Letter);
    EXPECT_EQ(DossierOptions::defaultPaper(QLocale(QStringLiteral("en_GB"))), Paper::A4);
    EXPECT_EQ(DossierOptions::defaultPaper(QLocale(QStringLiteral("de_DE"))), Paper::A4);
    DossierOptions options;
    options.paper = Paper::Letter;
    EXPECT_EQ(options.pageSize().id(), QPageSize::Letter);
}

// Where (issue 14): a person typed without a contact, another on the call and a copy are all
// in the appendix, and the summary counts the same people.
TEST_F(DossierAssemblerTest, EveryPersonOnTheRecordIsListedAndCountedOnce)
{
    const RowId call = m_case.entry(9, QStringLiteral("three-way call"));
    auto entry = *m_ws->timeline().get(call);
    entry.contactId = 0;
    entry.personName = QStringLiteral("Tom (installer)");
    ASSERT_TRUE(m_ws->timeline().update(entry));
    ASSERT_TRUE(m_ws->timeline().setParticipants(
        call, {{m_case.contactId(), QStringLiteral("Dana Fox"), {}, {}, {}, false},
               {0, QStringLiteral("Store manager"), {}, {}, {}, true}}));
    m_case.entry(8, QStringLiteral("follow-up with Dana"));
    const auto data = assemble({});
    ASSERT_EQ(data.timeline.size(), 2);
    EXPECT_EQ(data.timeline.at(0).others, QStringList{QStringLiteral("Dana Fox")});
    EXPECT_EQ(data.timeline.at(0).copied, QStringList{QStringLiteral("Store manager")});
    QStringList names;
    for (const auto &person : data.contacts)
        names << person.name + (person.isContact ? QString() : QStringLiteral(" (name)")) +
                     QLatin1Char(' ') + QString::number(person.entries);
    EXPECT_EQ(names,
              (QStringList{QStringLiteral("Dana Fox 2"), QStringLiteral("Store manager (name) 1"),
                           QStringLiteral("Tom (installer) (name) 1")}));
    EXPECT_EQ(data.summary.people, int(data.contacts.size()));
}

} // namespace
} // namespace leverage
