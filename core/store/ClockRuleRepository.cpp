#include "core/store/ClockRuleRepository.h"

#include "core/clocks/ClockRuleJson.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace leverage {
namespace {

using clocks::ClockRule;
using clocks::UserClockRule;

QString encodeRule(const ClockRule &rule)
{
    return QString::fromUtf8(
        QJsonDocument(clocks::ClockRuleJson::toJson(rule)).toJson(QJsonDocument::Compact));
}

// A row that no longer reads (written by a newer version) keeps its id and is left alone.
ClockRule decodeRule(const QString &text)
{
    ClockRule rule;
    clocks::ClockRuleJson::fromJson(QJsonDocument::fromJson(text.toUtf8()).object(), &rule);
    return rule;
}

TableMapping<UserClockRule> clockRuleMapping()
{
    TableMapping<UserClockRule> m(QStringLiteral("clock_rules"));
    m.text(QStringLiteral("rule_id"), &UserClockRule::ruleId)
        .encoded(QStringLiteral("definition"), &UserClockRule::rule, &encodeRule, &decodeRule)
        .boolean(QStringLiteral("hidden"), &UserClockRule::hidden);
    return m;
}

} // namespace

ClockRuleRepository::ClockRuleRepository(Workspace &workspace)
    : Repository(workspace, clockRuleMapping(),
                 {[&workspace](const UserClockRule &) { Q_EMIT workspace.bulkChange(); },
                  [&workspace](const UserClockRule &) { Q_EMIT workspace.bulkChange(); },
                  [&workspace](const UserClockRule &) { Q_EMIT workspace.bulkChange(); }})
{
}

Result<QList<UserClockRule>> ClockRuleRepository::all() const
{
    return m_table.select(QStringLiteral("ORDER BY rule_id"));
}

Result<UserClockRule> ClockRuleRepository::byRuleId(const QString &ruleId) const
{
    auto rows = m_table.select(QStringLiteral("WHERE rule_id = :rule"),
                               {{QStringLiteral(":rule"), ruleId}});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error{Error::Code::NotFound, {}};
    return rows->first();
}

Status ClockRuleRepository::putAll(const QList<UserClockRule> &rows)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    for (UserClockRule row : rows) {
        auto existing = byRuleId(row.ruleId);
        if (existing) {
            row.meta = existing->meta;
            if (auto status = update(row); !status)
                return status;
        } else if (existing.code() == Error::Code::NotFound) {
            row.meta = {};
            if (auto status = add(row); !status)
                return status;
        } else {
            return existing.status();
        }
    }
    return transaction.commit();
}

Status ClockRuleRepository::removeRuleId(const QString &ruleId)
{
    auto existing = byRuleId(ruleId);
    if (!existing)
        return existing.code() == Error::Code::NotFound ? Status() : existing.status();
    return remove(existing->meta.id);
}

Status ClockRuleRepository::validate(const UserClockRule &row) const
{
    if (row.ruleId.isEmpty() || row.ruleId != row.rule.id)
        return Error{Error::Code::Invalid,
                     QCoreApplication::translate("leverage", "A clock rule needs an id.")};
    return {};
}

} // namespace leverage
