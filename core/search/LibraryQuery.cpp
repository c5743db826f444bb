#include "search/LibraryQuery.h"

#include "library/Collection.h"
#include "library/TagStore.h"
#include "search/SearchQuery.h"
#include "text/BengaliText.h"

#include <QRegularExpression>

namespace pathak {

namespace {

using Kind = LibraryQueryTerm::Kind;

std::optional<Kind> operatorKind(const QString &key)
{
    static const QList<std::pair<QString, Kind>> keys = {{QStringLiteral("tag"), Kind::Tag},
                                                         {QStringLiteral("feed"), Kind::Feed},
                                                         {QStringLiteral("source"), Kind::Source},
                                                         {QStringLiteral("is"), Kind::Is},
                                                         {QStringLiteral("has"), Kind::Has},
                                                         {QStringLiteral("saved"), Kind::Saved},
                                                         {QStringLiteral("published"), Kind::Published},
                                                         {QStringLiteral("author"), Kind::Author}};
    for (const auto &[name, kind] : keys) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

// A word of the query as typed: quotes removed from a quoted part, and
// whether any of it was quoted.
struct Word
{
    QString text;
    bool quoted = false;
    bool startsQuoted = false; // "is:read" in quotes is text, not an operator
};

// Splits at spaces outside quotes. A quote still open at the end runs to it
// (the user is still typing).
QList<Word> splitWords(const QString &text)
{
    QList<Word> words;
    Word current;
    bool inQuote = false;
    bool started = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            inQuote = !inQuote;
            if (!started)
                current.startsQuoted = true;
            current.quoted = true;
            started = true;
            continue;
        }
        if (!inQuote && c.isSpace()) {
            if (started)
                words.append(current);
            current = Word{};
            started = false;
            continue;
        }
        current.text.append(c);
        started = true;
    }
    if (started)
        words.append(current);
    return words;
}

struct Bound
{
    QDateTime start;  // the first instant the value names
    QDateTime end;    // the instant after it
    bool age = false; // an age ("7d"): start is that long ago, end is open
};

std::optional<Bound> readWhen(const QString &value, const QDateTime &now)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("today"))
        return Bound{QDateTime(now.date(), QTime(0, 0)), QDateTime(now.date().addDays(1), QTime(0, 0))};
    if (v == QLatin1String("yesterday"))
        return Bound{QDateTime(now.date().addDays(-1), QTime(0, 0)), QDateTime(now.date(), QTime(0, 0))};
    static const QRegularExpression ageForm(QStringLiteral("^(\\d{1,5})([dwmy])$"));
    if (const QRegularExpressionMatch m = ageForm.match(v); m.hasMatch()) {
        const int n = m.captured(1).toInt();
        const QChar unit = m.captured(2).front();
        QDateTime start = now;
        if (unit == QLatin1Char('d'))
            start = now.addDays(-n);
        else if (unit == QLatin1Char('w'))
            start = now.addDays(-7LL * n);
        else if (unit == QLatin1Char('m'))
            start = now.addMonths(-n);
        else
            start = now.addYears(-n);
        return Bound{start, {}, true};
    }
    static const QRegularExpression dayForm(
        QStringLiteral("^(\\d{4})(?:[-/](\\d{1,2})(?:[-/](\\d{1,2}))?)?$"));
    const QRegularExpressionMatch m = dayForm.match(v);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    const bool hasMonth = m.hasCaptured(2) && !m.captured(2).isEmpty();
    const bool hasDay = m.hasCaptured(3) && !m.captured(3).isEmpty();
    const QDate first(year, hasMonth ? m.captured(2).toInt() : 1, hasDay ? m.captured(3).toInt() : 1);
    if (!first.isValid())
        return std::nullopt;
    const QDate after = hasDay ? first.addDays(1) : hasMonth ? first.addMonths(1) : first.addYears(1);
    return Bound{QDateTime(first, QTime(0, 0)), QDateTime(after, QTime(0, 0))};
}

