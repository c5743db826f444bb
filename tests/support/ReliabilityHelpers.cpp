#include "ReliabilityHelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace pathak::test {

namespace {

QString bengaliNumber(int n)
{
    QString s = QString::number(n);
    for (QChar &c : s)
        c = QChar(0x09E6 + (c.unicode() - u'0'));
    return s;
}

const char16_t *const sentences[] = {
    u"রাষ্ট্রপতি আজ সংসদে বক্তব্য রাখেন এবং পরিস্থিতি নিয়ে আলোচনা করেন।",
    u"আবহাওয়া অধিদপ্তর জানিয়েছে, আগামী দুই দিন ভারী বৃষ্টির সম্ভাবনা রয়েছে।",
    u"ক্রিকেট দলের অধিনায়ক বলেন, \u201Cআমরা শেষ পর্যন্ত লড়াই করব।\u201D",
    u"বিশেষজ্ঞদের মতে ক্ষমতা হস্তান্তরের প্রক্রিয়া স্বচ্ছ হওয়া জরুরি।",
    u"শিক্ষার্থীরা সকাল থেকেই বিশ্ববিদ্যালয়ের সামনে জড়ো হতে থাকে।",
};

} // namespace

std::unique_ptr<QTemporaryDir> fastTemporaryDir()
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    if (shm.isDir() && shm.isWritable()) {
        auto dir = std::make_unique<QTemporaryDir>(QStringLiteral("/dev/shm/pathak-test-XXXXXX"));
        if (dir->isValid())
            return dir;
    }
    return std::make_unique<QTemporaryDir>();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

bool makeNamedPipe(const QString &path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

bool writeGeneratedArticles(const QString &folder, int count, int firstNumber)
{
    if (!QDir().mkpath(folder))
        return false;
    constexpr int sentenceCount = int(std::size(sentences));
    for (int i = firstNumber; i < firstNumber + count; ++i) {
        QString text;
        if (i % 3 == 0)
            text += QStringLiteral("ছবির বর্ণনা %1। (ছবি: আলোকচিত্রী %2) |\n").arg(bengaliNumber(i)).arg(i % 7);
        // The number in the first paragraph makes every body distinct.
        text += QStringLiteral("প্রতিবেদন %1: ").arg(bengaliNumber(i)) +
                QString::fromUtf16(sentences[i % sentenceCount]) + QLatin1Char('\n');
        for (int p = 1; p <= 1 + i % 4; ++p) {
            text += QString::fromUtf16(sentences[(i + p) % sentenceCount]) + QLatin1Char('\n');
            if (p == 2)
                text += QStringLiteral("[বিজ্ঞাপন_%1]\n").arg(bengaliNumber(p));
        }
        if (i % 2 == 0)
            text += QStringLiteral("সূত্র: দৈনিক পরীক্ষা https://news.example.com/article/%1\n").arg(i);
        if (i % 5 == 0)
            text += QStringLiteral("মন্তব্য (%1)\nরহিম: ভালো প্রতিবেদন।\nএকটি মন্তব্য যার লেখক নেই।\n")
                        .arg(bengaliNumber(2));
        const QString path = folder + QStringLiteral("/article-%1.txt").arg(i, 5, 10, QLatin1Char('0'));
        if (!writeFile(path, text.toUtf8()))
            return false;
    }
    return true;
}

} // namespace pathak::test
