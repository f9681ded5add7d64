#include "core/search/QueryParser.h"

#include "core/domain/CaseStatus.h"
#include "core/domain/Channel.h"
#include "core/domain/CommitmentStatus.h"

#include <array>

namespace leverage::search {
namespace {

struct KindName
{
    const char *name;
    SearchKind kind;
};

constexpr std::array<KindName, 11> kKindNames{{
    {"case", SearchKind::Case},
    {"entry", SearchKind::Entry},
    {"promise", SearchKind::Commitment},
    {"commitment", SearchKind::Commitment},
    {"follow-up", SearchKind::FollowUp},
    {"followup", SearchKind::FollowUp},
    {"contact", SearchKind::Contact},
    {"person", SearchKind::Contact},
    {"organization", SearchKind::Organization},
    {"org", SearchKind::Organization},
    {"letter", SearchKind::Letter},
}};

bool hasWordCharacter(const QString &text)
{
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            return true;
    return false;
}

// Reads the query left to right; the first fault stops it.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(leverage::search::QueryParser)

public:
    explicit Reader(const QString &text) : m_text(text) {}

    ParsedQuery run()
    {
        bool pendingOr = false;
        int orPosition = -1;
        while (skipSpace()) {
            const int start = m_pos;
            const bool excluded = m_text.at(m_pos) == QLatin1Char('-') &&
                                  m_pos + 1 < m_text.size() && !m_text.at(m_pos + 1).isSpace();
            if (excluded)
                ++m_pos;
            if (m_text.at(m_pos) != QLatin1Char('"')) {
                const auto word = peekWord();
                if (!excluded && word == QLatin1String("OR")) {
                    if (pendingOr || m_result.query.clauses.isEmpty() ||
                        m_result.query.clauses.last().excluded || m_lastWasFilter)
                        return fail(m_pos, tr("\"OR\" needs a word on each side"));
                    pendingOr = true;
                    orPosition = m_pos;
                    m_pos += 2;
                    continue;
                }
                if (auto colon = filterColon(word); colon > 0) {
                    if (excluded || pendingOr)
                        return fail(start, tr("a filter cannot be excluded or joined by OR"));
                    if (!readFilter(word.left(colon)))
                        return m_result;
                    m_lastWasFilter = true;
                    continue;
                }
            }
            std::optional<SearchTerm> term = readTerm();
            if (!m_result.ok)
                return m_result;
            m_lastWasFilter = false;
            if (!term) { // punctuation alone: nothing to search for
                if (pendingOr)
                    return fail(orPosition, tr("\"OR\" needs a word on each side"));
                continue;
            }
            if (pendingOr) {
                if (excluded)
                    return fail(start, tr("an excluded word cannot be joined by OR"));
                m_result.query.clauses.last().alternatives << *term;
                pendingOr = false;
                continue;
            }
            m_result.query.clauses << SearchClause{{*term}, excluded};
        }
        if (pendingOr)
            return fail(orPosition, tr("\"OR\" needs a word on each side"));
        if (onlyExclusions())
            return fail(firstExclusion(), tr("say what to look for besides what to leave out"));
        return m_result;
    }

private:
    bool onlyExclusions() const
    {
        const auto &q = m_result.query;
        if (q.hasFilters() || q.clauses.isEmpty())
            return false;
        for (const auto &clause : q.clauses)
            if (!clause.excluded)
                return false;
        return true;
    }

    int firstExclusion() const { return int(m_text.indexOf(QLatin1Char('-'))); }

    ParsedQuery fail(int position, const QString &what)
    {
        m_result.ok = false;
        m_result.errorPosition = position;
        m_result.error =
            tr("The search does not read at character %1: %2.").arg(position + 1).arg(what);
        return m_result;
    }

    bool skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
        return m_pos < m_text.size();
    }

    QString peekWord() const
    {
        int end = m_pos;
        while (end < m_text.size() && !m_text.at(end).isSpace())
            ++end;
        return m_text.mid(m_pos, end - m_pos);
    }

    // The colon of "name:" when name is a filter's name or looks like one (letters only).
    static int filterColon(const QString &word)
    {
        const int colon = word.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return -1;
        for (int i = 0; i < colon; ++i)
            if (!word.at(i).isLetter())
                return -1;
        return colon;
    }

