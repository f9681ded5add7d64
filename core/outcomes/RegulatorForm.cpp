#include "core/outcomes/RegulatorForm.h"

#include "core/clocks/ClockVocabulary.h"
#include "core/domain/Case.h"
#include "core/domain/Channel.h"
#include "core/domain/Money.h"
#include "core/outcomes/OutcomeFigures.h"
#include "core/outcomes/OutcomeSummary.h"
#include "core/store/CaseRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/OutcomeFactsReader.h"
#include "core/store/OutcomeRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "core/util/Translate.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <algorithm>

namespace leverage::outcomes {
namespace {

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonValue jsonDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(isoDate(date)) : QJsonValue(QJsonValue::Null);
}

QJsonObject jsonMoney(qint64 minor, const QString &currency)
{
    // The amount as exact decimal text and in minor units: no binary fraction on the way.
    return QJsonObject{{QStringLiteral("amount"), plainAmount(minor)},
                       {QStringLiteral("amount_minor"), minor},
                       {QStringLiteral("currency"), currency}};
}

QString eventLine(const RegulatorForm::Event &event)
{
    const auto channel = channelFromKey(event.channel);
    QString line = isoDate(event.on) + QStringLiteral(" \u2014 ") +
                   (channel ? channelLabel(*channel) : event.channel);
    if (!event.with.isEmpty())
        line += tr(" with %1").arg(event.with);
    if (event.minutes > 0)
        line += event.holdMinutes > 0
                    ? tr(", %1 min (%2 on hold)").arg(event.minutes).arg(event.holdMinutes)
                    : tr(", %1 min").arg(event.minutes);
    if (!event.summary.isEmpty())
        line += QStringLiteral(": ") + event.summary;
    return line;
}

} // namespace

Result<RegulatorForm> RegulatorForm::of(Workspace &workspace, RowId caseId)
{
    auto found = workspace.cases().get(caseId);
    if (!found)
        return found.error();
    const OutcomeFactsReader reader(workspace);
    auto facts = reader.readCase(caseId);
    if (!facts)
        return facts.error();
    auto record = OutcomeRepository(workspace).get(caseId);
    if (!record)
        return record.error();
    auto entries = workspace.timeline().forCase(caseId);
    if (!entries)
        return entries.error();

    RegulatorForm form;
    form.caseId = caseId;
    form.reference = found->reference;
    form.issue = found->title;
    form.desiredResolution = found->desiredOutcome;
    form.soughtMinor = found->amountSoughtCents;
    form.currency = found->currency;
    form.opened = localDate(found->openedAt);
    if (*facts) {
        form.company = (*facts)->organizationName;
        // A person reads the form: "Insurance", not the stored key "insurance".
        if (!(*facts)->sector.isEmpty())
            form.product = clocks::ClockVocabulary::sectorLabel((*facts)->sector);
        form.trouble = Trouble::of(**facts, reader.today());
    }
    form.outcome = *record;
    if (form.outcome && form.outcome->isClosed())
        form.closed = localDate(form.outcome->closedAt);
    auto sorted = *entries;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.occurredAt < b.occurredAt; });
    QHash<RowId, QString> contactNames; // for entries that name a contact but no person
    for (const auto &entry : std::as_const(sorted)) {
        if (entry.isPrivate)
            continue;
        QString with = entry.personName;
        if (with.isEmpty() && entry.contactId > 0) {
            if (!contactNames.contains(entry.contactId)) {
                auto contact = workspace.contacts().get(entry.contactId);
                contactNames.insert(entry.contactId, contact ? contact->name : QString());
            }
            with = contactNames.value(entry.contactId);
        }
        const QDate on = localDate(entry.occurredAt);
        if (entry.channel != Channel::Note && !form.firstContact.isValid())
            form.firstContact = on;
        form.events.append({on, channelKey(entry.channel), with,
                            int((entry.durationSeconds + 30) / 60),
                            int((entry.holdSeconds + 30) / 60), entry.summary});
    }
    return form;
}

QString RegulatorForm::companyResponse() const
{
    // The categories a regulator's public records use for the company's response.
    if (!outcome || !outcome->isClosed())
        return tr("In progress");
    switch (outcome->outcome) {
    case Outcome::ResolvedMoney:
    case Outcome::ResolvedCredit:
    case Outcome::FeeWaived:
        return tr("Closed with monetary relief");
    case Outcome::ResolvedFix:
        return tr("Closed with non-monetary relief");
    case Outcome::ExplanationOnly:
        return tr("Closed with explanation");
    case Outcome::NoResponse:
        return tr("Untimely response");
    case Outcome::Withdrawn:
        return tr("Closed without relief");
    case Outcome::StillOpen:
        return tr("In progress");
    }
    return tr("In progress");
}

CurrencyTotals RegulatorForm::received() const
{
    return outcome ? OutcomeSummary::received(*outcome) : CurrencyTotals();
}

