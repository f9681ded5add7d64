#include "ui/models/search/SearchResultsModel.h"

#include <QAbstractItemModelTester>
#include <gtest/gtest.h>

using namespace leverage;
using leverage::models::SearchResultsModel;

namespace {

SearchHit hit(SearchKind kind, qint64 id, const QString &snippet)
{
    SearchHit h;
    h.kind = kind;
    h.id = id;
    h.caseId = kind == SearchKind::Contact ? 0 : 7;
    h.caseTitle = QStringLiteral("Lost bag");
    h.people = QStringLiteral("Jürgen Müller");
    h.atMs = QDateTime(QDate(2026, 3, 1), QTime(10, 0)).toMSecsSinceEpoch();
    h.snippet = snippet;
    return h;
}

TEST(SearchResultsModelTest, GroupsByKindUnderHeadingsKeepingTheOrderWithinAGroup)
{
    SearchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QChar on = SearchHit::kHighlightStart;
    const QChar off = SearchHit::kHighlightEnd;
    model.setHits(
        {hit(SearchKind::Entry, 3, QStringLiteral("the ") + on + QStringLiteral("refund") + off),
         hit(SearchKind::Contact, 9, QStringLiteral("Jürgen <Müller>")),
         hit(SearchKind::Entry, 1, QStringLiteral("second")),
         hit(SearchKind::Case, 7, QStringLiteral("Lost bag"))});
    ASSERT_EQ(model.rowCount(), 7); // 3 headings, 4 hits
    EXPECT_EQ(model.hitCount(), 4);
    const auto at = [&](int row, int role) { return model.index(row).data(role); };
    EXPECT_TRUE(at(0, SearchResultsModel::IsHeaderRole).toBool());
    EXPECT_EQ(at(0, Qt::DisplayRole).toString(), QStringLiteral("Cases (1)"));
    EXPECT_EQ(at(1, SearchResultsModel::IdRole).toLongLong(), 7);
    EXPECT_EQ(at(2, Qt::DisplayRole).toString(), QStringLiteral("Timeline entries (2)"));
    EXPECT_EQ(at(3, SearchResultsModel::IdRole).toLongLong(), 3);
    EXPECT_EQ(at(4, SearchResultsModel::IdRole).toLongLong(), 1);
    EXPECT_EQ(at(6, SearchResultsModel::KindRole).toInt(), int(SearchKind::Contact));
    EXPECT_EQ(at(6, SearchResultsModel::DetailRole).toString(), QStringLiteral("Jürgen Müller"));
    // Matched words in bold, everything else escaped; the plain text has no markers.
    EXPECT_EQ(at(3, SearchResultsModel::SnippetHtmlRole).toString(),
              QStringLiteral("the <b>refund</b>"));
    EXPECT_EQ(at(3, Qt::DisplayRole).toString(), QStringLiteral("the refund"));
    EXPECT_EQ(at(6, SearchResultsModel::SnippetHtmlRole).toString(),
              QStringLiteral("Jürgen &lt;Müller&gt;"));
    EXPECT_TRUE(
        at(3, SearchResultsModel::DetailRole).toString().startsWith(QStringLiteral("Lost bag · ")));
    EXPECT_TRUE(
        at(3, SearchResultsModel::DetailRole).toString().endsWith(QStringLiteral("Jürgen Müller")));
    // Headings are never current: they cannot be selected, and moving skips them.
    EXPECT_FALSE(model.flags(model.index(0)).testFlag(Qt::ItemIsSelectable));
    EXPECT_TRUE(model.flags(model.index(1)).testFlag(Qt::ItemIsSelectable));
    EXPECT_EQ(model.hitRowFrom(2, 1), 3);
    EXPECT_EQ(model.hitRowFrom(2, -1), 1);
    EXPECT_EQ(model.hitRowFrom(0, -1), -1);
    EXPECT_EQ(model.hitAt(model.index(0)), nullptr);
    ASSERT_NE(model.hitAt(model.index(4)), nullptr);
    EXPECT_EQ(model.hitAt(model.index(4))->id, 1);

    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.hitRowFrom(0, 1), -1);
}

} // namespace