    // The text between the quote at m_pos and the next one, spaces simplified; nothing (and
    // the fault) when the quote is not closed.
    std::optional<QString> readQuoted()
    {
        const int close = int(m_text.indexOf(QLatin1Char('"'), m_pos + 1));
        if (close < 0) {
            fail(m_pos, tr("the quote is not closed"));
            return std::nullopt;
        }
        const auto text = m_text.mid(m_pos + 1, close - m_pos - 1).simplified();
        m_pos = close + 1;
        return text;
    }

    // A word, "a phrase" or a prefix*, from m_pos.
    std::optional<SearchTerm> readTerm()
    {
        const int start = m_pos;
        if (m_text.at(m_pos) == QLatin1Char('"')) {
            const auto phrase = readQuoted();
            if (!phrase || !hasWordCharacter(*phrase))
                return std::nullopt;
            return SearchTerm{SearchTerm::Form::Phrase, *phrase};
        }
        auto word = peekWord();
        m_pos += int(word.size());
        const int star = int(word.indexOf(QLatin1Char('*')));
        if (star >= 0 && star != word.size() - 1) {
            fail(start + star, tr("\"*\" goes at the end of a word (refun*)"));
            return std::nullopt;
        }
        if (star >= 0) {
            word.chop(1);
            if (!hasWordCharacter(word)) {
                fail(start, tr("\"*\" needs the start of a word before it"));
                return std::nullopt;
            }
            return SearchTerm{SearchTerm::Form::Prefix, word};
        }
        if (!hasWordCharacter(word))
            return std::nullopt;
        return SearchTerm{SearchTerm::Form::Word, word};
    }

    // The value after "name:", quoted or not.
    std::optional<QString> readValue(int valueStart)
    {
        m_pos = valueStart;
        if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('"'))
            return readQuoted();
        const auto value = peekWord();
        m_pos += int(value.size());
        return value;
    }

    bool readFilter(const QString &name)
    {
        const int nameStart = m_pos;
        const int valueStart = m_pos + int(name.size()) + 1;
        const auto value = readValue(valueStart);
        if (!value)
            return false;
        if (value->isEmpty() || !hasWordCharacter(*value)) {
            fail(valueStart, tr("\"%1:\" needs a value after it").arg(name));
            return false;
        }
        auto &q = m_result.query;
        const auto key = name.toLower();
        const auto lowered = value->toLower();
        if (key == QLatin1String("person")) {
            q.people << *value;
        } else if (key == QLatin1String("org")) {
            q.organizations << *value;
        } else if (key == QLatin1String("case")) {
            q.cases << *value;
        } else if (key == QLatin1String("ref")) {
            q.references << *value;
        } else if (key == QLatin1String("channel")) {
            if (!channelFromKey(lowered)) {
                fail(valueStart, tr("channels are call, email, letter, chat, visit and note"));
                return false;
            }
            q.channels << lowered;
        } else if (key == QLatin1String("status")) {
            const bool known = caseStatusFromKey(lowered) || commitmentStatusFromKey(lowered) ||
                               lowered == QLatin1String("done");
            if (!known) {
                fail(valueStart, tr("statuses are open, waiting, escalated, resolved, closed, "
                                    "pending, kept, broken, withdrawn and done"));
                return false;
            }
            q.statuses << lowered;
        } else if (key == QLatin1String("after") || key == QLatin1String("before")) {
            const auto date = QDate::fromString(*value, Qt::ISODate);
            if (!date.isValid()) {
                fail(valueStart, tr("a date is written 2026-03-01"));
                return false;
            }
            (key == QLatin1String("after") ? q.after : q.before) = date;
        } else if (key == QLatin1String("kind")) {
            for (const auto &kind : kKindNames)
                if (lowered == QLatin1String(kind.name)) {
                    q.kinds << kind.kind;
                    return true;
                }
            fail(valueStart, tr("kinds are case, entry, promise, follow-up, contact, "
                                "organization and letter"));
            return false;
        } else {
            fail(nameStart, tr("\"%1:\" is not a filter; filters are person:, org:, channel:, "
                               "status:, case:, after:, before:, ref: and kind:")
                                .arg(name));
            return false;
        }
        return true;
    }

    const QString &m_text;
    int m_pos = 0;
    bool m_lastWasFilter = false;
    ParsedQuery m_result;
};

} // namespace

ParsedQuery QueryParser::parse(const QString &text)
{
    return Reader(text).run();
}

} // namespace leverage::search
