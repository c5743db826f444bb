#include "web/PublicationFacts.h"

#include "text/BengaliText.h"
#include "web/CommentMarkup.h"
#include "web/ElementHints.h"
#include "web/WebText.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QTime>

#include <algorithm>

namespace pathak {

namespace {

using Node = HtmlDom::Node;

constexpr auto kOptions =
    QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption;

// Month names as the pages spell them, January first; several spellings each.
const QList<QStringList> &monthNames()
{
    static const QList<QStringList> months{
        {QStringLiteral("জানুয়ারি"), QStringLiteral("জানুয়ারী"), QStringLiteral("january"),
         QStringLiteral("jan")},
        {QStringLiteral("ফেব্রুয়ারি"), QStringLiteral("ফেব্রুয়ারী"), QStringLiteral("february"),
         QStringLiteral("feb")},
        {QStringLiteral("মার্চ"), QStringLiteral("march"), QStringLiteral("mar")},
        {QStringLiteral("এপ্রিল"), QStringLiteral("april"), QStringLiteral("apr")},
        {QStringLiteral("মে"), QStringLiteral("may")},
        {QStringLiteral("জুন"), QStringLiteral("june"), QStringLiteral("jun")},
        {QStringLiteral("জুলাই"), QStringLiteral("july"), QStringLiteral("jul")},
        {QStringLiteral("আগস্ট"), QStringLiteral("অগাস্ট"), QStringLiteral("আগষ্ট"), QStringLiteral("august"),
         QStringLiteral("aug")},
        {QStringLiteral("সেপ্টেম্বর"), QStringLiteral("september"), QStringLiteral("sep"),
         QStringLiteral("sept")},
        {QStringLiteral("অক্টোবর"), QStringLiteral("october"), QStringLiteral("oct")},
        {QStringLiteral("নভেম্বর"), QStringLiteral("november"), QStringLiteral("nov")},
        {QStringLiteral("ডিসেম্বর"), QStringLiteral("december"), QStringLiteral("dec")},
    };
    return months;
}

int monthOf(const QString &name)
{
    const QString n = name.toLower();
    for (qsizetype i = 0; i < monthNames().size(); ++i) {
        if (monthNames().at(i).contains(n))
            return int(i) + 1;
    }
    return 0;
}

// A date with its month spelt out: day first ("১২ ফেব্রুয়ারি ২০২৬", as
// Bengali papers write it) or month first ("ফেব্রুয়ারি ১২, ২০২৬", "February
// 12, 2026", as English-style templates and some Kolkata sites do), with an
// optional time after it. Named groups, so both orders are read alike.
const QRegularExpression &datePattern(bool requireLabel, bool monthFirst)
{
    static const auto build = [](bool label, bool byMonth) {
        QStringList names;
        for (const QStringList &m : monthNames())
            names += m;
        // Longest first, so "ফেব্রুয়ারি" is not read as a shorter name.
        std::sort(names.begin(), names.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        const QString digit = QStringLiteral("[0-9\\x{09E6}-\\x{09EF}]");
        const QString month = QStringLiteral("(?<month>%1)").arg(names.join(QLatin1Char('|')));
        const QString day = QStringLiteral("(?<day>%1{1,2})(?!%1)").arg(digit);
        QString re =
            label ? QStringLiteral("(?:প্রকাশিত|প্রকাশের সময়|প্রকাশ|published)\\s*[:：]?\\s*") : QString();
        // A weekday may come first: "বৃহস্পতিবার, ১২ ফেব্রুয়ারি ২০২৬", "Thursday, February 12, 2026".
        re += QStringLiteral("(?:\\p{L}+\\s*,?\\s*)?");
        re += byMonth ? QString(month + QStringLiteral("\\s+") + day + QStringLiteral("(?:st|nd|rd|th)?"))
                      : QString(day + QStringLiteral("\\s+") + month);
        re += QStringLiteral(
                  "\\s*,?\\s*(?<year>%1{4})"
                  "(?:\\s*(?:[,|]|at)?\\s*(?:সময়\\s*:?\\s*)?(?<hour>%1{1,2})\\s*[:.]\\s*(?<minute>%1{2})\\s*"
                  "(?<half>এএম|পিএম|am|pm|a\\.m\\.|p\\.m\\.|পূর্বাহ্ন|অপরাহ্ন)?)?")
                  .arg(digit);
        return QRegularExpression(re, kOptions);
    };
    static const QRegularExpression patterns[2][2] = {{build(false, false), build(false, true)},
                                                      {build(true, false), build(true, true)}};
    return patterns[requireLabel ? 1 : 0][monthFirst ? 1 : 0];
}

} // namespace

QString PublicationFacts::nameFromByline(const QString &text)
{
    static const QRegularExpression prefix(QStringLiteral("^(?:লিখেছেন|লেখা\\s*,|লেখক\\s*:|by)\\s+"),
                                           kOptions);
    QString t = WebText::normalise(text);
    // "শ্রীমঙ্গল প্রতিনিধি | তারিখ: …": the name comes before the date.
    if (const qsizetype bar = t.indexOf(QLatin1Char('|')); bar > 0)
        t.truncate(bar);
    t.remove(prefix);
    return t.trimmed();
}

namespace {

bool isBylineBox(Node n)
{
    static const QRegularExpression names(
        QStringLiteral("author-?name|contributor-?name|writer-?name|reporter-?name|rpt-name|byline|"
                       "(?<![a-z])(author|reporter|writer)(?![a-z])"));
    const QString cls = (HtmlDom::attr(n, "class") + QLatin1Char(' ') + HtmlDom::attr(n, "id")).toLower();
    return names.match(cls).hasMatch();
}

// "তারিখ: ১২/০২/২০২৬", "প্রকাশ: 12.02.2026": day, month, year after a label.
QString numericDate(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(
            "(?:প্রকাশিত|প্রকাশ|তারিখ|published|date)\\s*[:：]\\s*(%1{1,2})[/.\\-](%1{1,2})[/.\\-](%1{4})")
            .arg(QStringLiteral("[0-9\\x{09E6}-\\x{09EF}]")),
        kOptions);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return {};
    const auto number = [&](int i) { return BengaliText::parseDigits(m.captured(i)).value_or(-1); };
    const QDate date(number(3), number(2), number(1));
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// The site's own header and footer print today's date, not the article's;
// a <time datetime> there may still be the article's (WordPress entry-header).
bool isPageChrome(Node n)
{
    switch (HtmlDom::tagOf(n)) {
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_NAV:
        return true;
    default: {
        const QString names =
            (HtmlDom::attr(n, "class") + QLatin1Char(' ') + HtmlDom::attr(n, "id")).toLower();
        return names.contains(QLatin1String("header")) || names.contains(QLatin1String("footer")) ||
               names.contains(QLatin1String("topbar")) || names.contains(QLatin1String("masthead"));
    }
    }
}

} // namespace

QString PublicationFacts::isoDate(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (QDateTime::fromString(t, Qt::ISODate).isValid() ||
        QDateTime::fromString(t, Qt::ISODateWithMs).isValid() || QDate::fromString(t, Qt::ISODate).isValid())
        return t;
    return {};
}

QString PublicationFacts::dateFromText(const QString &text, bool requireLabel)
{
    const QString t = WebText::normalise(text);
    // Whichever order comes first in the text is the date it states.
    QRegularExpressionMatch m = datePattern(requireLabel, false).match(t);
    const QRegularExpressionMatch byMonth = datePattern(requireLabel, true).match(t);
    if (byMonth.hasMatch() && (!m.hasMatch() || byMonth.capturedStart() < m.capturedStart()))
        m = byMonth;
    if (!m.hasMatch())
        return numericDate(t);
    const auto number = [&](const char *group) {
        return BengaliText::parseDigits(m.captured(QLatin1String(group))).value_or(-1);
    };
    const QDate date(number("year"), monthOf(m.captured(QStringLiteral("month"))), number("day"));
    if (!date.isValid())
        return {};
    if (m.captured(QStringLiteral("hour")).isEmpty())
        return date.toString(Qt::ISODate);
    int hour = number("hour");
    const QString half = m.captured(QStringLiteral("half")).toLower().remove(QLatin1Char('.'));
    const bool pm =
        half == QLatin1String("pm") || half == QStringLiteral("পিএম") || half == QStringLiteral("অপরাহ্ন");
    const bool am =
        half == QLatin1String("am") || half == QStringLiteral("এএম") || half == QStringLiteral("পূর্বাহ্ন");
    if (pm && hour < 12)
        hour += 12;
    else if (am && hour == 12)
        hour = 0;
    const QTime time(hour, number("minute"));
    if (!time.isValid())
        return date.toString(Qt::ISODate);
    return QDateTime(date, time).toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

PublicationFacts PublicationFacts::find(const PageFacts &facts, const std::optional<JsonLdArticle> &ld,
                                        Node scope)
{
    PublicationFacts out;
    if (ld) {
        out.published = isoDate(ld->text("datePublished"));
        out.authors = ld->authorNames();
    }
    for (const char *key :
         {"article:published_time", "og:published_time", "datepublished", "pubdate", "dc.date"}) {
        if (out.published.isEmpty())
            out.published = isoDate(facts.meta.value(QLatin1String(key)));
    }
    if (out.authors.isEmpty()) {
        for (const char *key : {"author", "article:author", "dc.creator"}) {
            const QString name = WebText::normalise(facts.meta.value(QLatin1String(key)));
            if (!name.isEmpty() && !name.startsWith(QLatin1String("http"))) {
                out.authors.append(name);
                break;
            }
        }
    }
    const Node root = facts.body ? facts.body : scope;
    if (!root || (!out.published.isEmpty() && !out.authors.isEmpty()))
        return out;

    // The markup: microdata, <time datetime>, then dates and bylines in the text.
    QString firstTime;
    QString textDate;
    QString itempropAuthor;
    QString bylineAuthor;
    HtmlDom::walk(root, [&](Node n) {
        if (n->type != GUMBO_NODE_ELEMENT || HtmlDom::isDropped(HtmlDom::tagOf(n)) ||
            CommentMarkup::isCommentSection(n))
            return false;
        if (HtmlDom::hasToken(n, "itemprop", QLatin1String("datePublished")) && out.published.isEmpty()) {
            const QString v = HtmlDom::attr(n, "datetime").isEmpty() ? HtmlDom::attr(n, "content")
                                                                     : HtmlDom::attr(n, "datetime");
            out.published = isoDate(v);
        }
        if (HtmlDom::tagOf(n) == GUMBO_TAG_TIME && firstTime.isEmpty())
            firstTime = isoDate(HtmlDom::attr(n, "datetime"));
        if (HtmlDom::hasToken(n, "itemprop", QLatin1String("author")) && itempropAuthor.isEmpty()) {
            const Node name = HtmlDom::firstDescendant(
                n, [](Node e) { return HtmlDom::hasToken(e, "itemprop", QLatin1String("name")); });
            itempropAuthor = HtmlDom::textOf(name ? name : n);
            return false;
        }
        if (bylineAuthor.isEmpty() && isBylineBox(n)) {
            const QString name = nameFromByline(HtmlDom::textOf(n));
            if (!name.isEmpty() && name.size() <= 60)
                bylineAuthor = name;
        }
        if (textDate.isEmpty() && (ElementHints::isUnlikely(n) || HtmlDom::tagOf(n) == GUMBO_TAG_P)) {
            // A date box ("news-time", "date") needs no label; other text does.
            const QString text = HtmlDom::textOf(n);
            if (text.size() <= 120)
                textDate = dateFromText(text, !ElementHints::isUnlikely(n));
            for (Node up = n; !textDate.isEmpty() && up && up != root; up = up->parent) {
                if (isPageChrome(up))
                    textDate.clear();
            }
        }
        return true;
    });
    if (out.published.isEmpty())
        out.published = !firstTime.isEmpty() ? firstTime : textDate;
    if (out.authors.isEmpty()) {
        const QString name = !itempropAuthor.isEmpty() ? itempropAuthor : bylineAuthor;
        if (!name.isEmpty())
            out.authors.append(name);
    }
    return out;
}

} // namespace pathak
