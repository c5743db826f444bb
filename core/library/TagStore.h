#pragma once

#include "base/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pathak {

class LibraryDatabase;

struct TagCount
{
    qint64 id = 0;
    QString name;
    int articles = 0;
    bool operator==(const TagCount &) const = default;
};

// The tags of one library (migration 007): names the user gives articles.
// A tag is found by its folded name (fold()), so two spellings that differ
// only in case, Unicode form, joiners or spacing are one tag, shown as it
// was first written. Uses the connection of the LibraryDatabase it was made
// with. Changes to many articles run in one transaction: all or nothing.
class TagStore
{
public:
    static constexpr int maxNameLength = 100;

    explicit TagStore(LibraryDatabase &db);

    // The name as shown: NFC, one line, spaces collapsed, cut at
    // maxNameLength; empty when nothing is left.
    static QString cleanName(const QString &name);
    // The key a tag is found by: cleanName(), case folded, ZWNJ and ZWJ dropped.
    static QString fold(const QString &name);

    // Every tag with how many articles carry it, by folded name.
    Result<QList<TagCount>> tags();
    // The names of an article's tags, by folded name.
    Result<QStringList> tagsOf(qint64 articleId);

    // Tags the articles (making the tag if it is new); returns how many of
    // them did not have it yet. An id not in the library fails the call.
    Result<int> add(const QList<qint64> &articleIds, const QString &name);
    // Takes the tag off the articles; returns how many had it. A name that
    // is no tag changes nothing.
    Result<int> remove(const QList<qint64> &articleIds, const QString &name);
    // Gives a tag a new name; a name that is already another tag's merges
    // the two (merge()).
    Status rename(const QString &from, const QString &to);
    // Every article of from gets into, and from goes.
    Status merge(const QString &from, const QString &into);
    // The tag goes from every article, and from the library.
    Status deleteTag(const QString &name);

private:
    // 0 when there is no such tag.
    Result<qint64> find(const QString &name);
    Result<qint64> findOrCreate(const QString &name);

    LibraryDatabase &m_db;
};

} // namespace pathak
