#pragma once

#include "web/HtmlDom.h"
#include "web/JsonLdArticle.h"
#include "web/PageFacts.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace pathak {

// When an article was published and who wrote it, as the page says:
// JSON-LD (datePublished, author), meta tags (article:published_time,
// author), <time datetime> and itemprop microdata, then the page's text
// ("প্রকাশ: ১২ ফেব্রুয়ারি ২০২৬, ১০:৩০") and its byline boxes.
class PublicationFacts
{
public:
    // ISO 8601: "2026-02-12T10:30:00+06:00" from structured data,
    // "2026-02-12T10:30" from text (pages print no time zone); empty when
    // the page names no date.
    QString published;
    QStringList authors;

    static PublicationFacts find(const PageFacts &facts, const std::optional<JsonLdArticle> &ld,
                                 HtmlDom::Node scope);

    // A date as Bengali pages print it, with Bengali or ASCII digits and
    // Bengali or English month names: "১২ ফেব্রুয়ারি ২০২৬, ১০:৩০",
    // "বৃহস্পতিবার ১২ ফেব্রুয়ারি ২০২৬ ০৯:৪৫ পূর্বাহ্ন", "12 Feb 2026, 10:30 AM".
    // requireLabel: only after "প্রকাশ:", "প্রকাশিত:" or "Published:".
    static QString dateFromText(const QString &text, bool requireLabel);
    // The name in a byline: "লিখেছেন X", "By X", "X | তারিখ: …" give X.
    static QString nameFromByline(const QString &text);
    // A structured date (ISO 8601) checked and kept as written; empty when it is none.
    static QString isoDate(const QString &text);
};

} // namespace pathak
