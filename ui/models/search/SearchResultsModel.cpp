#include "ui/models/search/SearchResultsModel.h"

#include "ui/models/common/LocalTimeText.h"

#include <QDateTime>
#include <array>

namespace leverage::models {
namespace {

constexpr std::array<SearchKind, 7> kGroupOrder{
    SearchKind::Case,    SearchKind::Entry,        SearchKind::Commitment, SearchKind::FollowUp,
    SearchKind::Contact, SearchKind::Organization, SearchKind::Letter};

QString detail(const SearchHit &hit)
{
    // A person or an organization: who it is (the snippet may be their position or notes);
    // the date of their last edit would say nothing.
    if (hit.kind == SearchKind::Contact || hit.kind == SearchKind::Organization)
        return hit.people;
    QStringList parts;
    if (!hit.caseTitle.isEmpty()) // a case's own title too: its snippet may be its outcome
        parts << hit.caseTitle;
    if (hit.atMs)
        parts << shortDate(QDateTime::fromMSecsSinceEpoch(hit.atMs).date());
    if (!hit.people.isEmpty())
        parts << hit.people;
    return parts.join(QStringLiteral(" · "));
}

} // namespace

SearchResultsModel::SearchResultsModel(QObject *parent) : QAbstractListModel(parent) {}

void SearchResultsModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_rows.clear();
    m_hitCount = hits.size();
    for (const auto kind : kGroupOrder) {
        const auto headerRow = m_rows.size();
        int count = 0;
        for (const auto &hit : hits) {
            if (hit.kind != kind)
                continue;
            if (count++ == 0)
                m_rows << Row{true, kind, 0, {}};
            m_rows << Row{false, kind, 0, hit};
        }
        if (count > 0)
            m_rows[headerRow].count = count;
    }
    endResetModel();
}

void SearchResultsModel::clear()
{
    setHits({});
}

const SearchHit *SearchResultsModel::hitAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || m_rows[index.row()].header)
        return nullptr;
    return &m_rows[index.row()].hit;
}

int SearchResultsModel::hitRowFrom(int row, int step) const
{
    for (int r = row; r >= 0 && r < m_rows.size(); r += step)
        if (!m_rows[r].header)
            return r;
    return -1;
}

QString SearchResultsModel::kindTitle(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Case:
        return tr("Cases");
    case SearchKind::Entry:
        return tr("Timeline entries");
    case SearchKind::Commitment:
        return tr("Promises");
    case SearchKind::FollowUp:
        return tr("Follow-ups");
    case SearchKind::Contact:
        return tr("Contacts");
    case SearchKind::Organization:
        return tr("Organizations");
    case SearchKind::Letter:
        return tr("Letters");
    }
    return {};
}

QString SearchResultsModel::snippetHtml(const QString &snippet)
{
    return snippet.toHtmlEscaped()
        .replace(SearchHit::kHighlightStart, QLatin1String("<b>"))
        .replace(SearchHit::kHighlightEnd, QLatin1String("</b>"));
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto &row = m_rows[index.row()];
    if (row.header) {
        switch (role) {
        case Qt::DisplayRole:
            return QStringLiteral("%1 (%2)").arg(kindTitle(row.kind)).arg(row.count);
        case IsHeaderRole:
            return true;
        case KindRole:
            return int(row.kind);
        default:
            return {};
        }
    }
    const auto &hit = row.hit;
    QString plain = hit.snippet;
    plain.remove(SearchHit::kHighlightStart).remove(SearchHit::kHighlightEnd);
    switch (role) {
    case Qt::DisplayRole:
        return plain;
    case Qt::ToolTipRole:
    case DetailRole:
        return detail(hit);
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1, %2").arg(plain, detail(hit));
    case IsHeaderRole:
        return false;
    case KindRole:
        return int(hit.kind);
    case IdRole:
        return hit.id;
    case CaseIdRole:
        return hit.caseId;
    case SnippetHtmlRole:
        return snippetHtml(hit.snippet);
    default:
        return {};
    }
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return Qt::NoItemFlags;
    if (m_rows[index.row()].header)
        return Qt::ItemIsEnabled; // a heading: shown, never current
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IsHeaderRole, "isHeader");
    names.insert(KindRole, "kind");
    names.insert(IdRole, "itemId");
    names.insert(CaseIdRole, "caseId");
    names.insert(SnippetHtmlRole, "snippetHtml");
    names.insert(DetailRole, "detail");
    return names;
}

} // namespace leverage::models
