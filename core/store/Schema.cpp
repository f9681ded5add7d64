#include "core/store/Schema.h"

#include "core/store/CaseFigures.h"
#include "core/store/LetterRepository.h"
#include "core/store/SealChain.h"
#include "core/store/SearchIndexSchema.h"
#include "core/store/ServerChanges.h"
#include "core/store/SqlDialect.h"
#include "core/store/Workspace.h"

namespace leverage::schema {
namespace {

// Columns every stored row carries (see RowMeta).
#define LEVERAGE_ROW_META                                                                          \
    "id {pk}, uuid TEXT NOT NULL UNIQUE, created_at BIGINT NOT NULL, "                             \
    "updated_at BIGINT NOT NULL, version INTEGER NOT NULL DEFAULT 1"

const char *const kVersion1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",

    "CREATE TABLE organizations (" LEVERAGE_ROW_META ", "
    "name TEXT NOT NULL, kind TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', "
    "website TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '')",

    "CREATE TABLE organization_links (id {pk}, "
    "from_organization_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE, "
    "to_organization_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE, "
    "relation TEXT NOT NULL DEFAULT '')",

    "CREATE TABLE contacts (" LEVERAGE_ROW_META ", "
    "organization_id BIGINT REFERENCES organizations(id) ON DELETE CASCADE, "
    "supervisor_id BIGINT REFERENCES contacts(id) ON DELETE SET NULL, "
    "name TEXT NOT NULL, position TEXT NOT NULL DEFAULT '', department TEXT NOT NULL DEFAULT '', "
    "direct_line TEXT NOT NULL DEFAULT '', extension TEXT NOT NULL DEFAULT '', "
    "email TEXT NOT NULL DEFAULT '', preferred_channel TEXT NOT NULL DEFAULT '', "
    "best_time TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', "
    "is_gateway INTEGER NOT NULL DEFAULT 0, rules_of_engagement TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX contacts_by_organization ON contacts(organization_id, name)",
    "CREATE INDEX contacts_by_supervisor ON contacts(supervisor_id)",

    "CREATE TABLE cases (" LEVERAGE_ROW_META ", "
    "title TEXT NOT NULL, organization_id BIGINT REFERENCES organizations(id) ON DELETE SET NULL, "
    "reference TEXT NOT NULL DEFAULT '', desired_outcome TEXT NOT NULL DEFAULT '', "
    "status TEXT NOT NULL, outcome TEXT NOT NULL DEFAULT '', "
    "amount_sought_cents BIGINT NOT NULL DEFAULT 0, "
    "amount_recovered_cents BIGINT NOT NULL DEFAULT 0, currency TEXT NOT NULL DEFAULT 'USD', "
    "opened_at BIGINT, opened_offset INTEGER NOT NULL DEFAULT 0, "
    "last_activity_at BIGINT, last_activity_offset INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX cases_by_status ON cases(status, last_activity_at)",
    "CREATE INDEX cases_by_activity ON cases(last_activity_at)",
    "CREATE INDEX cases_by_organization ON cases(organization_id)",

    "CREATE TABLE case_organizations ("
    "case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE, "
    "organization_id BIGINT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE, "
    "role TEXT NOT NULL DEFAULT '', PRIMARY KEY (case_id, organization_id))",

    "CREATE TABLE timeline_entries (" LEVERAGE_ROW_META ", "
    "case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE, "
    "channel TEXT NOT NULL, occurred_at BIGINT NOT NULL, occurred_offset INTEGER NOT NULL, "
    "duration_seconds INTEGER NOT NULL DEFAULT 0, hold_seconds INTEGER NOT NULL DEFAULT 0, "
    "contact_id BIGINT REFERENCES contacts(id) ON DELETE SET NULL, "
    "person_name TEXT NOT NULL DEFAULT '', person_position TEXT NOT NULL DEFAULT '', "
    "reference_number TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '', "
    "notes TEXT NOT NULL DEFAULT '', effort INTEGER, helpfulness INTEGER, "
    "service_failure INTEGER NOT NULL DEFAULT 0, is_private INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX entries_by_case ON timeline_entries(case_id, occurred_at)",
    "CREATE INDEX entries_by_contact ON timeline_entries(contact_id)",