// Reads WHEN into [from, to); false when it is not one.
bool readRange(const QString &typed, const QDateTime &now, LibraryQueryTerm &term)
{
    const QString value = BengaliText::foldDigitsToAscii(typed).trimmed();
    if (const qsizetype dots = value.indexOf(QLatin1String("..")); dots >= 0) {
        const QString left = value.left(dots);
        const QString right = value.mid(dots + 2);
        if (left.isEmpty() && right.isEmpty())
            return false;
        std::optional<Bound> a = left.isEmpty() ? std::nullopt : readWhen(left, now);
        std::optional<Bound> b = right.isEmpty() ? std::nullopt : readWhen(right, now);
        if ((!left.isEmpty() && (!a || a->age)) || (!right.isEmpty() && (!b || b->age)))
            return false;
        if (a)
            term.from = a->start;
        if (b)
            term.to = b->end;
        return true;
    }
    QString op;
    for (const char *prefix : {">=", "<=", ">", "<", "="}) {
        if (value.startsWith(QLatin1String(prefix))) {
            op = QLatin1String(prefix);
            break;
        }
    }
    const std::optional<Bound> b = readWhen(value.mid(op.size()), now);
    if (!b)
        return false;
    if (b->age) {
        // An age compares how long ago: ">7d" is longer ago than a week.
        if (op.startsWith(QLatin1Char('>')))
            term.to = b->start;
        else
            term.from = b->start;
        return true;
    }
    if (op == QLatin1String(">"))
        term.from = b->end;
    else if (op == QLatin1String(">="))
        term.from = b->start;
    else if (op == QLatin1String("<"))
        term.to = b->start;
    else if (op == QLatin1String("<="))
        term.to = b->end;
    else {
        term.from = b->start;
        term.to = b->end;
    }
    return true;
}

bool readIs(const QString &value)
{
    static const QStringList known = {QStringLiteral("unread"),    QStringLiteral("read"),
                                      QStringLiteral("favourite"), QStringLiteral("favorite"),
                                      QStringLiteral("starred"),   QStringLiteral("archived"),
                                      QStringLiteral("inbox")};
    return known.contains(value.toLower());
}

bool readHas(const QString &value)
{
    static const QStringList known = {QStringLiteral("highlights"),  QStringLiteral("highlight"),
                                      QStringLiteral("annotations"), QStringLiteral("notes"),
                                      QStringLiteral("note"),        QStringLiteral("tags"),
                                      QStringLiteral("tag")};
    return known.contains(value.toLower());
}

QString quotedIfNeeded(const LibraryQueryTerm &t, bool quoted)
{
    return quoted ? QLatin1Char('"') + t.value + QLatin1Char('"') : t.value;
}

// saved_at is UTC ISO 8601; published is ISO 8601 as the source wrote it,
// compared as text: a day boundary is its date, other instants UTC.
QString savedBoundary(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate);
}

QString publishedBoundary(const QDateTime &when)
{
    if (when.time() == QTime(0, 0))
        return when.date().toString(Qt::ISODate);
    return when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

} // namespace

LibraryQuery LibraryQuery::parse(const QString &text, const QDateTime &now)
{
    LibraryQuery query;
    QList<bool> quotedText; // per term: free text written in quotes
    for (Word w : splitWords(text)) {
        LibraryQueryTerm term;
        if (w.text.size() > 1 && w.text.startsWith(QLatin1Char('-'))) {
            term.negated = true;
            w.text.remove(0, 1);
        }
        const qsizetype colon = w.startsQuoted ? -1 : w.text.indexOf(QLatin1Char(':'));
        const std::optional<Kind> kind = colon > 0 ? operatorKind(w.text.left(colon)) : std::nullopt;
        bool understood = false;
        if (kind) {
            term.kind = *kind;
            term.value = w.text.mid(colon + 1).trimmed();
            switch (*kind) {
            case Kind::Saved:
            case Kind::Published:
                understood = readRange(term.value, now, term);
                break;
            case Kind::Is:
                understood = readIs(term.value);
                term.value = term.value.toLower();
                break;
            case Kind::Has:
                understood = readHas(term.value);
                term.value = term.value.toLower();
                break;
            case Kind::Tag:
                understood = !TagStore::fold(term.value).isEmpty();
                break;
            default:
                understood = !term.value.isEmpty();
                break;
            }
        }
        if (!understood) {
            term = LibraryQueryTerm{Kind::Text, term.negated, w.text, {}, {}};
            if (SearchQuery::parse(term.value).isEmpty())
                continue; // punctuation alone finds nothing and narrows nothing
        }
        query.m_terms.append(term);
        quotedText.append(w.quoted);
    }
    // Kept for searchText(): which free text was a phrase.
    for (qsizetype i = 0; i < query.m_terms.size(); ++i) {
        LibraryQueryTerm &t = query.m_terms[i];
        if (t.kind == Kind::Text && quotedText.at(i))
            t.value = quotedIfNeeded(t, true);
    }
    return query;
}

