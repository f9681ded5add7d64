#include "core/contacts/ContactDirectory.h"
#include "core/store/CaseRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "tests/support/TestWorkspace.h"

#include <gtest/gtest.h>

namespace leverage {
namespace {

class ContactDirectoryTest : public ::testing::Test
{
protected:
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
    testing::TestWorkspace ws;
};

TEST_F(ContactDirectoryTest, PeopleOfSeveralOrganizationsAndTheOrganizationsOfACase)
{
    const RowId insurer = organization("Meridian");
    const RowId regulator = organization("State Department");
    const RowId carl = person("Carl", insurer);
    const RowId thomas = person("Thomas", regulator);
    Case c;
    c.title = QStringLiteral("MRI claim");
    c.organizationId = insurer;
    c.openedAt = Instant::fromDateTime(ws.clock().now());
    ASSERT_TRUE(ws->cases().add(c));
    ASSERT_TRUE(ws->cases().setInvolvedOrganizations(
        c.meta.id, {CaseOrganization{regulator, QStringLiteral("regulator")},
                    CaseOrganization{insurer, QStringLiteral("insurer")}}));

    const ContactDirectory directory(*ws);
    auto ids = directory.organizationsOfCase(c.meta.id);
    ASSERT_TRUE(ids) << ids.message().toStdString();
    EXPECT_EQ(*ids, (QList<RowId>{insurer, regulator})) << "its own first, each once";
    auto people = directory.peopleOf(*ids);
    ASSERT_TRUE(people);
    ASSERT_EQ(people->size(), 2);
    EXPECT_EQ(people->at(0).meta.id, carl);
    EXPECT_EQ(people->at(1).meta.id, thomas);
    EXPECT_EQ(directory.organizations()->size(), 2);
}

TEST_F(ContactDirectoryTest, AFailedReadIsAnErrorNotAnEmptyList)
{
    const RowId insurer = organization("Meridian");
    person("Carl", insurer);
    testing::hideTable(*ws, QStringLiteral("contacts"));
    auto people = ContactDirectory(*ws).peopleOf({insurer});
    EXPECT_FALSE(people);
    EXPECT_FALSE(people.message().isEmpty());
    testing::hideTable(*ws, QStringLiteral("organizations"));
    EXPECT_FALSE(ContactDirectory(*ws).organizations());
}

} // namespace
} // namespace leverage
