#pragma once

#include <QString>

class QXmlStreamReader;

namespace pathak {

// The one-line error for XML that QXmlStreamReader could not read (feeds,
// OPML files): "malformed WHAT at line L, column C: reason". The reader's
// reason can quote the document (an encoding or element name), so its line
// breaks become spaces: the error is a status line in the feeds dialog, in
// the library and on the command line.
class XmlReadError
{
public:
    static QString describe(const QXmlStreamReader &xml, const QString &what);
};

} // namespace pathak
