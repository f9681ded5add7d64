#include "ui/clocks/ClockRulesDialog.h"

#include "core/store/DocumentFile.h"
#include "ui/clocks/ClockRuleDialog.h"
#include "ui/models/clocks/ClockEditor.h"
#include "ui/models/clocks/ClockRuleListModel.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace leverage::ui {

using models::ClockRuleListModel;
using Origin = clocks::ClockRuleSet::Origin;

ClockRulesDialog::ClockRulesDialog(Workspace &workspace, models::ClockEditor &editor,
                                   QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_editor(editor),
      m_model(new ClockRuleListModel(workspace, this)), m_view(new QTableView(this)),
      m_message(new QLabel(this)), m_add(new QPushButton(tr("&Add…"), this)),
      m_edit(new QPushButton(tr("&Edit…"), this)), m_hide(new QPushButton(tr("Switch &Off"), this)),
      m_reset(new QPushButton(tr("&Reset"), this))
{
    setWindowTitle(tr("Clock Rules"));
    setObjectName(QStringLiteral("clockRulesDialog"));
    m_view->setObjectName(QStringLiteral("clockRulesView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->resizeColumnsToContents();
    // Long lists of sectors are elided (the tooltip and Edit have them whole).
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), 300));
    m_message->setObjectName(QStringLiteral("clockRulesMessage"));
    m_message->setWordWrap(true);
    m_reset->setToolTip(tr("A shipped rule as shipped again; your own rule removed"));

    auto *importButton = new QPushButton(tr("&Import…"), this);
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    auto *row = new QHBoxLayout;
    for (auto *button : {m_add, m_edit, m_hide, m_reset})
        row->addWidget(button);
    row->addStretch(1);
    row->addWidget(importButton);
    row->addWidget(exportButton);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(tr("Shipped rules are marked confirmed when found in the rule's own "
                                "text or a regulator's page. Your edits and own rules stay in "
                                "this workspace when a newer Leverage ships new rules."),
                             this);
    about->setWordWrap(true);
    layout->addWidget(about);
    layout->addWidget(m_view, 1);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(980, 560);

    connect(m_add, &QPushButton::clicked, this, &ClockRulesDialog::addRule);
    connect(m_edit, &QPushButton::clicked, this, &ClockRulesDialog::editRule);
    connect(m_hide, &QPushButton::clicked, this, &ClockRulesDialog::toggleHidden);
    connect(m_reset, &QPushButton::clicked, this, &ClockRulesDialog::resetRule);
    connect(importButton, &QPushButton::clicked, this, [this] { importRules(); });
    connect(exportButton, &QPushButton::clicked, this, [this] { exportRules(); });
    connect(m_view, &QAbstractItemView::activated, this, [this] { editRule(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClockRulesDialog::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClockRulesDialog::updateActions);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateActions();
    m_view->setFocus(); // the keys start in the list, not nowhere
}

QString ClockRulesDialog::message() const
{
    return m_message->text();
}

QList<QPair<QString, QString>> ClockRulesDialog::chainable() const
{
    QList<QPair<QString, QString>> rules;
    for (int row = 0; row < m_model->rowCount(); ++row)
        rules.append({m_model->entryAt(row).rule.id, m_model->entryAt(row).rule.title});
    return rules;
}

bool ClockRulesDialog::addRule()
{
    clocks::ClockRule rule;
    rule.id = QStringLiteral("my-rule");
    rule.countries = {QStringLiteral("GB")};
    rule.trigger = QStringLiteral("complaint");
    rule.offset = {8, clocks::ClockOffset::Unit::Weeks};
    ClockRuleDialog dialog(rule, true, chainable(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const auto saved = dialog.rule();
    if (m_model->rowOf(saved.id) >= 0) {
        m_message->setText(tr("A rule with the id \"%1\" exists: edit it instead.").arg(saved.id));
        return false;
    }
    auto status = m_editor.saveRule(saved);
    m_message->setText(status ? tr("Rule \"%1\" added.").arg(saved.title) : status.message());
    if (status)
        selectRule(saved.id);
    return status.isOk();
}

bool ClockRulesDialog::editRule()
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return false;
    const auto &entry = m_model->entryAt(row);
    ClockRuleDialog dialog(entry.rule, entry.origin == Origin::Own, chainable(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const auto saved = dialog.rule();
    auto status = m_editor.saveRule(saved, entry.rule.id);
    m_message->setText(status ? tr("Rule \"%1\" saved.").arg(saved.title) : status.message());
    if (status)
        selectRule(saved.id);
    return status.isOk();
}

void ClockRulesDialog::toggleHidden()
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    const auto entry = m_model->entryAt(row);
    auto status = m_editor.setRuleHidden(entry.rule, entry.origin != Origin::Hidden);
    if (!status)
        m_message->setText(status.message());
    selectRule(entry.rule.id);
}

void ClockRulesDialog::resetRule()
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    const QString id = m_model->entryAt(row).rule.id;
    if (auto status = m_editor.resetRule(id); !status)
        m_message->setText(status.message());
    selectRule(id);
}

bool ClockRulesDialog::importRules(const QString &given)
{
    const QString path = given.isEmpty()
                             ? QFileDialog::getOpenFileName(this, tr("Import Clock Rules"), {},
                                                            tr("Rule files (*.json)"))
                             : given;
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->setText(tr("%1 could not be read: %2").arg(path, file.errorString()));
        return false;
    }
    auto imported = m_editor.importRules(file.readAll());
    m_message->setText(imported ? (*imported == 1 ? tr("1 rule imported.")
                                                  : tr("%1 rules imported.").arg(*imported))
                                : tr("Not imported: %1").arg(imported.message()));
    return imported.isOk();
}

bool ClockRulesDialog::exportRules(const QString &given)
{
    const QString path = given.isEmpty()
                             ? QFileDialog::getSaveFileName(this, tr("Export Clock Rules"),
                                                            QStringLiteral("clock-rules.json"),
                                                            tr("Rule files (*.json)"))
                             : given;
    if (path.isEmpty())
        return false;
    auto text = m_editor.exportRules();
    const Status written =
        text ? DocumentFile::save(path, *text,
                                  [&](const QString &reason) {
                                      return tr("%1 could not be written: %2").arg(path, reason);
                                  })
             : text.status();
    if (!written) {
        m_message->setText(written.message());
        return false;
    }
    m_message->setText(tr("Rules written to %1.").arg(path));
    return true;
}

void ClockRulesDialog::selectRule(const QString &ruleId)
{
    const int row = m_model->rowOf(ruleId);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    updateActions();
}

void ClockRulesDialog::updateActions()
{
    const int row = m_view->currentIndex().row();
    const bool has = row >= 0 && row < m_model->rowCount();
    m_edit->setEnabled(has);
    m_hide->setEnabled(has);
    const Origin origin = has ? m_model->entryAt(row).origin : Origin::Shipped;
    m_hide->setText(origin == Origin::Hidden ? tr("Switch &On") : tr("Switch &Off"));
    m_reset->setEnabled(has && origin != Origin::Shipped);
}

} // namespace leverage::ui
