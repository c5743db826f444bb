#include "feeds/Opml.h"

#include "feeds/XmlReadError.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace pathak {

Result<QList<OpmlFeed>> Opml::parse(const QByteArray &bytes)
{
    using R = Result<QList<OpmlFeed>>;
    QXmlStreamReader xml(bytes);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("opml")) {
        if (xml.hasError())
            return R::failure(XmlReadError::describe(xml, QStringLiteral("OPML")));
        return R::failure(QStringLiteral("not an OPML file"));
    }
    QList<OpmlFeed> feeds;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("outline")) {
            const QXmlStreamAttributes a = xml.attributes();
            const QString url = a.value(QLatin1String("xmlUrl")).toString().trimmed();
            if (url.isEmpty())
                continue; // a folder
            QString title = a.value(QLatin1String("title")).toString();
            if (title.isEmpty())
                title = a.value(QLatin1String("text")).toString();
            // One line: a title with line breaks would break every list it is shown in.
            feeds.append({title.simplified(), url, a.value(QLatin1String("htmlUrl")).toString().trimmed()});
        }
    }
    if (xml.hasError())
        return R::failure(XmlReadError::describe(xml, QStringLiteral("OPML")));
    return R(feeds);
}

QByteArray Opml::write(const QList<OpmlFeed> &feeds, const QString &title)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("opml"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    xml.writeStartElement(QStringLiteral("head"));
    xml.writeTextElement(QStringLiteral("title"), title);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("body"));
    for (const OpmlFeed &f : feeds) {
        xml.writeStartElement(QStringLiteral("outline"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("rss"));
        xml.writeAttribute(QStringLiteral("text"), f.title.isEmpty() ? f.xmlUrl : f.title);
        if (!f.title.isEmpty())
            xml.writeAttribute(QStringLiteral("title"), f.title);
        xml.writeAttribute(QStringLiteral("xmlUrl"), f.xmlUrl);
        if (!f.htmlUrl.isEmpty())
            xml.writeAttribute(QStringLiteral("htmlUrl"), f.htmlUrl);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace pathak
