#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace leverage {
class Workspace;
}
namespace leverage::models {
class ClockEditor;
class ClockRuleListModel;
} // namespace leverage::models

namespace leverage::ui {

// Every clock rule, shipped and the user's: read them, add, edit, switch off or reset one,
// import a rule file (refused whole with the line and the reason when malformed) and export
// the rules in force. Each change is one undo step.
class ClockRulesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClockRulesDialog)

public:
    ClockRulesDialog(Workspace &workspace, models::ClockEditor &editor, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    models::ClockRuleListModel *model() const { return m_model; }
    // The last sentence shown under the table (an import refused, a count imported).
    QString message() const;

public Q_SLOTS:
    bool addRule();
    bool editRule();
    void toggleHidden();
    void resetRule();
    // Reads `path` (asks when empty).
    bool importRules(const QString &path = {});
    bool exportRules(const QString &path = {});

private:
    // Every rule of the set (id, title): what a rule may be chained after.
    QList<QPair<QString, QString>> chainable() const;
    void updateActions();
    void selectRule(const QString &ruleId);

    Workspace &m_workspace;
    models::ClockEditor &m_editor;
    models::ClockRuleListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_hide = nullptr;
    QPushButton *m_reset = nullptr;
};

} // namespace leverage::ui