    // Everyone who took part in an entry (a call transferred to a supervisor has two).
    "CREATE TABLE entry_participants (id {pk}, "
    "entry_id BIGINT NOT NULL REFERENCES timeline_entries(id) ON DELETE CASCADE, "
    "contact_id BIGINT REFERENCES contacts(id) ON DELETE SET NULL, "
    "name TEXT NOT NULL DEFAULT '', position TEXT NOT NULL DEFAULT '', "
    "joined_at BIGINT, helpfulness INTEGER)",
    "CREATE INDEX participants_by_entry ON entry_participants(entry_id)",
    "CREATE INDEX participants_by_contact ON entry_participants(contact_id)",

    "CREATE TABLE commitments (" LEVERAGE_ROW_META ", "
    "case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE, "
    "entry_id BIGINT REFERENCES timeline_entries(id) ON DELETE SET NULL, "
    "contact_id BIGINT REFERENCES contacts(id) ON DELETE SET NULL, "
    "made_by_name TEXT NOT NULL DEFAULT '', what TEXT NOT NULL, "
    "made_at BIGINT, made_offset INTEGER NOT NULL DEFAULT 0, "
    "due_at BIGINT, due_offset INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL, "
    "status_changed_at BIGINT, status_changed_offset INTEGER NOT NULL DEFAULT 0, "
    "status_note TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX commitments_by_case ON commitments(case_id, made_at)",
    "CREATE INDEX commitments_by_contact ON commitments(contact_id)",
    "CREATE INDEX commitments_by_due ON commitments(status, due_at)",

    "CREATE TABLE follow_ups (" LEVERAGE_ROW_META ", "
    "case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE, "
    "contact_id BIGINT REFERENCES contacts(id) ON DELETE SET NULL, "
    "commitment_id BIGINT REFERENCES commitments(id) ON DELETE SET NULL, "
    "what TEXT NOT NULL, due_at BIGINT, due_offset INTEGER NOT NULL DEFAULT 0, "
    "done_at BIGINT, done_offset INTEGER NOT NULL DEFAULT 0, "
    "snoozed_until_at BIGINT, snoozed_until_offset INTEGER NOT NULL DEFAULT 0, "
    "notes TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX follow_ups_by_case ON follow_ups(case_id)",
    "CREATE INDEX follow_ups_by_due ON follow_ups(done_at, due_at)",

    "CREATE TABLE escalation_steps (" LEVERAGE_ROW_META ", "
    "case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE, "
    "position INTEGER NOT NULL, level TEXT NOT NULL, "
    "contact_id BIGINT REFERENCES contacts(id) ON DELETE SET NULL, "
    "organization_id BIGINT REFERENCES organizations(id) ON DELETE SET NULL, "
    "target_text TEXT NOT NULL DEFAULT '', status TEXT NOT NULL, target_date TEXT, "
    "done_at BIGINT, done_offset INTEGER NOT NULL DEFAULT 0, note TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX escalation_by_case ON escalation_steps(case_id, position)",

    // A live call saved as the user types, so a crash loses at most a second of notes.
    "CREATE TABLE call_drafts (" LEVERAGE_ROW_META ", "
    "case_id BIGINT REFERENCES cases(id) ON DELETE CASCADE, "
    "started_at BIGINT NOT NULL, started_offset INTEGER NOT NULL DEFAULT 0, "
    "payload TEXT NOT NULL DEFAULT '')",
};

#undef LEVERAGE_ROW_META

} // namespace

// Version 2: "last contact" per person is read from an index alone (contacts lists sort by
// it; a heavy workspace has a million entries).
const char *const kVersion2[] = {
    "CREATE INDEX entries_by_contact_time ON timeline_entries(contact_id, occurred_at)",
    "DROP INDEX entries_by_contact",
};

// Version 3: the cases list's default order (last activity, else opening) is read from an
// index, so its first page no longer sorts every case. (The expression in its own parentheses,
// as PostgreSQL requires for anything but a plain function call.)
const char *const kVersion3[] = {
    "CREATE INDEX cases_by_activity_or_opening ON cases((coalesce(last_activity_at, opened_at, "
    "0)))",
};

