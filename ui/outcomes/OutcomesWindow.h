#pragma once

#include "core/util/Result.h"
#include "ui/models/outcomes/OutcomesReport.h"

#include <QWidget>

class QCheckBox;
class QChartView;
class QComboBox;
class QDateTimeEdit;
class QTabWidget;
class QTableView;

namespace leverage::ui {

// The Outcomes window (issue 22): what each company paid out, month by month, contact by
// contact, and what it cost in effort; one chart and a table with the same figures per tab
// (the table for screen readers and copying), all under one filter. A window of its own,
// not a dock: charts need width and height that a dock beside the cases would not give, and
// it looks back over every case rather than following the selected one.
class OutcomesWindow final : public QWidget
{
    Q_OBJECT

public:
    enum class Tab
    {
        Organizations,
        Months,
        Contacts,
        Effort, // time and trouble per organization
        Cases   // time and trouble per case
    };
    static constexpr int kTabCount = 5;
    // The rows (besides those in view) a table measures for its column widths.
    static constexpr int kRowsMeasured = 100;

    OutcomesWindow(Workspace &workspace, models::ErrorReporter &reporter,
                   QWidget *parent = nullptr);

    models::OutcomesReport &report() { return m_report; }
    void showTab(Tab tab);
    Tab currentTab() const;
    QChartView *chartView(Tab tab) const { return m_charts[int(tab)]; }
    QTableView *tableView(Tab tab) const { return m_tables[int(tab)]; }

    // The current tab's chart as PNG or SVG (by the file's suffix), its figures as CSV.
    Status exportChart(const QString &path) const;
    Status exportCsv(const QString &path) const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildFilters();
    void applyFilter();
    void refillChoices();
    void redraw();
    void chooseAndExport(const QString &format);

    models::OutcomesReport m_report;
    models::ErrorReporter &m_reporter;
    QCheckBox *m_useFrom;
    QDateTimeEdit *m_from;
    QCheckBox *m_useTo;
    QDateTimeEdit *m_to;
    QComboBox *m_organization;
    QComboBox *m_sector;
    QComboBox *m_status;
    QComboBox *m_currency;
    QTabWidget *m_tabs;
    QChartView *m_charts[kTabCount];
    QTableView *m_tables[kTabCount];
    bool m_refilling = false;
};

} // namespace leverage::ui
