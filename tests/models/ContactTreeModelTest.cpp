#include "ui/models/contacts/ContactTreeModel.h"
#include "core/services/RemovalSnapshot.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/WriteTransaction.h"
#include "tests/models/Seed.h"
#include "tests/support/TestWorkspace.h"
#include "ui/models/common/ModelRoles.h"
#include "ui/models/contacts/ContactIdsMime.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <gtest/gtest.h>
#include <memory>

using namespace leverage;
using leverage::models::ContactTreeModel;
using leverage::testing::Seed;
using leverage::testing::TestWorkspace;
using NodeKind = ContactTreeModel::Kind;

namespace {

class ContactTreeModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        northwind = Seed::organization(ws.get(), QStringLiteral("Northwind"));
        acme = Seed::organization(ws.get(), QStringLiteral("acme"));
        zed = Seed::organization(ws.get(), QStringLiteral("Zed Telecom"));
        boss = Seed::contact(ws.get(), northwind.meta.id, QStringLiteral("Morgan"), 0,
                             QStringLiteral("Manager"));
        agent = Seed::contact(ws.get(), northwind.meta.id, QStringLiteral("Dana"), boss.meta.id,
                              QStringLiteral("Agent"));
        trainee =
            Seed::contact(ws.get(), northwind.meta.id, QStringLiteral("Avery"), agent.meta.id);
        outsider = Seed::contact(ws.get(), acme.meta.id, QStringLiteral("Lee"), boss.meta.id);
    }

    QModelIndex org(const ContactTreeModel &model, const Organization &o)
    {
        return model.indexOfOrganization(o.meta.id);
    }
    QStringList names(const ContactTreeModel &model, const QModelIndex &parent)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(parent); ++row)
            result << model.index(row, 0, parent).data().toString();
        return result;
    }
    void expand(ContactTreeModel &model, const Organization &o)
    {
        const auto index = org(model, o);
        if (model.canFetchMore(index))
            model.fetchMore(index);
    }

    TestWorkspace ws;
    Organization northwind, acme, zed;
    Contact boss, agent, trainee, outsider;
};

} // namespace

TEST_F(ContactTreeModelTest, OrganizationsByNameAndPeopleUnderTheirSupervisorsOnExpand)
{
    ContactTreeModel model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(true);
    EXPECT_EQ(names(model, {}), (QStringList{"acme", "Northwind", "Zed Telecom"}));
    const auto nw = org(model, northwind);
    EXPECT_EQ(model.kindOf(nw), NodeKind::Organization);
    EXPECT_EQ(nw.data(models::KindRole).toInt(), int(NodeKind::Organization));
    EXPECT_EQ(nw.data(models::IdRole).value<RowId>(), northwind.meta.id);
    expand(model, northwind);
    EXPECT_FALSE(model.canFetchMore(nw));
    EXPECT_EQ(names(model, nw), QStringList{"Morgan"});
    const auto morgan = model.indexOfContact(boss.meta.id);
    EXPECT_EQ(model.parent(morgan), nw);
    EXPECT_EQ(names(model, morgan), QStringList{"Dana"});
    EXPECT_EQ(names(model, model.indexOfContact(agent.meta.id)), QStringList{"Avery"});
    expand(model, acme);
    EXPECT_EQ(names(model, org(model, acme)), QStringList{"Lee"})
        << "a supervisor in another organization leaves the person at the organization level";
    const auto dana = model.indexOfContact(agent.meta.id);
    EXPECT_EQ(
        model.index(dana.row(), ContactTreeModel::PositionColumn, dana.parent()).data().toString(),
        QStringLiteral("Agent"));
    EXPECT_EQ(
        model.index(dana.row(), ContactTreeModel::ExtensionColumn, dana.parent()).data().toString(),
        QStringLiteral("4411"));
    EXPECT_EQ(dana.data(models::OrganizationIdRole).value<RowId>(), northwind.meta.id);
    EXPECT_EQ(model.kindOf(dana), NodeKind::Contact);
    expand(model, zed);
    EXPECT_EQ(model.rowCount(org(model, zed)), 0);
    EXPECT_FALSE(model.hasChildren(org(model, zed)))
        << "once loaded, an empty organization says so";
}