// Version 4: what a vCard carries besides the basics (issue 17: nothing dropped silently):
// the parts of a name, the kinds of the main phone and e-mail, and the other phones, e-mails,
// postal addresses, URLs and categories, each list one JSON text column.
const char *const kVersion4[] = {
    "ALTER TABLE contacts ADD COLUMN honorific_prefix TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contacts ADD COLUMN given_name TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contacts ADD COLUMN additional_names TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contacts ADD COLUMN family_name TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contacts ADD COLUMN honorific_suffix TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contacts ADD COLUMN direct_line_kind TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contacts ADD COLUMN email_kind TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contacts ADD COLUMN other_phones TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contacts ADD COLUMN other_emails TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contacts ADD COLUMN addresses TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contacts ADD COLUMN urls TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contacts ADD COLUMN categories TEXT NOT NULL DEFAULT ''",
};

// Version 5 (issue 14; one block per area, merged into one version).
const char *const kVersion5[] = {
    // Escalation path: when each level was reached, recorded when it became current (before,
    // the dossier guessed it from the first contact with the level's organization).
    "ALTER TABLE escalation_steps ADD COLUMN reached_at BIGINT",
    "ALTER TABLE escalation_steps ADD COLUMN reached_offset INTEGER NOT NULL DEFAULT 0",
    // Where (issue 14): several organizations per case. The case's own organization
    // (cases.organization_id, kept as the primary for the cases list) is also one of its rows
    // here, with a role like the others; each row may say which organization referred the
    // case to it; rows keep the order the user gave them. People of an entry are participants
    // or copied (cc).
    "ALTER TABLE case_organizations ADD COLUMN referred_by_id BIGINT REFERENCES "
    "organizations(id) ON DELETE SET NULL",
    "ALTER TABLE case_organizations ADD COLUMN position INTEGER NOT NULL DEFAULT 0",
    "UPDATE case_organizations SET position = 1",
    "INSERT INTO case_organizations (case_id, organization_id, role, position) "
    "SELECT c.id, c.organization_id, '', 0 FROM cases c WHERE c.organization_id IS NOT NULL "
    "AND NOT EXISTS (SELECT 1 FROM case_organizations co WHERE co.case_id = c.id AND "
    "co.organization_id = c.organization_id)",
    "UPDATE case_organizations SET position = 0 WHERE EXISTS (SELECT 1 FROM cases c WHERE "
    "c.id = case_organizations.case_id AND c.organization_id = "
    "case_organizations.organization_id)",
    "ALTER TABLE entry_participants ADD COLUMN role TEXT NOT NULL DEFAULT 'participant'",
    // Time and who (promises and follow-ups): a due moment or window ("Thursday 2–4 pm",
    // "within 48 hours", "by end of day"), and who will act on a promise when it is not the
    // person who made it. Existing rows are moments, as they were stored.
    "ALTER TABLE commitments ADD COLUMN due_from_at BIGINT",
    "ALTER TABLE commitments ADD COLUMN due_from_offset INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE commitments ADD COLUMN due_form TEXT NOT NULL DEFAULT 'moment'",
    "ALTER TABLE commitments ADD COLUMN due_within_minutes INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE commitments ADD COLUMN actor_id BIGINT REFERENCES contacts(id) ON DELETE SET "
    "NULL",
    "ALTER TABLE commitments ADD COLUMN actor_name TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE follow_ups ADD COLUMN due_from_at BIGINT",
    "ALTER TABLE follow_ups ADD COLUMN due_from_offset INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE follow_ups ADD COLUMN due_form TEXT NOT NULL DEFAULT 'moment'",
    "ALTER TABLE follow_ups ADD COLUMN due_within_minutes INTEGER NOT NULL DEFAULT 0",
};

