#include "commands/Command.h"

namespace leverage::app {

int runDemoCommand(CommandContext &context);
int runCasesCommand(CommandContext &context);
int runDossierCommand(CommandContext &context);
int runContactsCommand(CommandContext &context);
int runAgendaCommand(CommandContext &context);

const std::vector<Command> &commands()
{
    static const std::vector<Command> all{
        {"demo", "demo FILE: write a fresh demo workspace to FILE", &runDemoCommand},
        {"cases", "cases FILE: list the cases of a workspace (id, title, organization, status)",
         &runCasesCommand},
        {"dossier",
         "dossier FILE --case ID --out OUT.pdf [--from DATE --to DATE]: print a case's "
         "dated dossier to PDF",
         &runDossierCommand},
        {"contacts",
         "contacts export FILE --out CONTACTS.vcf | contacts import FILE CONTACTS.vcf "
         "[--merge-duplicates]: contacts to and from vCard",
         &runContactsCommand},
        {"agenda",
         "agenda FILE [--ics OUT.ics]: the open follow-ups by bucket (overdue, today, this week, "
         "later), or an iCalendar file of follow-ups and promise due dates",
         &runAgendaCommand},
    };
    return all;
}

const Command *findCommand(const QString &name)
{
    for (const auto &command : commands())
        if (name == QLatin1String(command.name))
            return &command;
    return nullptr;
}

} // namespace leverage::app