QString RegulatorForm::text() const
{
    QStringList lines;
    const auto field = [&lines](const QString &label, const QString &value) {
        lines << label + QStringLiteral(": ") + (value.isEmpty() ? tr("(none)") : value);
    };
    field(tr("Company"), company);
    field(tr("Product"), product);
    field(tr("Issue"), issue);
    field(tr("Account or reference number"), reference);
    field(tr("Date the complaint was opened"), isoDate(opened));
    field(tr("First contact with the company"), isoDate(firstContact));
    field(tr("Date closed"), closed.isValid() ? isoDate(closed) : tr("still open"));
    field(tr("Company's response"), companyResponse());
    QString did;
    if (outcome) {
        did = outcomeLabel(outcome->outcome);
        QStringList items;
        for (const auto &item : outcome->items) {
            QString one = outcomeItemKindLabel(item.kind) + QLatin1Char(' ') +
                          plainMoney(item.amountMinor, item.currency);
            if (item.receivedOn.isValid())
                one += tr(" (received %1)").arg(isoDate(item.receivedOn));
            items << one;
        }
        if (!items.isEmpty())
            did += QStringLiteral(": ") + items.join(QStringLiteral("; "));
    }
    field(tr("What the company did"), did);
    QString wanted = desiredResolution;
    if (soughtMinor > 0)
        wanted += (wanted.isEmpty() ? QString() : QStringLiteral("; ")) +
                  tr("amount sought %1").arg(plainMoney(soughtMinor, currency));
    field(tr("What I want"), wanted);
    field(tr("Time and trouble"), trouble.sentence());
    lines << QString() << tr("What happened:");
    if (events.isEmpty())
        lines << tr("(nothing recorded)");
    for (const auto &event : events)
        lines << eventLine(event);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QByteArray RegulatorForm::json() const
{
    QJsonArray items;
    if (outcome)
        for (const auto &item : outcome->items) {
            auto one = jsonMoney(item.amountMinor, item.currency);
            one.insert(QStringLiteral("kind"), outcomeItemKindKey(item.kind));
            one.insert(QStringLiteral("received_on"), jsonDate(item.receivedOn));
            items.append(one);
        }
    QJsonArray received;
    const auto totals = this->received();
    for (auto it = totals.begin(); it != totals.end(); ++it)
        received.append(jsonMoney(it.value(), it.key()));
    QJsonArray timeline;
    for (const auto &event : events)
        timeline.append(QJsonObject{{QStringLiteral("date"), jsonDate(event.on)},
                                    {QStringLiteral("channel"), event.channel},
                                    {QStringLiteral("with"), event.with},
                                    {QStringLiteral("minutes"), event.minutes},
                                    {QStringLiteral("hold_minutes"), event.holdMinutes},
                                    {QStringLiteral("summary"), event.summary}});
    QStringList narrative;
    for (const auto &event : events)
        narrative << eventLine(event);
    // In money: the time at the user's hourly value (null when none is set), and what they
    // paid out of pocket, per currency.
    QJsonArray outOfPocket;
    for (auto it = this->trouble.outOfPocket.begin(); it != this->trouble.outOfPocket.end(); ++it)
        outOfPocket.append(jsonMoney(it.value(), it.key()));
    const auto &hourly = this->trouble.hourly;
    const QJsonObject trouble{
        {QStringLiteral("contacts"), this->trouble.contacts()},
        {QStringLiteral("calls"), this->trouble.calls},
        {QStringLiteral("emails"), this->trouble.emails},
        {QStringLiteral("letters"), this->trouble.letters},
        {QStringLiteral("visits"), this->trouble.visits},
        {QStringLiteral("chats"), this->trouble.chats},
        {QStringLiteral("minutes_on_phone"), this->trouble.callMinutes()},
        {QStringLiteral("minutes_on_hold"), this->trouble.holdMinutes()},
        {QStringLiteral("days_open"), this->trouble.daysOpen},
        {QStringLiteral("promises_broken"), this->trouble.promisesBroken},
        {QStringLiteral("hourly_value"),
         hourly.isSet() ? QJsonValue(jsonMoney(hourly.amountMinor, hourly.currency))
                        : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("time_value"),
         hourly.isSet() ? QJsonValue(jsonMoney(this->trouble.timeValueMinor(), hourly.currency))
                        : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("out_of_pocket"), outOfPocket}};
    const QJsonObject document{
        {QStringLiteral("format"), QStringLiteral("leverage-regulator-form/1")},
        {QStringLiteral("company"), company},
        {QStringLiteral("product"), product},
        {QStringLiteral("issue"), issue},
        {QStringLiteral("reference"), reference},
        {QStringLiteral("date_opened"), jsonDate(opened)},
        {QStringLiteral("date_first_contact"), jsonDate(firstContact)},
        {QStringLiteral("date_closed"), jsonDate(closed)},
        {QStringLiteral("company_response_to_consumer"), companyResponse()},
        {QStringLiteral("outcome"), outcome ? outcomeKey(outcome->outcome) : QString()},
        {QStringLiteral("outcome_items"), items},
        {QStringLiteral("received"), received},
        {QStringLiteral("desired_resolution"), desiredResolution},
        {QStringLiteral("sought"), soughtMinor > 0 ? QJsonValue(jsonMoney(soughtMinor, currency))
                                                   : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("time_and_trouble"), trouble},
        {QStringLiteral("consumer_complaint_narrative"), narrative.join(QLatin1Char('\n'))},
        {QStringLiteral("timeline"), timeline}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

} // namespace leverage::outcomes
