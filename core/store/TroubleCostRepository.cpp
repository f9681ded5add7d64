#include "core/store/TroubleCostRepository.h"

#include "core/store/Statement.h"
#include "core/store/Workspace.h"
#include "core/store/WriteTransaction.h"

#include <QCoreApplication>

namespace leverage {
namespace {

using outcomes::HourlyValue;
using outcomes::OutOfPocketCost;
using outcomes::OutOfPocketCosts;

const QString kAmountKey = QStringLiteral("trouble.hourly_minor");
const QString kCurrencyKey = QStringLiteral("trouble.hourly_currency");

} // namespace

Result<OutOfPocketCosts> TroubleCostRepository::costs(RowId caseId) const
{
    Statement statement(m_workspace.database(),
                        QStringLiteral("SELECT amount_minor, currency, spent_on, what FROM "
                                       "case_costs WHERE case_id = :case ORDER BY position, id"));
    statement.bind(QStringLiteral(":case"), caseId);
    if (auto status = statement.exec(); !status)
        return status.error();
    OutOfPocketCosts found;
    while (statement.next())
        found << OutOfPocketCost{statement.value(0).toLongLong(), statement.value(1).toString(),
                                 QDate::fromString(statement.value(2).toString(), Qt::ISODate),
                                 statement.value(3).toString()};
    return found;
}

Status TroubleCostRepository::setCosts(RowId caseId, const OutOfPocketCosts &costs)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    Statement exists(m_workspace.database(),
                     QStringLiteral("SELECT count(*) FROM cases WHERE id = :case"));
    exists.bind(QStringLiteral(":case"), caseId);
    if (auto status = exists.exec(); !status)
        return status;
    if (!exists.next() || exists.value(0).toLongLong() == 0)
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("leverage", "That case no longer exists.")};
    Statement clear(m_workspace.database(),
                    QStringLiteral("DELETE FROM case_costs WHERE case_id = :case"));
    clear.bind(QStringLiteral(":case"), caseId);
    if (auto status = clear.exec(); !status)
        return status;
    int position = 0;
    for (const auto &cost : costs) {
        Statement insert(m_workspace.database(),
                         QStringLiteral("INSERT INTO case_costs (case_id, position, spent_on, "
                                        "what, amount_minor, currency) VALUES (:case, "
                                        ":position, :spent, :what, :amount, :currency)"));
        insert.bind(QStringLiteral(":case"), caseId)
            .bind(QStringLiteral(":position"), position++)
            .bind(QStringLiteral(":spent"), cost.spentOn.isValid()
                                                ? QVariant(cost.spentOn.toString(Qt::ISODate))
                                                : QVariant(QMetaType::fromType<QString>()))
            .bind(QStringLiteral(":what"), cost.what.isNull() ? QStringLiteral("") : cost.what)
            .bind(QStringLiteral(":amount"), cost.amountMinor)
            .bind(QStringLiteral(":currency"), cost.currency);
        if (auto status = insert.exec(); !status)
            return status;
    }
    Workspace &workspace = m_workspace; // outlives this short-lived repository
    m_workspace.afterCommit([&workspace, caseId] { Q_EMIT workspace.caseChanged(caseId); });
    return transaction.commit();
}

Result<HourlyValue> TroubleCostRepository::hourlyValue() const
{
    Statement statement(m_workspace.database(),
                        QStringLiteral("SELECT key, value FROM settings WHERE key IN "
                                       "(:amount, :currency)"));
    statement.bind(QStringLiteral(":amount"), kAmountKey)
        .bind(QStringLiteral(":currency"), kCurrencyKey);
    if (auto status = statement.exec(); !status)
        return status.error();
    HourlyValue value;
    while (statement.next()) {
        if (statement.value(0).toString() == kAmountKey)
            value.amountMinor = statement.value(1).toString().toLongLong();
        else
            value.currency = statement.value(1).toString();
    }
    return value.isSet() ? value : HourlyValue{};
}

Status TroubleCostRepository::setHourlyValue(const HourlyValue &value)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    Statement clear(m_workspace.database(),
                    QStringLiteral("DELETE FROM settings WHERE key IN (:amount, :currency)"));
    clear.bind(QStringLiteral(":amount"), kAmountKey)
        .bind(QStringLiteral(":currency"), kCurrencyKey);
    if (auto status = clear.exec(); !status)
        return status;
    if (value.isSet())
        for (const auto &[key, text] : {std::pair{kAmountKey, QString::number(value.amountMinor)},
                                        std::pair{kCurrencyKey, value.currency}}) {
            Statement insert(m_workspace.database(),
                             QStringLiteral("INSERT INTO settings (key, "
                                            "value) VALUES (:key, :value)"));
            insert.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), text);
            if (auto status = insert.exec(); !status)
                return status;
        }
    Workspace &workspace = m_workspace;
    m_workspace.afterCommit([&workspace] { Q_EMIT workspace.bulkChange(); });
    return transaction.commit();
}

} // namespace leverage