TEST_F(ContactTreeModelTest, FollowsOrganizationAndContactChanges)
{
    ContactTreeModel model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(true); // the tester expands every organization it meets

    auto added = Seed::organization(ws.get(), QStringLiteral("Bolt Energy"));
    EXPECT_EQ(names(model, {}), (QStringList{"acme", "Bolt Energy", "Northwind", "Zed Telecom"}));
    added.name = QStringLiteral("Zz Last");
    ASSERT_TRUE(ws->organizations().update(added));
    EXPECT_EQ(names(model, {}).last(), QStringLiteral("Zz Last"));

    const auto newcomer =
        Seed::contact(ws.get(), northwind.meta.id, QStringLiteral("Bea"), boss.meta.id);
    EXPECT_EQ(names(model, model.indexOfContact(boss.meta.id)), (QStringList{"Bea", "Dana"}));

    // Dana now reports to no one: she and her trainee move up to the organization, as a move
    // (a view keeps her selected and her branch open).
    QPersistentModelIndex dana = model.indexOfContact(agent.meta.id);
    auto moved = *ws->contacts().get(agent.meta.id);
    moved.supervisorId = 0;
    ASSERT_TRUE(ws->contacts().update(moved));
    const auto nw = org(model, northwind);
    EXPECT_EQ(names(model, nw), (QStringList{"Dana", "Morgan"}));
    EXPECT_EQ(names(model, model.indexOfContact(agent.meta.id)), QStringList{"Avery"});
    EXPECT_EQ(QModelIndex(dana), model.indexOfContact(agent.meta.id));
    moved = *ws->contacts().get(agent.meta.id);
    moved.name = QStringLiteral("Zoe");
    ASSERT_TRUE(ws->contacts().update(moved));
    EXPECT_EQ(names(model, nw), (QStringList{"Morgan", "Zoe"}));
    EXPECT_EQ(QModelIndex(dana), model.indexOfContact(agent.meta.id)) << "a rename is a move";
    EXPECT_EQ(names(model, dana), QStringList{"Avery"});
    moved.supervisorId = trainee.meta.id;
    EXPECT_FALSE(ws->contacts().update(moved)) << "the store refuses a loop";
    moved = *ws->contacts().get(agent.meta.id);
    moved.name = QStringLiteral("Dana");
    ASSERT_TRUE(ws->contacts().update(moved));

    auto renamed = *ws->contacts().get(newcomer.meta.id);
    renamed.position = QStringLiteral("Supervisor");
    ASSERT_TRUE(ws->contacts().update(renamed));
    const auto bea = model.indexOfContact(newcomer.meta.id);
    EXPECT_EQ(
        model.index(bea.row(), ContactTreeModel::PositionColumn, bea.parent()).data().toString(),
        QStringLiteral("Supervisor"));

    // Moving to another organization.
    renamed.organizationId = zed.meta.id;
    renamed.supervisorId = 0;
    ASSERT_TRUE(ws->contacts().update(renamed));
    EXPECT_EQ(model.parent(model.indexOfContact(newcomer.meta.id)), org(model, zed));

    // Removing the boss through a snapshot (as the editor does) and undoing it.
    auto taken = RemovalSnapshot::take(ws.get(), RemovalSnapshot::Kind::Contact, boss.meta.id);
    ASSERT_TRUE(taken);
    EXPECT_FALSE(model.indexOfContact(boss.meta.id).isValid());
    ASSERT_TRUE(taken->restore(ws.get()));
    EXPECT_EQ(names(model, model.indexOfContact(boss.meta.id)), QStringList{})
        << "Dana left earlier";
    EXPECT_EQ(model.parent(model.indexOfContact(boss.meta.id)), org(model, northwind));

    auto org =
        RemovalSnapshot::take(ws.get(), RemovalSnapshot::Kind::Organization, northwind.meta.id);
    ASSERT_TRUE(org);
    EXPECT_FALSE(model.indexOfOrganization(northwind.meta.id).isValid());
    EXPECT_FALSE(model.indexOfContact(agent.meta.id).isValid());
    ASSERT_TRUE(org->restore(ws.get()));
    expand(model, northwind);
    EXPECT_TRUE(model.indexOfContact(trainee.meta.id).isValid());
    Q_EMIT ws->bulkChange();
    EXPECT_EQ(model.rowCount(), 4);
}

