#include "core/contacts/ContactImporter.h"
#include "core/contacts/ContactExporter.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "tests/contacts/Crlf.h"
#include "tests/support/TestWorkspace.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

namespace leverage {
using testing::crlf;
namespace {

RowId addOrganization(Workspace &ws, const char *name)
{
    Organization o;
    o.name = QString::fromUtf8(name);
    EXPECT_TRUE(ws.organizations().add(o).isOk());
    return o.meta.id;
}

RowId addContact(Workspace &ws, RowId organizationId, const char *name, RowId supervisorId = 0)
{
    Contact c;
    c.organizationId = organizationId;
    c.supervisorId = supervisorId;
    c.name = QString::fromUtf8(name);
    EXPECT_TRUE(ws.contacts().add(c).isOk());
    return c.meta.id;
}

const char *const kThreeCards =
    "BEGIN:VCARD\nVERSION:4.0\nFN:Dana Reyes\nORG:Brightline Telecom\nTITLE:Team lead\n"
    "UID:urn:uuid:aaaaaaaa-0000-4000-8000-000000000001\n"
    "X-LEVERAGE-SUPERVISOR:urn:uuid:aaaaaaaa-0000-4000-8000-000000000002\nEND:VCARD\n"
    "BEGIN:VCARD\nVERSION:4.0\nFN:Priya Natarajan\nORG:Brightline Telecom\nTITLE:Director\n"
    "UID:urn:uuid:aaaaaaaa-0000-4000-8000-000000000002\nX-LEVERAGE-GATEWAY:TRUE\n"
    "X-LEVERAGE-RULES:E-mail first\nNOTE:Met at the hearing\nEND:VCARD\n"
    "BEGIN:VCARD\nVERSION:3.0\nFN:MARCUS BELL\nORG:Harbor Appliances\nTEL;TYPE=WORK:555-0142\n"
    "END:VCARD\n";

TEST(ContactImporter, PreviewMarksDuplicatesByNameAndOrganizationIgnoringCase)
{
    testing::TestWorkspace ws;
    const RowId harbor = addOrganization(*ws, "harbor appliances");
    const RowId marcus = addContact(*ws, harbor, "Marcus Bell");
    ContactImporter importer(*ws);
    auto preview = importer.preview(crlf(kThreeCards));
    ASSERT_TRUE(preview.isOk()) << preview.message().toStdString();
    ASSERT_EQ(preview->rows.size(), 3);
    EXPECT_EQ(preview->rows.at(0).kind, ImportPreview::Kind::New);
    EXPECT_TRUE(preview->rows.at(0).organizationIsNew);
    EXPECT_EQ(preview->rows.at(2).kind, ImportPreview::Kind::Duplicate);
    EXPECT_EQ(preview->rows.at(2).existingId, marcus);
    EXPECT_FALSE(preview->rows.at(2).organizationIsNew);
    EXPECT_EQ(preview->count(ImportPreview::Kind::New), 2);
    EXPECT_EQ(ws->contacts().count().value(), 1) << "a preview writes nothing";
}

TEST(ContactImporter, AppliesInOneGoLinkingSupervisorsAndSkippingDuplicates)
{
    testing::TestWorkspace ws;
    const RowId harbor = addOrganization(*ws, "Harbor Appliances");
    const RowId marcus = addContact(*ws, harbor, "Marcus Bell");
    ContactImporter importer(*ws);
    auto preview = importer.preview(crlf(kThreeCards));
    ASSERT_TRUE(preview.isOk());
    auto report = importer.apply(*preview, ContactImporter::Duplicates::Skip);
    ASSERT_TRUE(report.isOk()) << report.message().toStdString();
    EXPECT_EQ(report->created, 2);
    EXPECT_EQ(report->merged, 0);
    EXPECT_EQ(report->skipped, 1);
    EXPECT_EQ(report->organizationsCreated, 1);

    auto brightline = ws->organizations().findByName(QStringLiteral("Brightline Telecom"));
    ASSERT_TRUE(brightline.isOk() && brightline->has_value());
    auto people = ws->contacts().forOrganization((*brightline)->meta.id);
    ASSERT_EQ(people->size(), 2);
    const Contact &dana = people->at(0);
    const Contact &priya = people->at(1);
    EXPECT_EQ(dana.name, QStringLiteral("Dana Reyes"));
    EXPECT_EQ(dana.supervisorId, priya.meta.id) << "the supervisor named later in the file";
    EXPECT_EQ(priya.meta.uuid, QStringLiteral("aaaaaaaa-0000-4000-8000-000000000002"));
    EXPECT_TRUE(priya.isGateway);
    EXPECT_EQ(priya.rulesOfEngagement, QStringLiteral("E-mail first"));
    EXPECT_TRUE(ws->contacts().get(marcus)->directLine.isEmpty()) << "skipped, not merged";
}

TEST(ContactImporter, MergesDuplicatesOnlyWhenAsked)
{
    testing::TestWorkspace ws;
    const RowId harbor = addOrganization(*ws, "Harbor Appliances");
    Contact marcus;
    marcus.organizationId = harbor;
    marcus.name = QStringLiteral("Marcus Bell");
    marcus.notes = QStringLiteral("Promised a callback.");
    ASSERT_TRUE(ws->contacts().add(marcus).isOk());
    ContactImporter importer(*ws);
    auto preview = importer.preview(crlf(kThreeCards));
    auto report = importer.apply(*preview, ContactImporter::Duplicates::Merge);
    ASSERT_TRUE(report.isOk()) << report.message().toStdString();
    EXPECT_EQ(report->merged, 1);
    EXPECT_EQ(report->skipped, 0);
    auto merged = ws->contacts().get(marcus.meta.id);
    EXPECT_EQ(merged->directLine, QStringLiteral("555-0142"));
    EXPECT_EQ(merged->name, QStringLiteral("Marcus Bell")) << "the stored name is kept";
    EXPECT_EQ(merged->notes, QStringLiteral("Promised a callback.")) << "notes are never lost";
    EXPECT_EQ(ws->contacts().count().value(), 3);
}

TEST(ContactImporter, MalformedFileImportsNothing)
{
    testing::TestWorkspace ws;
    QByteArray bytes = crlf(kThreeCards);
    bytes += crlf("BEGIN:VCARD\nVERSION:4.0\nFN:Half\n"); // unterminated at line 25
    ContactImporter importer(*ws);
    auto preview = importer.preview(bytes);
    ASSERT_FALSE(preview.isOk());
    EXPECT_EQ(importer.errorLine(), 25);
    EXPECT_EQ(ws->contacts().count().value(), 0);
    EXPECT_EQ(ws->organizations().count().value(), 0);
}

TEST(ContactImporter, AFailureWhileApplyingRollsEverythingBack)
{
    testing::TestWorkspace ws;
    // Each names the other as supervisor: the second link would close a loop.
    const auto bytes =
        crlf("BEGIN:VCARD\nVERSION:4.0\nFN:A\nORG:Loop "
             "Co\nUID:urn:uuid:bbbbbbbb-0000-4000-8000-000000000001\n"
             "X-LEVERAGE-SUPERVISOR:urn:uuid:bbbbbbbb-0000-4000-8000-000000000002\nEND:VCARD\n"
             "BEGIN:VCARD\nVERSION:4.0\nFN:B\nORG:Loop "
             "Co\nUID:urn:uuid:bbbbbbbb-0000-4000-8000-000000000002\n"
             "X-LEVERAGE-SUPERVISOR:urn:uuid:bbbbbbbb-0000-4000-8000-000000000001\nEND:VCARD\n");
    ContactImporter importer(*ws);
    auto preview = importer.preview(bytes);
    ASSERT_TRUE(preview.isOk());
    QSignalSpy added(&ws.get(), &Workspace::contactAdded);
    auto report = importer.apply(*preview, ContactImporter::Duplicates::Skip);
    ASSERT_FALSE(report.isOk());
    EXPECT_TRUE(report.message().contains(QLatin1String("line 8")))
        << report.message().toStdString();
    EXPECT_EQ(ws->contacts().count().value(), 0);
    EXPECT_EQ(ws->organizations().count().value(), 0);
    EXPECT_EQ(added.count(), 0) << "no signal for a change that was rolled back";
}

TEST(ContactExporter, ExportThenImportRebuildsContactsAndHierarchy)
{
    testing::TestWorkspace source;
    const RowId acme = addOrganization(*source, "Acme");
    const RowId other = addOrganization(*source, "Other Co");
    const RowId boss = addContact(*source, acme, "Boss Person");
    Contact worker;
    worker.organizationId = acme;
    worker.supervisorId = boss;
    worker.name = QStringLiteral("Worker Bee");
    worker.position = QStringLiteral("Agent");
    worker.department = QStringLiteral("Billing");
    worker.directLine = QStringLiteral("555-1000");
    worker.extension = QStringLiteral("42");
    worker.email = QStringLiteral("worker@acme.example");
    worker.preferredChannel = QStringLiteral("phone");
    worker.bestTime = QStringLiteral("mornings");
    worker.notes = QStringLiteral("Line one\nline two; with, punctuation\\");
    worker.isGateway = true;
    worker.rulesOfEngagement = QStringLiteral("Call first");
    ASSERT_TRUE(source->contacts().add(worker).isOk());
    addContact(*source, other, "Elsewhere Person");

    auto acmeOnly = ContactExporter(*source).cards(acme);
    ASSERT_TRUE(acmeOnly.isOk());
    EXPECT_EQ(acmeOnly->size(), 2);

    const QString path = source.directory() + QStringLiteral("/all.vcf");
    auto written = ContactExporter(*source).exportToFile(path);
    ASSERT_TRUE(written.isOk()) << written.message().toStdString();
    EXPECT_EQ(*written, 3);

    testing::TestWorkspace target;
    ContactImporter importer(*target);
    auto preview = importer.previewFile(path);
    ASSERT_TRUE(preview.isOk()) << preview.message().toStdString();
    auto report = importer.apply(*preview, ContactImporter::Duplicates::Skip);
    ASSERT_TRUE(report.isOk());
    EXPECT_EQ(report->created, 3);
    EXPECT_EQ(report->organizationsCreated, 2);

    auto acmeThere = target->organizations().findByName(QStringLiteral("Acme"));
    auto people = target->contacts().forOrganization((*acmeThere)->meta.id);
    ASSERT_EQ(people->size(), 2);
    Contact copied = people->at(1);
    Contact expected = worker;
    EXPECT_EQ(copied.meta.uuid, expected.meta.uuid);
    EXPECT_EQ(copied.supervisorId, people->at(0).meta.id);
    copied.meta = expected.meta;
    copied.organizationId = expected.organizationId;
    copied.supervisorId = expected.supervisorId;
    EXPECT_EQ(copied, expected);

    // Importing the same file again finds every card a duplicate.
    auto again = importer.previewFile(path);
    EXPECT_EQ(again->count(ImportPreview::Kind::Duplicate), 3);
}

} // namespace
} // namespace leverage
