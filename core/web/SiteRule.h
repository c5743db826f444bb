#pragma once

#include "web/ElementSelector.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace pathak {

// What a news site's pages hold where, read from a data file
// (resources/site-rules/*.json, compiled in): the selectors of the body,
// title, caption, credit, date and author, and of what to strip from the
// body. A rule makes the generic extraction exact on a site it knows;
// where its selectors find nothing, the generic extraction stands.
class SiteRule
{
public:
    QString name;
    QStringList hosts;  // a host matches itself and its subdomains
    QString pathPrefix; // empty for the whole host
    QList<ElementSelector> body, title, caption, credit, date, author, strip;

    // The rule for a page address; nullopt when no rule names its host.
    static std::optional<SiteRule> forUrl(const QUrl &url);
    // Every compiled-in rule, read once; a file that does not parse is skipped.
    static const QList<SiteRule> &all();
    // A rule from a data file's JSON; nullopt when it names no host or a
    // selector does not parse.
    static std::optional<SiteRule> fromJson(const QByteArray &json);
};

} // namespace pathak
