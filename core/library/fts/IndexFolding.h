#pragma once

#include <QByteArray>

namespace pathak {

// How text is folded before it is indexed, done in C++ by the importer's
// reading thread instead of by the view search_source of migration 002.
class IndexFolding
{
public:
    // The text of one column of search_source: ত্‍ → ৎ, ZWNJ and ZWJ
    // dropped, অ + া → আ, replaced in that order on the UTF-8 bytes as
    // SQLite's replace() does, so the index gets exactly the text the
    // view gives and a later delete through the view removes it again.
    static QByteArray fold(QByteArray utf8);
};

} // namespace pathak
