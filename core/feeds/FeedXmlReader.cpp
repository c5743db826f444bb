#include "feeds/FeedXmlReader.h"

#include "feeds/XmlReadError.h"
#include "text/BengaliText.h"

namespace pathak {

namespace {

const QString kAtomNs = QStringLiteral("http://www.w3.org/2005/Atom");
const QString kDublinCoreNs = QStringLiteral("http://purl.org/dc/elements/1.1/");

void addAuthor(QString &authors, const QString &name)
{
    if (name.isEmpty())
        return;
    authors += authors.isEmpty() ? name : QStringLiteral(", ") + name;
}

// RSS's own author is an address, "news@example.com (Name)": the name, when given.
QString rssAuthorName(const QString &text)
{
    const qsizetype open = text.indexOf(QLatin1Char('('));
    if (open >= 0 && text.endsWith(QLatin1Char(')')))
        return text.mid(open + 1, text.size() - open - 2).trimmed();
    return text.contains(QLatin1Char('@')) ? QString() : text;
}

QString clean(const QString &text)
{
    return BengaliText::toOneLine(BengaliText::toNfc(text));
}

// Text of the feed quoted in an error: one line (the error is a status line
// in the feeds dialog and on the command line) and short, whatever was sent.
QString quoted(const QString &text)
{
    constexpr qsizetype longest = 40;
    const QString s = clean(text);
    return s.size() <= longest ? s : s.left(longest) + QChar(0x2026);
}

QDateTime parseDate(const QString &text)
{
    const QString t = text.trimmed();
    QDateTime d = QDateTime::fromString(t, Qt::RFC2822Date);
    if (!d.isValid())
        d = QDateTime::fromString(t, Qt::ISODate);
    return d;
}

} // namespace

FeedXmlReader::FeedXmlReader(const QByteArray &bytes, const QUrl &base) : m_xml(bytes), m_base(base) {}

Result<Feed> FeedXmlReader::read()
{
    using R = Result<Feed>;
    if (!m_xml.readNextStartElement())
        return fail();
    const QStringView root = m_xml.name();
    if (root == QLatin1String("rss")) {
        if (const Status version = checkRssVersion(); !version)
            return R::failure(version.error());
        readRss();
    } else if (root == QLatin1String("feed") && m_xml.namespaceUri() == kAtomNs) {
        readAtom();
    } else {
        return R::failure(QStringLiteral("not an RSS 2.0 or Atom 1.0 feed (root element <%1>)")
                              .arg(quoted(root.toString())));
    }
    // Read to the end: an error after the last item still makes the document malformed.
    while (!m_xml.atEnd())
        m_xml.readNext();
    if (m_xml.hasError())
        return fail();
    return R(std::move(m_feed));
}

Status FeedXmlReader::checkRssVersion()
{
    const QString version = m_xml.attributes().value(QLatin1String("version")).toString();
    if (!version.isEmpty() && !version.startsWith(QLatin1String("2.")) && version != QLatin1String("0.91") &&
        version != QLatin1String("0.92"))
        return Status::failure(QStringLiteral("unsupported RSS version %1").arg(quoted(version)));
    return {};
}

Result<Feed> FeedXmlReader::fail() const
{
    if (!m_xml.hasError())
        return Result<Feed>::failure(QStringLiteral("empty feed (no XML element)"));
    return Result<Feed>::failure(XmlReadError::describe(m_xml, QStringLiteral("feed XML")));
}

QUrl FeedXmlReader::resolve(const QString &href) const
{
    return m_base.resolved(QUrl(href.trimmed()));
}

QString FeedXmlReader::elementText()
{
    return m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
}

void FeedXmlReader::readRss()
{
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == QLatin1String("channel"))
            readRssChannel();
        else
            m_xml.skipCurrentElement();
    }
}

