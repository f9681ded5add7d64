#include "ui/outcomes/OutcomeCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHash>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QSet>
#include <QToolTip>
#include <QValueAxis>
#include <cmath>

namespace leverage::ui {
namespace {

using namespace outcomes;

// Two bars side by side must differ by more than hue: a solid fill and a hatched one, dark
// and light, readable in grey and by people who do not see red and green apart.
QBarSet *barSet(const QString &label, int style)
{
    auto *set = new QBarSet(label);
    static const QColor colours[] = {QColor(0x1f, 0x4e, 0x79), QColor(0xe0, 0x8a, 0x1e),
                                     QColor(0x6a, 0x6a, 0x6a), QColor(0x2e, 0x7d, 0x32)};
    static const Qt::BrushStyle patterns[] = {Qt::SolidPattern, Qt::BDiagPattern, Qt::Dense4Pattern,
                                              Qt::CrossPattern};
    constexpr int kStyles = 4;
    set->setBrush(QBrush(colours[style % kStyles], patterns[style % kStyles]));
    set->setPen(QPen(colours[style % kStyles].darker(130), 1));
    set->setLabelColor(Qt::black);
    return set;
}

// Hovering a bar shows its set, category and value.
void explainOnHover(QBarSet *set, const QStringList &categories, const QString &unit)
{
    QObject::connect(set, &QBarSet::hovered, set, [set, categories, unit](bool on, int index) {
        if (!on || index < 0 || index >= categories.size()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), QStringLiteral("%1\n%2: %3%4")
                                               .arg(categories.at(index), set->label())
                                               .arg(set->at(index), 0, 'f', unit.isEmpty() ? 0 : 2)
                                               .arg(unit));
    });
}

QChart *emptyChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

// Room past the longest bar for its label, from zero; counts get whole-number ticks.
void niceRange(QValueAxis *axis, double most, bool counts)
{
    if (counts) {
        const int top = std::max(1, int(std::ceil(most * 1.15)));
        axis->setRange(0, top);
        axis->setLabelFormat(QStringLiteral("%d"));
        if (top <= 10)
            axis->setTickCount(top + 1);
        else
            axis->applyNiceNumbers();
        return;
    }
    axis->setRange(0, most > 0 ? most * 1.15 : 1);
    axis->applyNiceNumbers();
    axis->setLabelFormat(axis->max() >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
}

void attachCategoryAxes(QChart *chart, QAbstractSeries *series, const QStringList &categories,
                        Qt::Alignment categoryAt, const QString &valueTitle, bool counts)
{
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(valueTitle);
    const bool horizontal = categoryAt == Qt::AlignLeft;
    chart->addAxis(categoryAxis, categoryAt);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    niceRange(valueAxis, valueAxis->max(), counts);
}

double units(qint64 minor)
{
    return double(minor) / 100.0;
}

// The rows a chart draws, in the table's order: all of them, or on a large workspace the
// `limit` that weigh the most (hundreds of bars are neither readable nor quick to lay out;
// the table beside the chart has every one).
template <typename Row, typename Weight>
std::vector<const Row *> heaviest(std::vector<const Row *> rows, int limit, Weight weight)
{
    if (rows.size() <= std::size_t(limit))
        return rows;
    auto most = rows;
    std::stable_sort(most.begin(), most.end(),
                     [&weight](const Row *a, const Row *b) { return weight(*a) > weight(*b); });
    most.resize(std::size_t(limit));
    const QSet<const Row *> kept(most.begin(), most.end());
    std::erase_if(rows, [&kept](const Row *row) { return !kept.contains(row); });
    return rows;
}

std::vector<const OrganizationFigures *> chartedOrganizations(const OutcomeFigures &figures)
{
    std::vector<const OrganizationFigures *> rows;
    for (const auto &row : figures.organizations)
        rows.push_back(&row);
    return heaviest(std::move(rows), OutcomeCharts::kOrganizationsCharted,
                    [](const OrganizationFigures &row) { return row.cases; });
}

// A chart's title, saying when it draws only some of the rows and which (`which`: the title,
// how many are drawn and of how many, as %1, %2 and %3).
QString limitedTitle(const QString &title, std::size_t shown, std::size_t of, const QString &which)
{
    return shown == of ? title : which.arg(title).arg(shown).arg(of);
}

QString organizationsTitle(const QString &title, const OutcomeFigures &figures, std::size_t shown)
{
    return limitedTitle(title, shown, figures.organizations.size(),
                        QObject::tr("%1: the %2 with the most cases (of %3; all in the table)"));
}

} // namespace

QStringList OutcomeCharts::currencies(const OutcomeFigures &figures)
{
    // The currency most organizations have amounts in first: the one a chart opens with.
    QHash<QString, int> uses;
    for (const auto &row : figures.organizations)
        for (const auto *totals : {&row.sought, &row.received})
            for (auto it = totals->begin(); it != totals->end(); ++it)
                if (it.value() != 0)
                    ++uses[it.key()];
    QStringList codes = uses.keys();
    std::sort(codes.begin(), codes.end(), [&uses](const QString &a, const QString &b) {
        return uses.value(a) != uses.value(b) ? uses.value(a) > uses.value(b) : a < b;
    });
    return codes;
}

QChart *OutcomeCharts::organizations(const OutcomeFigures &figures, const QString &currency)
{
    const auto charted = chartedOrganizations(figures);
    auto *chart = emptyChart(
        organizationsTitle(QObject::tr("Sought and received per organization (%1)").arg(currency),
                           figures, charted.size()));
    QStringList categories;
    auto *sought = barSet(QObject::tr("Sought"), 1);
    auto *received = barSet(QObject::tr("Received"), 0);
    // Bottom to top in a horizontal chart: the first organization goes on top.
    for (auto row = charted.rbegin(); row != charted.rend(); ++row) {
        const auto *it = *row;
        const auto share = it->shareResolved();
        const QString name = it->name.isEmpty() ? QObject::tr("(no organization)") : it->name;
        categories << (share ? QObject::tr("%1 — %2 of %3 closed resolved")
                                   .arg(name)
                                   .arg(it->resolved)
                                   .arg(it->closed)
                             : QObject::tr("%1 — none closed").arg(name));
        *sought << units(it->sought.value(currency));
        *received << units(it->received.value(currency));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(sought);
    series->append(received);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    series->setBarWidth(0.8);
    attachCategoryAxes(chart, series, categories, Qt::AlignLeft, currency, false);
    explainOnHover(sought, categories, QLatin1Char(' ') + currency);
    explainOnHover(received, categories, QLatin1Char(' ') + currency);
    return chart;
}

QChart *OutcomeCharts::months(const OutcomeFigures &figures, const QString &currency)
{
    auto *chart = emptyChart(QObject::tr("Cases and money received per month"));
    QStringList categories;
    auto *opened = barSet(QObject::tr("Cases opened"), 2);
    auto *closed = barSet(QObject::tr("Cases closed"), 0);
    auto *money = new QLineSeries;
    money->setName(QObject::tr("Received (%1), right axis").arg(currency));
    // Its numbers on hover and in the table: point labels would sit on the bars' labels.
    money->setPointsVisible(true);
    money->setPen(QPen(QColor(0xe0, 0x8a, 0x1e), 2, Qt::DashLine));
    double most = 0;
    for (const auto &month : figures.months) {
        categories << QLocale().toString(month.month, QStringLiteral("MMM yyyy"));
        *opened << month.opened;
        *closed << month.closed;
        const double amount = units(month.received.value(currency));
        money->append(double(categories.size() - 1), amount);
        most = std::max(most, amount);
    }
    const bool crowded = categories.size() > kMonthsLabelled;
    auto *bars = new QBarSeries;
    bars->append(opened);
    bars->append(closed);
    bars->setLabelsVisible(!crowded); // else in the tooltip and the table
    chart->addSeries(bars);
    chart->addSeries(money);
    attachCategoryAxes(chart, bars, categories, Qt::AlignBottom, QObject::tr("Cases"), true);
    auto *monthAxis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).constFirst());
    if (crowded)
        monthAxis->setLabelsAngle(-90);
    money->attachAxis(monthAxis);
    auto *moneyAxis = new QValueAxis;
    moneyAxis->setTitleText(currency);
    chart->addAxis(moneyAxis, Qt::AlignRight);
    money->attachAxis(moneyAxis);
    niceRange(moneyAxis, most, false);
    QObject::connect(money, &QLineSeries::hovered, money,
                     [categories, currency](const QPointF &point, bool on) {
                         const int index = int(std::lround(point.x()));
                         if (!on || index < 0 || index >= categories.size())
                             return QToolTip::hideText();
                         QToolTip::showText(QCursor::pos(), QObject::tr("%1\nReceived: %2 %3")
                                                                .arg(categories.at(index), currency)
                                                                .arg(point.y(), 0, 'f', 2));
                     });
    explainOnHover(opened, categories, {});
    explainOnHover(closed, categories, {});
    return chart;
}