QString LibraryQuery::searchText() const
{
    QStringList words;
    for (const LibraryQueryTerm &t : m_terms) {
        if (t.kind == Kind::Text && !t.negated)
            words.append(t.value);
    }
    return words.join(QLatin1Char(' '));
}

ArticleCondition LibraryQuery::termCondition(const LibraryQueryTerm &t) const
{
    const QString v = t.value;
    switch (t.kind) {
    case Kind::Text: {
        const QString match = SearchQuery::parse(v).ftsExpression();
        if (match.isEmpty())
            return {};
        return {QStringLiteral("a.id IN (SELECT rowid FROM search WHERE search MATCH ?)"), {match}};
    }
    case Kind::Tag:
        return {QStringLiteral("a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t "
                               "ON t.id = at.tag_id WHERE t.folded = ?)"),
                {TagStore::fold(v)}};
    case Kind::Feed: {
        bool isId = false;
        const qint64 id = BengaliText::foldDigitsToAscii(v).toLongLong(&isId);
        return {QStringLiteral(
                    "a.id IN (SELECT fi.article_id FROM feed_items fi JOIN feeds f ON f.id = fi.feed_id "
                    "WHERE f.id = ? OR instr(lower(f.title), lower(?)) > 0 "
                    "OR instr(lower(f.url), lower(?)) > 0)"),
                {isId ? id : qint64(-1), v, v}};
    }
    case Kind::Source:
        return {QStringLiteral(
                    "EXISTS (SELECT 1 FROM sources so WHERE so.article_id = a.id "
                    "AND (instr(lower(so.label), lower(?)) > 0 OR instr(lower(so.url), lower(?)) > 0))"),
                {v, v}};
    case Kind::Author:
        return {QStringLiteral("instr(lower(coalesce(a.author, '')), lower(?)) > 0"), {v}};
    case Kind::Is:
        if (v == QLatin1String("unread"))
            return {QStringLiteral("a.is_read = 0"), {}};
        if (v == QLatin1String("read"))
            return {QStringLiteral("a.is_read = 1"), {}};
        if (v == QLatin1String("archived"))
            return Collection::archive();
        if (v == QLatin1String("inbox"))
            return Collection::inbox();
        return Collection::favourites();
    case Kind::Has:
        if (v.startsWith(QLatin1String("note")))
            return {QStringLiteral(
                        "EXISTS (SELECT 1 FROM annotations n WHERE n.article_id = a.id AND n.note <> '')"),
                    {}};
        if (v.startsWith(QLatin1String("tag")))
            return {QStringLiteral("EXISTS (SELECT 1 FROM article_tags at WHERE at.article_id = a.id)"), {}};
        return {QStringLiteral("EXISTS (SELECT 1 FROM annotations n WHERE n.article_id = a.id)"), {}};
    case Kind::Saved:
    case Kind::Published: {
        const bool saved = t.kind == Kind::Saved;
        const QString column =
            saved ? QStringLiteral("a.saved_at") : QStringLiteral("coalesce(a.published, '')");
        QStringList parts;
        QVariantList values;
        if (t.from) {
            parts.append(column + QStringLiteral(" >= ?"));
            values.append(saved ? savedBoundary(*t.from) : publishedBoundary(*t.from));
        } else if (!saved) {
            parts.append(QStringLiteral("a.published IS NOT NULL"));
        }
        if (t.to) {
            parts.append(column + QStringLiteral(" < ?"));
            values.append(saved ? savedBoundary(*t.to) : publishedBoundary(*t.to));
        }
        if (parts.isEmpty())
            return {};
        return {parts.join(QStringLiteral(" AND ")), values};
    }
    }
    return {};
}

ArticleCondition LibraryQuery::filter() const
{
    ArticleCondition all;
    for (const LibraryQueryTerm &t : m_terms) {
        if (t.kind == Kind::Text && !t.negated)
            continue;
        ArticleCondition c = termCondition(t);
        if (c.isEmpty())
            continue;
        if (t.negated)
            c.sql = QStringLiteral("NOT (%1)").arg(c.sql);
        all = all && c;
    }
    return all;
}

ArticleCondition LibraryQuery::condition() const
{
    ArticleCondition text;
    const QString words = searchText();
    if (!words.trimmed().isEmpty())
        text = termCondition(LibraryQueryTerm{Kind::Text, false, words, {}, {}});
    return text && filter();
}

} // namespace pathak