// Version 6 (one block per area, merged into one version).
const char *const kVersion6[] = {
    // Clocks (issue 19): where a case is and what sector it is in (which deadline rules
    // apply); the events its clocks count from, per route (a complaint to the company, a card
    // claim, small claims), as calendar dates in the case's jurisdiction (text YYYY-MM-DD: a
    // date, not an instant, so no time zone can move it); and the user's own rules and edits
    // of shipped ones, keyed by the rule's stable id (the shipped set is not stored, so a newer
    // one replaces it while these rows stay). `definition` is the rule as in a rule file.
    "ALTER TABLE cases ADD COLUMN country TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cases ADD COLUMN region TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cases ADD COLUMN sector TEXT NOT NULL DEFAULT ''",
    "CREATE TABLE clock_triggers ("
    "id {pk}, uuid TEXT NOT NULL UNIQUE, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, "
    "version INTEGER NOT NULL DEFAULT 1, "
    "case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE, "
    "route TEXT NOT NULL DEFAULT 'company', event TEXT NOT NULL, sent_on TEXT, received_on TEXT, "
    "entry_id BIGINT REFERENCES timeline_entries(id) ON DELETE SET NULL, "
    "note TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX clock_triggers_by_case ON clock_triggers(case_id)",
    "CREATE TABLE clock_rules ("
    "id {pk}, uuid TEXT NOT NULL UNIQUE, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, "
    "version INTEGER NOT NULL DEFAULT 1, "
    "rule_id TEXT NOT NULL UNIQUE, definition TEXT NOT NULL, hidden INTEGER NOT NULL DEFAULT 0)",
    // Letters (issue 18): the user's own details for the letterhead (a key-value table:
    // "me.name", "me.address", …), a case's account / order / policy numbers for the
    // reference line, the user's copies of the letter templates (none: the shipped one), and
    // the letters themselves, drafts and sent.
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE case_numbers (id {pk}, "
    "case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE, "
    "kind TEXT NOT NULL, number TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX case_numbers_by_case ON case_numbers(case_id, position)",
    "CREATE TABLE letter_templates (name TEXT PRIMARY KEY, body TEXT NOT NULL, "
    "updated_at BIGINT NOT NULL)",
    "CREATE TABLE letters (id {pk}, uuid TEXT NOT NULL UNIQUE, created_at BIGINT NOT NULL, "
    "updated_at BIGINT NOT NULL, version INTEGER NOT NULL DEFAULT 1, "
    "case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE, "
    "kind TEXT NOT NULL, tone TEXT NOT NULL, "
    "contact_id BIGINT REFERENCES contacts(id) ON DELETE SET NULL, "
    "subject TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '', "
    "deadline_at BIGINT, deadline_offset INTEGER NOT NULL DEFAULT 0, "
    "state TEXT NOT NULL DEFAULT 'draft', sent_at BIGINT, sent_offset INTEGER NOT NULL DEFAULT 0, "
    "channel TEXT NOT NULL DEFAULT '', tracking_number TEXT NOT NULL DEFAULT '', "
    "entry_id BIGINT REFERENCES timeline_entries(id) ON DELETE SET NULL, "
    "follow_up_id BIGINT REFERENCES follow_ups(id) ON DELETE SET NULL, "
    "written_at BIGINT, written_offset INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX letters_by_case ON letters(case_id, created_at)",
    // Evidence (issue 21): file contents stored once, by SHA-256, in rows of at most 1 MiB so
    // a large video is streamed in and out and never held whole in memory.
    "CREATE TABLE blobs (id {pk}, sha256 TEXT NOT NULL UNIQUE, size BIGINT NOT NULL, "
    "chunk_count INTEGER NOT NULL, created_at BIGINT NOT NULL)",
    "CREATE TABLE blob_chunks (blob_id BIGINT NOT NULL REFERENCES blobs(id) ON DELETE CASCADE, "
    "seq INTEGER NOT NULL, data {blob} NOT NULL, PRIMARY KEY (blob_id, seq))",
    // The files a user attached to a case or an entry.
    "CREATE TABLE attachments (id {pk}, uuid TEXT NOT NULL UNIQUE, created_at BIGINT NOT NULL, "
    "updated_at BIGINT NOT NULL, version INTEGER NOT NULL DEFAULT 1, "
    "case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE, "
    "entry_id BIGINT REFERENCES timeline_entries(id) ON DELETE SET NULL, "
    "sha256 TEXT NOT NULL REFERENCES blobs(sha256), original_name TEXT NOT NULL, "
    "mime_type TEXT NOT NULL DEFAULT '', size BIGINT NOT NULL DEFAULT 0, "
    "added_at BIGINT, added_offset INTEGER NOT NULL DEFAULT 0, "
    "is_exhibit INTEGER NOT NULL DEFAULT 0, description TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX attachments_by_case ON attachments(case_id, added_at)",
    "CREATE INDEX attachments_by_entry ON attachments(entry_id)",
    "CREATE INDEX attachments_by_sha ON attachments(sha256)",
    // E-mails imported as entries, by Message-ID, so a message imported twice is recognised.
    "CREATE TABLE mail_messages (entry_id BIGINT PRIMARY KEY REFERENCES timeline_entries(id) "
    "ON DELETE CASCADE, case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE, "
    "message_id TEXT NOT NULL, UNIQUE (case_id, message_id))",
    // The hash chain: every write of an entry, a commitment or an attachment appends a seal
    // over the row's content, its time and the previous seal. The content is kept, so an
    // edited entry's earlier versions stay readable.
    "CREATE TABLE seals (id {pk}, table_name TEXT NOT NULL, row_id BIGINT NOT NULL, "
    "case_id BIGINT NOT NULL, "
    "row_version INTEGER NOT NULL, action TEXT NOT NULL, sealed_at BIGINT NOT NULL, "
    "sealed_offset INTEGER NOT NULL DEFAULT 0, content TEXT NOT NULL, previous TEXT NOT NULL, "
    "seal TEXT NOT NULL)",
    "CREATE INDEX seals_by_row ON seals(table_name, row_id, id)",
    "CREATE INDEX seals_by_case ON seals(case_id)",
};
// - Search (issue 20): the full-text index, its triggers and its first fill are generated
//   from one description per indexed table in SearchIndexSchema.cpp (why triggers, why these
//   tokenizers: see there); added after the other blocks of this version in migrations().

// Version 7 (one block per area, merged into one version).
const char *const kVersion7[] = {
    // Outcomes (issue 22): how a case ended (a closed vocabulary, see OutcomeVocabulary),
    // when, and what resolved it (an escalation step, a contact, a letter: each optional);
    // a reopened case keeps its record with reopened_at set. What the company gave, item by
    // item, in the currency as entered (amounts in minor units), with the day it arrived
    // (text YYYY-MM-DD: a date, not an instant). Replaced whole on each edit, so no uuid.
    "CREATE TABLE case_outcomes (case_id BIGINT PRIMARY KEY REFERENCES cases(id) ON DELETE "
    "CASCADE, outcome TEXT NOT NULL, closed_at BIGINT NOT NULL, "
    "closed_offset INTEGER NOT NULL DEFAULT 0, reopened_at BIGINT, "
    "reopened_offset INTEGER NOT NULL DEFAULT 0, "
    "resolved_by_step_id BIGINT REFERENCES escalation_steps(id) ON DELETE SET NULL, "
    "resolved_by_contact_id BIGINT REFERENCES contacts(id) ON DELETE SET NULL, "
    "resolved_by_letter_id BIGINT REFERENCES letters(id) ON DELETE SET NULL, "
    "note TEXT NOT NULL DEFAULT '', updated_at BIGINT NOT NULL)",
    "CREATE TABLE outcome_items (id {pk}, "
    "case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE, "
    "position INTEGER NOT NULL DEFAULT 0, kind TEXT NOT NULL, "
    "amount_minor BIGINT NOT NULL DEFAULT 0, currency TEXT NOT NULL, received_on TEXT, "
    "note TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX outcome_items_by_case ON outcome_items(case_id, position)",
    // Team workspace (issue 23): who made each write (on a server the database records its
    // login; a file has one user and leaves it empty), cases a team keeps private to their
    // advocates and supervisors, and which advocates a case is assigned to (by login name).
    "ALTER TABLE cases ADD COLUMN is_private INTEGER NOT NULL DEFAULT 0",
    // One statement over two lines (parenthesised: clang would take it for a missing comma).
    ("CREATE TABLE case_advocates (case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE "
     "CASCADE, user_name TEXT NOT NULL, PRIMARY KEY (case_id, user_name))"),
    "ALTER TABLE organizations ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contacts ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cases ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE timeline_entries ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE commitments ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE follow_ups ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE escalation_steps ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE letters ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE attachments ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE clock_triggers ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''",
};
// Version 8 (one block per area, merged into one version).
const char *const kVersion8[] = {
    // Search (issue 20): searches kept under a name, the smart lists of the cases pane. The
    // query is the text as typed; position orders the list.
    "CREATE TABLE saved_searches (id {pk}, name TEXT NOT NULL, query TEXT NOT NULL, "
    "position INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL, "
    "updated_at BIGINT NOT NULL)",
    // A letter's words without its HTML, kept with every write of the letter, for search.
    "ALTER TABLE letters ADD COLUMN body_text TEXT NOT NULL DEFAULT ''",
    // Evidence (issue 21): seals of format 2 also cover a row's links (its contact, the entry
    // a promise or a file belongs to, who acts), kept beside the content; the seals written
    // before keep format 1 and verify as they were (see SealChain).
    "ALTER TABLE seals ADD COLUMN format INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE seals ADD COLUMN links TEXT NOT NULL DEFAULT ''",
    // An entry's history is its seals (EntryHistory): who wrote each version, on a team
    // server (its login, set by the server; empty in a workspace file).
    "ALTER TABLE seals ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''",
    // Team workspace (issue 23): who is on a call on which case, by login, with the time of
    // their client's last heartbeat (CasePresence: a row older than a minute no longer
    // counts). The search index on a server (tsvector) is added after this block in
    // migrations(), made from the same descriptions as the file's FTS5 index.
    "CREATE TABLE case_presence (case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE "
    "CASCADE, user_name TEXT NOT NULL, heartbeat_at BIGINT NOT NULL, "
    "PRIMARY KEY (case_id, user_name))",
};

// Version 9 (one block per area, merged into one version).
const char *const kVersion9[] = {
    // Outcomes (issue 22): what the complaint cost the user out of pocket (postage, calls,
    // travel), per case, in the currency as entered (minor units), with the day (text
    // YYYY-MM-DD) and what it was for; replaced whole on each edit, as outcome_items. (The
    // hourly value is two keys of the settings table.) The per-case sums the figures read
    // (case_figures, case_contact_figures: triggers and first fill) are added after this
    // block in migrations(), from CaseFigures.cpp.
    "CREATE TABLE case_costs (id {pk}, "
    "case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE, "
    "position INTEGER NOT NULL DEFAULT 0, spent_on TEXT, what TEXT NOT NULL DEFAULT '', "
    "amount_minor BIGINT NOT NULL DEFAULT 0, currency TEXT NOT NULL)",
    "CREATE INDEX case_costs_by_case ON case_costs(case_id, position)",
};

// Version 10 (one block per area, merged into one version).
const char *const kVersion10[] = {
    // Evidence (issue 21): RFC 3161 time-stamps of the hash chain's head
    // (TimeStampRepository): the authority's token as it signed it (DER), where it came from,
    // the seal that was the head and the head itself, the authority's time (UTC ms) and when
    // it was asked for with the user's offset. Filed under the case it was asked from, or
    // none (the whole workspace); a removed case leaves its stamps to the workspace, since
    // the chain they cover is the workspace's.
    "CREATE TABLE time_stamps (id {pk}, "
    "case_id BIGINT REFERENCES cases(id) ON DELETE SET NULL, "
    "seal_id BIGINT NOT NULL, head TEXT NOT NULL, authority_url TEXT NOT NULL, "
    "token {blob} NOT NULL, gen_time BIGINT NOT NULL, stamped_at BIGINT NOT NULL, "
    "stamped_offset INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX time_stamps_by_case ON time_stamps(case_id)",
};

// The tables whose rows record their writer (the changed_by columns above).
const char *const kWriterRecorded[] = {
    "organizations", "contacts",         "cases",   "timeline_entries", "commitments",
    "follow_ups",    "escalation_steps", "letters", "attachments",      "clock_triggers",
};

int currentVersion()
{
    return 11;
}

MigrationList migrations(const SqlDialect &dialect)
{
    Migration first{1, {}};
    const auto tag = dialect.tagAsWorkspace(kApplicationId);
    if (!tag.isEmpty())
        first.statements << tag;
    for (const char *statement : kVersion1)
        first.statements << dialect.schemaSql(QString::fromLatin1(statement));
    Migration second{2, {}};
    for (const char *statement : kVersion2)
        second.statements << dialect.schemaSql(QString::fromLatin1(statement));
    Migration third{3, {}};
    for (const char *statement : kVersion3)
        third.statements << dialect.schemaSql(QString::fromLatin1(statement));
    Migration fourth{4, {}};
    for (const char *statement : kVersion4)
        fourth.statements << dialect.schemaSql(QString::fromLatin1(statement));
    Migration fifth{5, {}};
    for (const char *statement : kVersion5)
        fifth.statements << dialect.schemaSql(QString::fromLatin1(statement));
    Migration sixth{6, {}};
    for (const char *statement : kVersion6)
        sixth.statements << dialect.schemaSql(QString::fromLatin1(statement));
    sixth.statements << searchindex::schemaStatements(dialect);
    // The rows written before sealing began are sealed as they are now, the chain's start.
    // In format 1: the columns of format 2 come with schema 8.
    sixth.finish = [](Workspace &workspace) { return workspace.seals().sealExisting(1); };
    Migration seventh{7, {}};
    for (const char *statement : kVersion7)
        seventh.statements << dialect.schemaSql(QString::fromLatin1(statement));
    QStringList recorded;
    for (const char *table : kWriterRecorded)
        recorded << QString::fromLatin1(table);
    seventh.statements << dialect.recordWriter(recorded);
    seventh.statements << ServerChanges::schemaStatements(
        dialect, {QStringLiteral("cases"), QStringLiteral("organizations"),
                  QStringLiteral("contacts"), QStringLiteral("timeline_entries"),
                  QStringLiteral("commitments"), QStringLiteral("follow_ups"),
                  QStringLiteral("escalation_steps"), QStringLiteral("attachments")});
    Migration eighth{8, {}};
    for (const char *statement : kVersion8)
        eighth.statements << dialect.schemaSql(QString::fromLatin1(statement));
    // Search (issue 20): letters and participants indexed, fields apart in the details; the
    // index is built again on first open, with its progress shown (SearchIndexBuild).
    eighth.statements << searchindex::upgradeStatements(dialect);
    eighth.finish = [](Workspace &workspace) { return LetterRepository::fillPlainText(workspace); };
    eighth.statements << dialect.recordWriter({QStringLiteral("seals")});
    // Team (issue 23): the server's own index (nothing on SQLite).
    eighth.statements << searchindex::serverSchemaStatements(dialect);
    Migration ninth{9, {}};
    for (const char *statement : kVersion9)
        ninth.statements << dialect.schemaSql(QString::fromLatin1(statement));
    // Outcomes (issue 22): the per-case sums, kept by triggers, filled from the rows there are.
    ninth.statements << casefigures::schemaStatements(dialect);
    // Search (issue 20): the filters' narrow table search_facets beside the text index, its
    // triggers, and the index built again on first open (nothing on PostgreSQL).
    ninth.statements << searchindex::upgradeStatements(dialect);
    Migration tenth{10, {}};
    for (const char *statement : kVersion10)
        tenth.statements << dialect.schemaSql(QString::fromLatin1(statement));
    Migration eleventh{11, {}};
    // Version 11 (one block per area, merged into one version).
    // Search (issue 20): the filters' index on (tag, time), so that a search of filters alone
    // walks the newest rows of a channel or status in order (SearchIndexSchema.h); a table
    // of its own per engine (search_facets, search_docs), hence no plain statement here.
    eleventh.statements << searchindex::facetIndexStatements(dialect);
    return {first, second, third, fourth, fifth, sixth, seventh, eighth, ninth, tenth, eleventh};
}

} // namespace leverage::schema
