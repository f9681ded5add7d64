// Several organizations per case (issue 14, "Where"): roles, referrals, the case's own
// organization always listed first, and people on an entry as participants or copies.
#include "core/contacts/ContactDirectory.h"
#include "core/domain/CaseOrganizationRole.h"
#include "core/store/CaseRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/TimelineRepository.h"
#include "tests/support/TestWorkspace.h"

#include <gtest/gtest.h>

using namespace leverage;
using leverage::testing::TestWorkspace;

namespace {

// Runs on both engines: a file and a team server.
class CaseOrganizationsTest : public ::testing::TestWithParam<leverage::testing::Engine>
{
protected:
    TestWorkspace ws{GetParam()};

    RowId organization(const char *name)
    {
        Organization o;
        o.name = QString::fromUtf8(name);
        EXPECT_TRUE(ws->organizations().add(o));
        return o.meta.id;
    }
    RowId person(const char *name, RowId organizationId)
    {
        Contact c;
        c.name = QString::fromUtf8(name);
        c.organizationId = organizationId;
        EXPECT_TRUE(ws->contacts().add(c));
        return c.meta.id;
    }
    Case addCase(RowId organizationId)
    {
        Case c;
        c.title = QStringLiteral("Dishwasher installation");
        c.organizationId = organizationId;
        c.openedAt = Instant::fromDateTime(ws.clock().now());
        EXPECT_TRUE(ws->cases().add(c));
        return c;
    }
};

INSTANTIATE_TEST_SUITE_P(Engines, CaseOrganizationsTest, leverage::testing::kEngines,
                         leverage::testing::engineName);

} // namespace

TEST_P(CaseOrganizationsTest, ANewCaseListsItsOwnOrganization)
{
    const RowId retailer = organization("Homewares Direct");
    const Case c = addCase(retailer);
    auto involved = ws->cases().involvedOrganizations(c.meta.id);
    ASSERT_TRUE(involved);
    EXPECT_EQ(*involved, (QList<CaseOrganization>{{retailer, QString(), 0}}));
}

TEST_P(CaseOrganizationsTest, RolesReferralsAndOrderAreStoredAndTheOwnOrganizationStaysFirst)
{
    const RowId retailer = organization("Homewares Direct");
    const RowId installer = organization("FitRight Installs");
    const RowId regulator = organization("Consumer Affairs");
    Case c = addCase(retailer);
    // Left out and listed after others: the case's own organization is still there, first.
    ASSERT_TRUE(ws->cases().setInvolvedOrganizations(
        c.meta.id, {{regulator, QStringLiteral("regulator"), 0},
                    {installer, QStringLiteral("installer"), retailer},
                    {installer, QStringLiteral("seller"), 0}}));
    auto involved = ws->cases().involvedOrganizations(c.meta.id);
    ASSERT_TRUE(involved);
    EXPECT_EQ(*involved,
              (QList<CaseOrganization>{{retailer, QString(), 0},
                                       {regulator, QStringLiteral("regulator"), 0},
                                       {installer, QStringLiteral("installer"), retailer}}));
    // A new primary organization joins the list, first.
    c.organizationId = installer;
    ASSERT_TRUE(ws->cases().update(c));
    involved = ws->cases().involvedOrganizations(c.meta.id);
    ASSERT_TRUE(involved);
    ASSERT_EQ(involved->size(), 3);
    EXPECT_EQ(involved->first().organizationId, installer);
    // Removing the referrer keeps the row, without the referral.
    ASSERT_TRUE(ws->organizations().remove(retailer));
    involved = ws->cases().involvedOrganizations(c.meta.id);
    ASSERT_TRUE(involved);
    EXPECT_EQ(*involved, (QList<CaseOrganization>{{installer, QStringLiteral("installer"), 0},
                                                  {regulator, QStringLiteral("regulator"), 0}}));
}

TEST_P(CaseOrganizationsTest, ParticipantsAndCopiesAreToldApart)
{
    const RowId retailer = organization("Homewares Direct");
    const RowId installer = organization("FitRight Installs");
    const RowId kevin = person("Kevin Lo", retailer);
    const RowId mark = person("Mark Stone", installer);
    const Case c = addCase(retailer);
    TimelineEntry e;
    e.caseId = c.meta.id;
    e.occurredAt = Instant::fromDateTime(ws.clock().now());
    e.contactId = kevin;
    e.personName = QStringLiteral("Kevin Lo");
    ASSERT_TRUE(ws->timeline().add(e));
    EntryParticipant joined{mark, QStringLiteral("Mark Stone"), {}, {}, {}, false};
    EntryParticipant copied{0, QStringLiteral("Dana (head office)"), {}, {}, {}, true};
    ASSERT_TRUE(ws->timeline().setParticipants(e.meta.id, {joined, copied}));
    auto people = ws->timeline().participants(e.meta.id);
    ASSERT_TRUE(people);
    EXPECT_EQ(*people, (QList<EntryParticipant>{joined, copied}));
    // Mark's page lists the entry he took part in.
    auto his = ws->timeline().forContact(mark);
    ASSERT_TRUE(his);
    ASSERT_EQ(his->size(), 1);
    EXPECT_EQ(his->first().meta.id, e.meta.id);
}

TEST_P(CaseOrganizationsTest, PickersListTheCasesOrganizationsPeopleFirstThenEveryone)
{
    const RowId retailer = organization("Homewares Direct");
    const RowId installer = organization("FitRight Installs");
    const RowId other = organization("Acme Insurance");
    person("Zoe Adams", other);
    person("Mark Stone", installer);
    person("Kevin Lo", retailer);
    person("Nobody's", 0);
    const Case c = addCase(retailer);
    ASSERT_TRUE(ws->cases().setInvolvedOrganizations(
        c.meta.id, {{retailer, QStringLiteral("seller"), 0},
                    {installer, QStringLiteral("installer"), retailer}}));
    ContactDirectory directory(*ws);
    auto ids = directory.organizationsOfCase(c.meta.id);
    ASSERT_TRUE(ids);
    EXPECT_EQ(*ids, (QList<RowId>{retailer, installer}));
    auto people = directory.peopleFirstOf(*ids);
    ASSERT_TRUE(people);
    QStringList names;
    for (const auto &p : *people)
        names << p.name;
    EXPECT_EQ(names, (QStringList{QStringLiteral("Kevin Lo"), QStringLiteral("Mark Stone"),
                                  QStringLiteral("Zoe Adams"), QStringLiteral("Nobody's")}));
}

TEST_P(CaseOrganizationsTest, RoleKeysAndLabelsGoBothWays)
{
    for (const auto &key : caseOrganizationRoles())
        EXPECT_EQ(caseOrganizationRoleKey(caseOrganizationRoleLabel(key)), key);
    EXPECT_EQ(caseOrganizationRoleLabel(QStringLiteral("delivery contractor")),
              QStringLiteral("delivery contractor"));
    EXPECT_EQ(caseOrganizationRoleKey(QStringLiteral(" Installer ")), QStringLiteral("installer"));
}
