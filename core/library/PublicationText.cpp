#include "library/PublicationText.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

namespace pathak {

namespace {

bool plausibleYear(int year)
{
    return year >= 1800 && year <= 2200;
}

} // namespace

QString PublicationText::published(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression dateOnly(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    if (dateOnly.match(t).hasMatch()) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        return d.isValid() && plausibleYear(d.year()) ? d.toString(Qt::ISODate) : QString();
    }
    // QDateTime reads "T" or " " between date and time, seconds optional,
    // fractions, and "Z" or an offset; without either it means local time,
    // which for a page is unknown: kept without an offset, as given.
    static const QRegularExpression dateTime(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?$"));
    if (!dateTime.match(t).hasMatch())
        return {};
    QString normal = t;
    normal[10] = QLatin1Char('T');
    // Fractions beyond milliseconds are more than QDateTime reads.
    static const QRegularExpression longFraction(QStringLiteral("(\\.\\d{3})\\d+"));
    normal.replace(longFraction, QStringLiteral("\\1"));
    const QDateTime when = QDateTime::fromString(normal, Qt::ISODateWithMs);
    if (!when.isValid() || !plausibleYear(when.date().year()))
        return {};
    if (when.timeSpec() == Qt::LocalTime)
        return when.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (when.timeSpec() == Qt::UTC || when.offsetFromUtc() == 0)
        return when.toUTC().toString(Qt::ISODate);
    return when.toString(Qt::ISODate);
}

QString PublicationText::author(const QString &text)
{
    QString cleaned;
    cleaned.reserve(text.size());
    for (const QChar c : text)
        cleaned.append(c.category() == QChar::Other_Control ? QLatin1Char(' ') : c);
    cleaned = cleaned.simplified();
    if (cleaned.size() > maxAuthorLength) {
        cleaned.truncate(maxAuthorLength);
        // Never half a surrogate pair.
        if (cleaned.back().isHighSurrogate())
            cleaned.chop(1);
        cleaned = cleaned.trimmed();
    }
    return cleaned.isEmpty() ? QString() : cleaned;
}

QString PublicationText::authors(const QStringList &names)
{
    QStringList kept;
    for (const QString &name : names) {
        const QString one = author(name);
        if (!one.isNull() && !kept.contains(one, Qt::CaseInsensitive))
            kept.append(one);
    }
    return author(kept.join(QStringLiteral(", ")));
}

} // namespace pathak
