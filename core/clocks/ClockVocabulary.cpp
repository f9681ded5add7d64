#include "core/clocks/ClockVocabulary.h"

#include "core/util/Translate.h"

namespace leverage::clocks {
namespace {

QString labelOf(const QList<ClockVocabulary::Term> &terms, const QString &key)
{
    for (const auto &term : terms)
        if (term.key == key)
            return term.label;
    return key;
}

bool contains(const QList<ClockVocabulary::Term> &terms, const QString &key)
{
    for (const auto &term : terms)
        if (term.key == key)
            return true;
    return false;
}

} // namespace

QList<ClockVocabulary::Term> ClockVocabulary::sectors()
{
    return {{QStringLiteral("finance"), tr("Finance (bank, card, loan)")},
            {QStringLiteral("credit_reporting"), tr("Credit reporting")},
            {QStringLiteral("telecom"), tr("Telecom (phone, broadband)")},
            {QStringLiteral("energy"), tr("Energy")},
            {QStringLiteral("insurance"), tr("Insurance")},
            {QStringLiteral("airline"), tr("Airline")},
            {QStringLiteral("retail_goods"), tr("Retail goods")},
            {QStringLiteral("distance_sale"), tr("Distance sale (online, phone)")},
            {QStringLiteral("debt_collection"), tr("Debt collection")},
            {QStringLiteral("mortgage"), tr("Mortgage")},
            {QStringLiteral("other"), tr("Other")}};
}

QList<ClockVocabulary::Term> ClockVocabulary::routes()
{
    return {{QStringLiteral("company"), tr("Complaint to the company")},
            {QStringLiteral("card"), tr("Card issuer (chargeback, Section 75)")},
            {QStringLiteral("regulator"), tr("Complaint through a regulator")},
            {QStringLiteral("court"), tr("Small claims / court")}};
}

QList<ClockVocabulary::Term> ClockVocabulary::events()
{
    return {{QStringLiteral("complaint"), tr("complaint or dispute made")},
            {QStringLiteral("final_response"), tr("final response or deadlock letter")},
            {QStringLiteral("statement"), tr("statement showing the error")},
            {QStringLiteral("purchase"), tr("purchase or transaction")},
            {QStringLiteral("delivery"), tr("goods delivered")},
            {QStringLiteral("flight"), tr("disrupted flight")},
            {QStringLiteral("refund_due"), tr("refund became due")},
            {QStringLiteral("claim"), tr("claim made")},
            {QStringLiteral("proof_of_loss"), tr("proof of loss given")},
            {QStringLiteral("validation_notice"), tr("validation notice")},
            {QStringLiteral("regulator_referral"), tr("complaint passed on by the regulator")},
            {QStringLiteral("consumer_added_information"), tr("you added information")},
            {QStringLiteral("provisional_credit"), tr("provisional credit given")},
            {QStringLiteral("provisional_credit_extended"),
             tr("provisional credit (new account, point of sale or abroad)")},
            {QStringLiteral("servicer_extended"), tr("servicer extended the period")},
            {QStringLiteral("other_payment"), tr("paid other than by card")},
            {QStringLiteral("hardship"), tr("hardship request")},
            {QStringLiteral("superannuation"), tr("superannuation complaint")},
            {QStringLiteral("not_informed"), tr("not told of the right to withdraw")},
            {QStringLiteral("window_opened"), tr("the earlier window opened")}};
}

QList<ClockVocabulary::Term> ClockVocabulary::countries()
{
    QList<Term> terms{{QString(), tr("—")}};
    // Marked for lupdate; tr(name) below translates them.
    const std::pair<const char *, const char *> known[] = {
        {"GB", QT_TRANSLATE_NOOP("leverage", "United Kingdom")},
        {"US", QT_TRANSLATE_NOOP("leverage", "United States")},
        {"CA", QT_TRANSLATE_NOOP("leverage", "Canada")},
        {"AU", QT_TRANSLATE_NOOP("leverage", "Australia")},
        {"IE", QT_TRANSLATE_NOOP("leverage", "Ireland")},
        {"DE", QT_TRANSLATE_NOOP("leverage", "Germany")},
        {"FR", QT_TRANSLATE_NOOP("leverage", "France")},
        {"ES", QT_TRANSLATE_NOOP("leverage", "Spain")},
        {"IT", QT_TRANSLATE_NOOP("leverage", "Italy")},
        {"NL", QT_TRANSLATE_NOOP("leverage", "Netherlands")},
        {"BE", QT_TRANSLATE_NOOP("leverage", "Belgium")},
    };
    for (const auto &[code, name] : known)
        terms.append({QString::fromLatin1(code), tr("%1 (%2)").arg(tr(name), QLatin1String(code))});
    return terms;
}

QString ClockVocabulary::sectorLabel(const QString &key)
{
    return labelOf(sectors(), key);
}

QString ClockVocabulary::routeLabel(const QString &key)
{
    return labelOf(routes(), key);
}

QString ClockVocabulary::eventLabel(const QString &key)
{
    return labelOf(events(), key);
}

bool ClockVocabulary::isSector(const QString &key)
{
    return contains(sectors(), key);
}

bool ClockVocabulary::isRoute(const QString &key)
{
    return contains(routes(), key);
}

} // namespace leverage::clocks