void FeedXmlReader::readRssChannel()
{
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (!m_xml.namespaceUri().isEmpty())
            m_xml.skipCurrentElement();
        else if (name == QLatin1String("title"))
            m_feed.title = clean(elementText());
        else if (name == QLatin1String("link"))
            m_feed.siteUrl = resolve(elementText());
        else if (name == QLatin1String("item"))
            readRssItem();
        else
            m_xml.skipCurrentElement();
    }
}

void FeedXmlReader::readRssItem()
{
    FeedItem item;
    QString guid;
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (m_xml.namespaceUri() == kDublinCoreNs && name == QLatin1String("creator")) {
            addAuthor(item.author, clean(elementText()));
        } else if (!m_xml.namespaceUri().isEmpty()) {
            m_xml.skipCurrentElement();
        } else if (name == QLatin1String("title")) {
            item.title = clean(elementText());
        } else if (name == QLatin1String("author")) {
            addAuthor(item.author, rssAuthorName(clean(elementText())));
        } else if (name == QLatin1String("link")) {
            item.link = resolve(elementText());
        } else if (name == QLatin1String("guid")) {
            const bool permalink =
                m_xml.attributes().value(QLatin1String("isPermaLink")) != QLatin1String("false");
            guid = elementText().trimmed();
            if (permalink && item.link.isEmpty() && !guid.isEmpty())
                item.link = resolve(guid);
        } else if (name == QLatin1String("pubDate")) {
            item.published = parseDate(elementText());
        } else {
            m_xml.skipCurrentElement();
        }
    }
    add(std::move(item), guid);
}

void FeedXmlReader::readAtom()
{
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (m_xml.namespaceUri() != kAtomNs) {
            m_xml.skipCurrentElement();
        } else if (name == QLatin1String("title")) {
            m_feed.title = clean(elementText());
        } else if (name == QLatin1String("link")) {
            if (const QUrl href = alternateLink(); !href.isEmpty())
                m_feed.siteUrl = href;
        } else if (name == QLatin1String("entry")) {
            readAtomEntry();
        } else {
            m_xml.skipCurrentElement();
        }
    }
}

QUrl FeedXmlReader::alternateLink()
{
    const QXmlStreamAttributes a = m_xml.attributes();
    const QStringView rel = a.value(QLatin1String("rel"));
    const QString href = a.value(QLatin1String("href")).toString();
    m_xml.skipCurrentElement();
    if ((rel.isEmpty() || rel == QLatin1String("alternate")) && !href.trimmed().isEmpty())
        return resolve(href);
    return {};
}

void FeedXmlReader::readAtomEntry()
{
    FeedItem item;
    QString id;
    QDateTime updated;
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        if (m_xml.namespaceUri() != kAtomNs) {
            m_xml.skipCurrentElement();
        } else if (name == QLatin1String("title")) {
            item.title = clean(elementText());
        } else if (name == QLatin1String("link")) {
            if (const QUrl href = alternateLink(); !href.isEmpty() && item.link.isEmpty())
                item.link = href;
        } else if (name == QLatin1String("id")) {
            id = elementText().trimmed();
        } else if (name == QLatin1String("published")) {
            item.published = parseDate(elementText());
        } else if (name == QLatin1String("updated")) {
            updated = parseDate(elementText());
        } else if (name == QLatin1String("author")) {
            while (m_xml.readNextStartElement()) {
                if (m_xml.namespaceUri() == kAtomNs && m_xml.name() == QLatin1String("name"))
                    addAuthor(item.author, clean(elementText()));
                else
                    m_xml.skipCurrentElement();
            }
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (!item.published.isValid())
        item.published = updated;
    add(std::move(item), id);
}

void FeedXmlReader::add(FeedItem item, const QString &id)
{
    item.key = id.isEmpty() ? item.link.toString(QUrl::FullyEncoded) : id;
    // An item without a page to download cannot become an article.
    if (item.key.isEmpty() || !item.link.isValid() || item.link.isEmpty())
        return;
    m_feed.items.append(std::move(item));
}

} // namespace pathak
