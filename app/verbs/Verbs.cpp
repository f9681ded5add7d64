#include "app/verbs/Verb.h"

namespace leverage::app {

int runDemoVerb(VerbContext &context);
int runCasesVerb(VerbContext &context);
int runDossierVerb(VerbContext &context);
int runContactsVerb(VerbContext &context);
int runAgendaVerb(VerbContext &context);
int runArchiveVerb(VerbContext &context);
int runClocksVerb(VerbContext &context);
int runLetterVerb(VerbContext &context);
int runSearchVerb(VerbContext &context);
int runCheckVerb(VerbContext &context);
int runAttachVerb(VerbContext &context);
int runVerifyVerb(VerbContext &context);
int runTimeStampVerb(VerbContext &context);
int runImportMailVerb(VerbContext &context);
int runMigrateVerb(VerbContext &context);
int runExportVerb(VerbContext &context);
int runOutcomesVerb(VerbContext &context);
int runTeamSetupVerb(VerbContext &context);

const std::vector<Verb> &verbs()
{
    static const std::vector<Verb> all{
        {"demo", "demo FILE: write a fresh demo workspace to FILE", &runDemoVerb},
        {"cases", "cases FILE: list the cases of a workspace (id, title, organization, status)",
         &runCasesVerb},
        {"dossier",
         "dossier FILE --case ID --out OUT.pdf [--from DATE --to DATE]: print a case's "
         "dated dossier to PDF",
         &runDossierVerb},
        {"letter",
         "letter FILE --case ID --kind KIND --to CONTACT_ID [--tone TONE] --out "
         "OUT.pdf|OUT.odt|OUT.eml: write a letter from a case (kinds: complaint, escalation, "
         "broken-promise, final-response, regulator, thank-you)",
         &runLetterVerb},
        {"contacts",
         "contacts export FILE --out CONTACTS.vcf | contacts import FILE CONTACTS.vcf "
         "[--merge-duplicates]: contacts to and from vCard",
         &runContactsVerb},
        {"agenda",
         "agenda FILE [--ics OUT.ics]: the open follow-ups by bucket (overdue, today, this week, "
         "later), or an iCalendar file of follow-ups and promise due dates",
         &runAgendaVerb},
        {"clocks",
         "clocks FILE [--case ID] [--ics OUT.ics]: every clock of the cases (case, rule, trigger "
         "date, due date, state), or an iCalendar file of their due dates",
         &runClocksVerb},
        {"archive",
         "archive export FILE --out OUT [--passphrase-file F] | archive import ARCHIVE --out "
         "NEW.leverage [--passphrase-file F]: a portable, checked (optionally encrypted) archive "
         "of a workspace, and back into a new file",
         &runArchiveVerb},
        {"search",
         "search FILE QUERY [--kind K] [--limit N]: search notes, people, promises and "
         "reference numbers (kind, id, case id, date, snippet; tab-separated)",
         &runSearchVerb},
        {"check",
         "check FILE [--repair]: verify the search index against the workspace and "
         "rebuild it if asked",
         &runCheckVerb},
        {"attach",
         "attach FILE --case ID [--entry ID] PATH…: store files in the workspace, attached to a "
         "case or one of its entries",
         &runAttachVerb},
        {"import-mail",
         "import-mail FILE --case ID MESSAGE.eml…: e-mails (.eml, .mbox) as e-mail entries of a "
         "case, their attachments attached; a message already there is skipped",
         &runImportMailVerb},
        {"outcomes",
         "outcomes FILE [--by organization|month|contact] [--csv OUT]: what each company paid "
         "out, month by month and contact by contact (tab-separated, or a CSV file); amounts "
         "per currency, never added across currencies",
         &runOutcomesVerb},
        {"verify",
         "verify FILE [--case ID] [--tsa-ca CA.pem]: recompute the hash chain and name, row by "
         "row, anything changed outside Leverage, and check each kept time-stamp offline (exit "
         "status 1 then)",
         &runVerifyVerb},
        {"timestamp",
         "timestamp FILE --tsa URL [--case ID]: have the RFC 3161 time-stamp authority at URL "
         "stamp the hash chain's head, and keep its token with the case",
         &runTimeStampVerb},
        {"migrate",
         "migrate FILE postgresql://user@host:port/database: copy a workspace file into an "
         "empty database on a PostgreSQL server (a team workspace), checked by count and hash",
         &runMigrateVerb},
        {"export",
         "export postgresql://user@host:port/database FILE: copy a team workspace back into a "
         "new workspace file, checked by count and hash; nothing is left on failure",
         &runExportVerb},
        {"team-setup",
         "team-setup postgresql://owner@host:port/database: create the team roles (advocate, "
         "supervisor, volunteer), grant their rights and enforce private cases on the server",
         &runTeamSetupVerb},
    };
    return all;
}

const Verb *findVerb(const QString &name)
{
    for (const auto &verb : verbs())
        if (name == QLatin1String(verb.name))
            return &verb;
    return nullptr;
}

} // namespace leverage::app
