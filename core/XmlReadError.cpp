#include "XmlReadError.h"

#include "BengaliText.h"

#include <QXmlStreamReader>

namespace pathak {

QString XmlReadError::describe(const QXmlStreamReader &xml, const QString &what)
{
    QString reason = xml.errorString();
    for (QChar &c : reason) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return QStringLiteral("malformed %1 at line %2, column %3: %4")
        .arg(what)
        .arg(xml.lineNumber())
        .arg(xml.columnNumber())
        .arg(BengaliText::collapseSpaces(reason));
}

} // namespace pathak
