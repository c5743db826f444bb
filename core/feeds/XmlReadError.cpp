#include "feeds/XmlReadError.h"

#include "text/BengaliText.h"

#include <QXmlStreamReader>

namespace pathak {

QString XmlReadError::describe(const QXmlStreamReader &xml, const QString &what)
{
    return QStringLiteral("malformed %1 at line %2, column %3: %4")
        .arg(what)
        .arg(xml.lineNumber())
        .arg(xml.columnNumber())
        .arg(BengaliText::toOneLine(xml.errorString()));
}

} // namespace pathak
