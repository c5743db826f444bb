#include "web/BoilerplateText.h"

#include <QRegularExpression>

namespace pathak {

namespace {

constexpr auto kOptions =
    QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption;

// A whole paragraph that is only one of these (with ':' or '।' after it).
const QStringList &labels()
{
    static const QStringList list{
        QStringLiteral("বিজ্ঞাপন"),
        QStringLiteral("advertisement"),
        QStringLiteral("sponsored"),
        QStringLiteral("শেয়ার করুন"),
        QStringLiteral("শেয়ার"),
        QStringLiteral("share"),
        QStringLiteral("আরও পড়ুন"),
        QStringLiteral("আরো পড়ুন"),
        QStringLiteral("আরও পড়তে পারেন"),
        QStringLiteral("আরো পড়তে পারেন"),
        QStringLiteral("আরও খবর"),
        QStringLiteral("আরো খবর"),
        QStringLiteral("সম্পর্কিত খবর"),
        QStringLiteral("সংশ্লিষ্ট খবর"),
        QStringLiteral("read more"),
        QStringLiteral("বিস্তারিত আসছে"),
        QStringLiteral("বিস্তারিত আসছে..."),
        QStringLiteral("লাইভ"),
        QStringLiteral("ব্রেকিং"),
        QStringLiteral("ব্রেকিং নিউজ"),
        QStringLiteral("ফলো করুন"),
        QStringLiteral("আরও দেখুন"),
        QStringLiteral("আরো দেখুন"),
    };
    return list;
}

// Short lines that ask the reader to follow the site elsewhere, or start
// a box of links to other stories.
const QRegularExpression &promotion()
{
    static const QRegularExpression re(
        QStringLiteral("google\\s*news|গুগল\\s*নিউজ|ফেসবুক পেজে লাইক|ইউটিউব চ্যানেল সাবস্ক্রাইব|"
                       "হোয়াটসঅ্যাপ চ্যানেল|টেলিগ্রাম চ্যানেল|^(?:আরও|আরো) (?:পড়ুন|পড়তে পারেন)|^read more"),
        kOptions);
    return re;
}

// The desk's initials at the end of a report: "এসএস/এমএইচ", "/এএইচ/".
const QRegularExpression &deskInitials()
{
    static const QRegularExpression re(QStringLiteral("^(?:/%1(?:/%1)*/?|%1(?:/%1)+/?)$")
                                           .arg(QStringLiteral("[\\x{0980}-\\x{09FF}A-Za-z]{1,8}")),
                                       kOptions);
    return re;
}

QString withoutEndPunctuation(QString s)
{
    while (!s.isEmpty() && (s.back() == QLatin1Char(':') || s.back() == QChar(0x0964) || s.back().isSpace()))
        s.chop(1);
    return s;
}

} // namespace

bool BoilerplateText::isBoilerplate(const QString &paragraph)
{
    const QString bare = withoutEndPunctuation(paragraph.trimmed());
    for (const QString &label : labels()) {
        if (bare.compare(label, Qt::CaseInsensitive) == 0)
            return true;
    }
    if (paragraph.size() <= 160 && promotion().match(paragraph).hasMatch())
        return true;
    return paragraph.size() <= 40 && deskInitials().match(bare).hasMatch();
}

QStringList BoilerplateText::clean(const QStringList &paragraphs)
{
    QStringList out;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const QString &p = paragraphs.at(i);
        if (isBoilerplate(p))
            continue;
        bool repeats = false;
        // Bounded: a hostile page with thousands of paragraphs is not compared pair by pair.
        const bool compare = p.size() >= 20 && p.size() <= 400 && paragraphs.size() <= 1000;
        for (qsizetype j = 0; compare && j < paragraphs.size() && !repeats; ++j)
            repeats = j != i && paragraphs.at(j).size() > p.size() && paragraphs.at(j).contains(p);
        if (!repeats)
            out.append(p);
    }
    return out;
}

} // namespace pathak