QChart *OutcomeCharts::contacts(const OutcomeFigures &figures)
{
    // Those who made a promise; the others are in the table, with the cases they helped.
    std::vector<const ContactFigures *> promised;
    for (const auto &row : figures.contacts)
        if (row.promisesKept + row.promisesBroken > 0)
            promised.push_back(&row);
    const std::size_t everyone = promised.size();
    const auto charted =
        heaviest(std::move(promised), kContactsCharted,
                 [](const ContactFigures &row) { return row.promisesKept + row.promisesBroken; });
    auto *chart = emptyChart(
        everyone == 0
            ? QObject::tr("Promises kept and broken per contact: no one made a promise in these "
                          "cases (the table has who took part)")
            : limitedTitle(
                  QObject::tr("Promises kept and broken per contact (those who made one)"),
                  charted.size(), everyone,
                  QObject::tr("%1: the %2 with the most promises (of %3; all in the table)")));
    QStringList categories;
    auto *kept = barSet(QObject::tr("Kept"), 0);
    auto *broken = barSet(QObject::tr("Broken"), 1);
    // Bottom to top in a horizontal chart: the first contact goes on top.
    for (auto row = charted.rbegin(); row != charted.rend(); ++row) {
        const auto *it = *row;
        categories << (it->organizationName.isEmpty()
                           ? it->name
                           : QStringLiteral("%1 (%2)").arg(it->name, it->organizationName));
        *kept << it->promisesKept;
        *broken << it->promisesBroken;
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(kept);
    series->append(broken);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    series->setBarWidth(0.7);
    attachCategoryAxes(chart, series, categories, Qt::AlignLeft, QObject::tr("Promises"), true);
    explainOnHover(kept, categories, {});
    explainOnHover(broken, categories, {});
    return chart;
}

QChart *OutcomeCharts::effort(const OutcomeFigures &figures)
{
    const auto charted = chartedOrganizations(figures);
    auto *chart = emptyChart(organizationsTitle(
        QObject::tr("What each organization makes people go through"), figures, charted.size()));
    QStringList categories;
    auto *hold = barSet(QObject::tr("Hours on hold per case"), 1);
    auto *calls = barSet(QObject::tr("Hours on calls per case"), 0);
    for (auto row = charted.rbegin(); row != charted.rend(); ++row) {
        const auto *it = *row;
        const QString name = it->name.isEmpty() ? QObject::tr("(no organization)") : it->name;
        const QString contacts =
            QObject::tr("%1 — %2 contacts a case")
                .arg(name)
                .arg(double(it->trouble.contacts()) / std::max(1, it->cases), 0, 'f', 1);
        categories << (it->averageEffort ? QObject::tr("%1, effort %2 of 5")
                                               .arg(contacts)
                                               .arg(*it->averageEffort, 0, 'f', 1)
                                         : contacts);
        *hold << it->holdHoursPerCase;
        *calls << it->callHoursPerCase;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(hold);
    series->append(calls);
    series->setLabelsVisible(true);
    series->setLabelsPrecision(2);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    series->setBarWidth(0.8);
    attachCategoryAxes(chart, series, categories, Qt::AlignLeft, QObject::tr("Hours"), false);
    explainOnHover(hold, categories, QObject::tr(" h"));
    explainOnHover(calls, categories, QObject::tr(" h"));
    return chart;
}

QChart *OutcomeCharts::cases(const OutcomeFigures &figures)
{
    const int shown = int(std::min<std::size_t>(figures.caseTrouble.size(), kCasesCharted));
    auto *chart = emptyChart(
        shown < int(figures.caseTrouble.size())
            ? QObject::tr("The %1 cases that took the most contacts (of %2; all in the table)")
                  .arg(shown)
                  .arg(figures.caseTrouble.size())
            : QObject::tr("Contacts each case took"));
    QStringList categories;
    auto *calls = barSet(QObject::tr("Calls"), 0);
    auto *emails = barSet(QObject::tr("E-mails"), 1);
    auto *letters = barSet(QObject::tr("Letters"), 2);
    auto *visits = barSet(QObject::tr("Visits and chats"), 3);
    // Bottom to top: the case that took the most goes on top.
    for (int i = shown - 1; i >= 0; --i) {
        const auto &row = figures.caseTrouble[std::size_t(i)];
        const auto &trouble = row.trouble;
        // Short enough to stay whole beside the bars: the title's start, the days and minutes.
        const QString title =
            row.title.size() > 30 ? row.title.left(29).trimmed() + QChar(0x2026) : row.title;
        categories << QObject::tr("%1 — %2 days, %3 min of calls")
                          .arg(title)
                          .arg(trouble.daysOpen)
                          .arg(trouble.callMinutes());
        *calls << trouble.calls;
        *emails << trouble.emails;
        *letters << trouble.letters;
        *visits << trouble.visits + trouble.chats;
    }
    auto *series = new QHorizontalStackedBarSeries;
    for (auto *set : {calls, emails, letters, visits}) {
        series->append(set);
        explainOnHover(set, categories, {});
    }
    series->setLabelsVisible(true);
    chart->addSeries(series);
    series->setBarWidth(0.7);
    attachCategoryAxes(chart, series, categories, Qt::AlignLeft, QObject::tr("Contacts"), true);
    return chart;
}

} // namespace leverage::ui