TEST_F(ContactTreeModelTest, DragsContactsAsIdsOnly)
{
    ContactTreeModel model(ws.get());
    expand(model, northwind);
    const auto nw = org(model, northwind);
    const auto morgan = model.indexOfContact(boss.meta.id);
    const auto dana = model.indexOfContact(agent.meta.id);
    EXPECT_TRUE(model.flags(morgan) & Qt::ItemIsDragEnabled);
    EXPECT_FALSE(model.flags(nw) & Qt::ItemIsDragEnabled);
    EXPECT_EQ(model.mimeTypes(),
              QStringList{QString::fromLatin1(ContactTreeModel::kContactIdsMimeType)});
    const auto danaPosition =
        model.index(dana.row(), ContactTreeModel::PositionColumn, dana.parent());
    std::unique_ptr<QMimeData> mime(model.mimeData({morgan, dana, danaPosition, nw}));
    ASSERT_TRUE(mime);
    EXPECT_EQ(mime->data(QString::fromLatin1(ContactTreeModel::kContactIdsMimeType)),
              QByteArray::number(boss.meta.id) + '\n' + QByteArray::number(agent.meta.id));
    EXPECT_EQ(ContactTreeModel::contactIdsFromMime(mime.get()),
              (QList<RowId>{boss.meta.id, agent.meta.id}));
    EXPECT_EQ(model.mimeData({nw}), nullptr) << "an organization alone is not a contact drag";
    EXPECT_EQ(models::ContactIdsMime::encode({}), nullptr);
    std::unique_ptr<QMimeData> one(models::ContactIdsMime::encode({42}));
    EXPECT_EQ(one->data(QString::fromLatin1(models::ContactIdsMime::kType)), QByteArray("42"));
    QMimeData junk;
    junk.setData(QString::fromLatin1(ContactTreeModel::kContactIdsMimeType),
                 "12\nnot a number\n-4\n");
    EXPECT_EQ(ContactTreeModel::contactIdsFromMime(&junk), QList<RowId>{12});
}

TEST_F(ContactTreeModelTest, LoadsOnlyTheExpandedOrganizationOfAHeavyWorkspace)
{
    QList<Organization> organizations;
    WriteTransaction batch(ws.get());
    for (int o = 0; o < 40; ++o) {
        organizations << Seed::organization(
            ws.get(), QStringLiteral("Org %1").arg(o, 2, 10, QLatin1Char('0')));
        RowId supervisor = 0;
        for (int c = 0; c < 50; ++c) {
            const auto contact =
                Seed::contact(ws.get(), organizations.last().meta.id,
                              QStringLiteral("Person %1").arg(c), c % 10 ? supervisor : 0);
            if (c % 10 == 0)
                supervisor = contact.meta.id;
        }
    }
    ASSERT_TRUE(batch.commit());
    ContactTreeModel model(ws.get());
    EXPECT_EQ(model.rowCount(), 43);
    EXPECT_TRUE(model.hasChildren(org(model, organizations.at(7))));
    EXPECT_EQ(model.rowCount(org(model, organizations.at(7))), 0) << "not loaded before expanding";
    expand(model, organizations.at(7));
    EXPECT_EQ(model.rowCount(org(model, organizations.at(7))), 5)
        << "five teams of a lead and nine";
    int people = 0;
    for (int row = 0; row < 5; ++row)
        people += 1 + model.rowCount(model.index(row, 0, org(model, organizations.at(7))));
    EXPECT_EQ(people, 50);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(true);
}

TEST_F(ContactTreeModelTest, PeopleWithoutAnOrganizationAreListedLast)
{
    ContactTreeModel model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(true);
    EXPECT_FALSE(model.indexOfOrganization(0).isValid()) << "no such row until someone needs it";

    const auto stranger = Seed::contact(ws.get(), 0, QStringLiteral("Robin"));
    const auto unplaced = model.indexOfOrganization(0);
    ASSERT_TRUE(unplaced.isValid());
    EXPECT_EQ(unplaced.row(), model.rowCount() - 1);
    EXPECT_EQ(unplaced.data().toString(), QStringLiteral("No organization"));
    EXPECT_EQ(names(model, unplaced), QStringList{"Robin"});

    auto freelancer = *ws->contacts().get(outsider.meta.id);
    freelancer.organizationId = 0;
    freelancer.supervisorId = 0;
    ASSERT_TRUE(ws->contacts().update(freelancer));
    EXPECT_EQ(names(model, model.indexOfOrganization(0)), (QStringList{"Lee", "Robin"}));
    EXPECT_EQ(names(model, org(model, acme)), QStringList{});

    Seed::organization(ws.get(), QStringLiteral("Zzz Last Name"));
    EXPECT_EQ(model.indexOfOrganization(0).row(), model.rowCount() - 1) << "still last";

    ContactTreeModel reloaded(ws.get());
    EXPECT_EQ(names(reloaded, reloaded.indexOfOrganization(0)), (QStringList{"Lee", "Robin"}));
    EXPECT_EQ(reloaded.indexOfContact(stranger.meta.id).parent(), reloaded.indexOfOrganization(0));
}
