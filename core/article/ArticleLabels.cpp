#include "article/ArticleLabels.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace pathak {

namespace {

QString bengaliDigits(QString s)
{
    for (QChar &c : s) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            c = QChar(char16_t(0x09E6 + (c.unicode() - u'0')));
    }
    return s;
}

} // namespace

QString ArticleLabels::number(int n)
{
    return bengaliDigits(QString::number(n));
}

QString ArticleLabels::byline(const QString &author, const QString &published)
{
    QStringList parts;
    if (!author.trimmed().isEmpty())
        parts.append(author.trimmed());
    QDate day = QDateTime::fromString(published, Qt::ISODate).date();
    if (!day.isValid())
        day = QDate::fromString(published.left(10), Qt::ISODate);
    if (day.isValid()) {
        // The month's Bengali name; the digits made Bengali whatever the
        // locale data gives.
        const QLocale bengali(QLocale::Bengali, QLocale::Bangladesh);
        parts.append(bengaliDigits(bengali.toString(day, QStringLiteral("d MMMM yyyy"))));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace pathak
