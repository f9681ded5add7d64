#include "ui/models/outcomes/OutcomesReport.h"

#include "core/store/OutcomeFactsReader.h"
#include "core/store/Workspace.h"

namespace leverage::models {
namespace {

constexpr OutcomesReport::Grouping kGroupings[] = {
    OutcomesReport::Grouping::Organization, OutcomesReport::Grouping::Month,
    OutcomesReport::Grouping::Contact, OutcomesReport::Grouping::TroubleByOrganization,
    OutcomesReport::Grouping::TroubleByCase};

} // namespace

OutcomesReport::OutcomesReport(Workspace &workspace, QObject *parent)
    : QObject(parent), LoadStatus(tr("the outcome figures")), m_workspace(workspace),
      m_figures(std::make_shared<outcomes::OutcomeFigures>())
{
    for (const auto grouping : kGroupings)
        m_models[int(grouping)] = new OutcomeTableModel(grouping, this);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &OutcomesReport::reload);
    // Whatever the figures count: cases, their entries, promises and outcomes (a closed case
    // is a caseChanged), and whole-workspace changes.
    const auto later = [this] { scheduleReload(); };
    connect(&workspace, &Workspace::caseAdded, this, later);
    connect(&workspace, &Workspace::caseChanged, this, later);
    connect(&workspace, &Workspace::caseRemoved, this, later);
    connect(&workspace, &Workspace::organizationChanged, this, later);
    connect(&workspace, &Workspace::contactChanged, this, later);
    connect(&workspace, &Workspace::entryAdded, this, later);
    connect(&workspace, &Workspace::entryChanged, this, later);
    connect(&workspace, &Workspace::entryRemoved, this, later);
    connect(&workspace, &Workspace::commitmentAdded, this, later);
    connect(&workspace, &Workspace::commitmentChanged, this, later);
    connect(&workspace, &Workspace::commitmentRemoved, this, later);
    connect(&workspace, &Workspace::bulkChange, this, later);
}

void OutcomesReport::scheduleReload()
{
    if (wasRead())
        m_reloadTimer.start();
}

void OutcomesReport::reload()
{
    auto facts = OutcomeFactsReader(m_workspace).read(contactsWanted());
    m_contactsRead = contactsWanted();
    if (!facts) {
        m_grouper = outcomes::OutcomeGrouper();
        markFailed(facts.message());
    } else {
        m_grouper = outcomes::OutcomeGrouper(std::move(*facts));
        markLoaded();
    }
    regroup();
}

void OutcomesReport::setInView(std::optional<Grouping> grouping)
{
    if (grouping == m_inView)
        return;
    m_inView = grouping;
    if (!wasRead())
        return;
    if (contactsWanted() && !m_contactsRead) {
        outcomes::OutcomeFacts contacts;
        if (auto status = OutcomeFactsReader(m_workspace).addContacts(contacts); !status) {
            markFailed(status.message());
            return;
        }
        m_grouper.setContacts(std::move(contacts.contacts), std::move(contacts.contactCases));
        m_contactsRead = true;
    }
    if ((m_grouped & partsWanted()) != partsWanted()) {
        regroup(); // the figures themselves lack what the tab shows
        return;
    }
    bool built = false;
    for (const auto g : kGroupings)
        if (m_stale[int(g)] && (!m_inView || g == *m_inView)) {
            buildTable(g);
            built = true;
        }
    if (built)
        Q_EMIT figuresChanged();
}

void OutcomesReport::setFilter(const outcomes::OutcomeFilter &filter)
{
    m_filter = filter;
    regroup();
}

void OutcomesReport::regroup()
{
    m_grouped = partsWanted();
    m_figures = std::make_shared<outcomes::OutcomeFigures>(m_grouper.figures(m_filter, m_grouped));
    for (const auto grouping : kGroupings) {
        if (m_inView && grouping != *m_inView)
            m_stale[int(grouping)] = true; // built when its tab comes into view
        else
            buildTable(grouping);
    }
    Q_EMIT figuresChanged();
}

void OutcomesReport::buildTable(Grouping grouping)
{
    m_models[int(grouping)]->setFigures(m_figures);
    m_stale[int(grouping)] = false;
}

outcomes::OutcomeGrouper::Parts OutcomesReport::partsWanted() const
{
    using Part = outcomes::OutcomeGrouper::Part;
    if (!m_inView)
        return outcomes::OutcomeGrouper::allParts();
    switch (*m_inView) {
    case Grouping::Month:
        return Part::Months;
    case Grouping::Contact:
        return Part::Contacts;
    case Grouping::TroubleByCase:
        return Part::CaseTrouble;
    default:
        return {}; // the organizations are always there
    }
}

outcomes::OutcomeTable OutcomesReport::table(Grouping grouping) const
{
    return m_models[int(grouping)]->table();
}

OutcomeTableModel *OutcomesReport::model(Grouping grouping) const
{
    return m_models[int(grouping)];
}

QList<QPair<RowId, QString>> OutcomesReport::organizations() const
{
    QList<QPair<RowId, QString>> found;
    for (const auto &[id, name] : m_grouper.organizations())
        if (id > 0)
            found.append({id, name});
    return found;
}

QStringList OutcomesReport::sectors() const
{
    return m_grouper.sectors();
}

} // namespace leverage::models
