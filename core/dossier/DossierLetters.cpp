#include "core/dossier/DossierLetters.h"

#include "core/dossier/DossierContent.h"
#include "core/dossier/DossierFormat.h"
#include "core/dossier/DossierNames.h"
#include "core/store/LetterRepository.h"
#include "core/util/Translate.h"

#include <algorithm>

namespace leverage {
namespace {

namespace fmt = dossierformat;
using T = DossierText;
constexpr auto unbroken = &DossierContent::unbroken; // dates and references stay on one line

} // namespace

QString DossierLetters::title()
{
    return tr("Letters sent");
}

Result<QList<DossierData::LetterRow>> DossierLetters::rows(Workspace &workspace, RowId caseId,
                                                           const DossierOptions &options,
                                                           DossierNames &names,
                                                           QHash<RowId, int> *rowByEntry)
{
    auto letters = LetterRepository(workspace).forCase(caseId);
    if (!letters)
        return letters.error();
    QList<Letter> sent;
    for (const auto &letter : std::as_const(*letters))
        if (letter.isSent() && options.covers(letter.sentAt.toDateTime().date()))
            sent.append(letter);
    std::stable_sort(sent.begin(), sent.end(), [](const Letter &a, const Letter &b) {
        return a.sentAt.utcMs < b.sentAt.utcMs;
    });
    QList<DossierData::LetterRow> rows;
    for (const auto &letter : std::as_const(sent)) {
        DossierData::LetterRow row;
        row.number = int(rows.size()) + 1;
        row.sentAt = letter.sentAt;
        row.kind = letterKindLabel(letter.kind);
        row.subject = letter.subject;
        if (const auto *contact = names.contact(letter.contactId)) {
            row.to = contact->name;
            row.toPosition = contact->position;
            row.toOrganization = names.organization(contact->organizationId);
        }
        row.channel = letterChannelLabel(letter.channel);
        row.tracking = letter.trackingNumber;
        if (!letter.deadline.isNull())
            row.answerBy = letter.deadline.toDateTime().date();
        if (rowByEntry && letter.entryId > 0)
            rowByEntry->insert(letter.entryId, int(rows.size()));
        rows.append(row);
    }
    return rows;
}

QString DossierLetters::timelineLine(const DossierData::LetterRow &row)
{
    return tr("Letter %1 sent (see %2): %3").arg(row.number).arg(title(), row.kind);
}

void DossierLetters::append(const QList<DossierData::LetterRow> &rows, int section,
                            DossierFlow &flow)
{
    flow.append(DossierContent::heading(title(), 2, section));
    DossierTable table;
    table.widths = {4, 16, 24, 24, 15, 17};
    table.header = DossierContent::headerRow(
        {tr("#"), tr("Sent"), tr("To"), tr("Letter"), tr("How, reference"), tr("Answer by")});
    table.rowCount = int(rows.size());
    table.row = [rows](int i) {
        const auto &letter = rows.at(i);
        T sent(unbroken(fmt::day(letter.sentAt)));
        sent.addLine(unbroken(fmt::time(letter.sentAt)), T::Small);
        if (letter.entryNumber > 0)
            sent.addLine(unbroken(tr("entry %1").arg(letter.entryNumber)), T::Small);
        T to(letter.to.isEmpty() ? tr("(no addressee)") : letter.to);
        to.addLine(letter.toPosition, T::Small);
        to.addLine(letter.toOrganization, T::Small);
        T what(letter.kind, T::Bold);
        what.addLine(letter.subject);
        T how(letter.channel);
        if (!letter.tracking.isEmpty())
            how.addLine(unbroken(letter.tracking));
        T answer(letter.answerBy.isValid() ? unbroken(fmt::date(letter.answerBy)) : QString());
        return DossierRow{
            {{T(QString::number(letter.number))}, {sent}, {to}, {what}, {how}, {answer}}};
    };
    flow.append(DossierContent::table(std::move(table)));
}

} // namespace leverage
