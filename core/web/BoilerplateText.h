#pragma once

#include <QString>
#include <QStringList>

namespace pathak {

// Lines that news pages put among an article's paragraphs but that are no
// part of it: advertisement labels, "আরও পড়ুন" boxes, "follow us on Google
// News" lines, share headings, the desk's initials ("এসএস/এমএইচ").
class BoilerplateText
{
public:
    static bool isBoilerplate(const QString &paragraph);
    // The paragraphs without boilerplate, and without those that only
    // repeat part of another paragraph (a pull quote).
    static QStringList clean(const QStringList &paragraphs);
};

} // namespace pathak
