#include "article/ArticleLabels.h"

namespace pathak {

QString ArticleLabels::number(int n)
{
    QString s = QString::number(n);
    for (QChar &c : s) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            c = QChar(char16_t(0x09E6 + (c.unicode() - u'0')));
    }
    return s;
}

} // namespace pathak
