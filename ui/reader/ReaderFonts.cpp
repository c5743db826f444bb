#include "ui/reader/ReaderFonts.h"

#include <QFile>
#include <QFontDatabase>
#include <QHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFonts, "pathak.fonts")

namespace pathak::ui {

namespace {

struct LoadedFont
{
    QString family;
    bool bold;
    QString file;
};

QList<LoadedFont> &loadedFonts()
{
    static QList<LoadedFont> fonts;
    return fonts;
}

} // namespace

QString ReaderFonts::fontDirectory()
{
    const QString env = qEnvironmentVariable("PATHAK_FONT_DIR");
    return env.isEmpty() ? QStringLiteral("/usr/share/fonts/truetype/noto") : env;
}

void ReaderFonts::ensureLoaded()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    const struct
    {
        const char *file;
        bool bold;
    } files[] = {
        {"NotoSansBengali-Regular.ttf", false},  {"NotoSansBengali-Bold.ttf", true},
        {"NotoSerifBengali-Regular.ttf", false}, {"NotoSerifBengali-Bold.ttf", true},
        {"NotoSans-Regular.ttf", false},         {"NotoSans-Bold.ttf", true},
    };
    for (const auto &f : files) {
        const QString path = fontDirectory() + QLatin1Char('/') + QLatin1String(f.file);
        if (!QFile::exists(path)) {
            qCWarning(lcFonts) << "font file missing:" << path;
            continue;
        }
        const int id = QFontDatabase::addApplicationFont(path);
        if (id < 0) {
            qCWarning(lcFonts) << "cannot load font:" << path;
            continue;
        }
        for (const QString &family : QFontDatabase::applicationFontFamilies(id))
            loadedFonts().append({family, f.bold, path});
    }
}

QString ReaderFonts::defaultFamily()
{
    return QStringLiteral("Noto Sans Bengali");
}

QString ReaderFonts::latinFallbackFamily()
{
    return QStringLiteral("Noto Sans");
}

QStringList ReaderFonts::bengaliFamilies()
{
    ensureLoaded();
    QStringList families = QFontDatabase::families(QFontDatabase::Bengali);
    families.removeDuplicates();
    return families;
}

QFont ReaderFonts::readingFont(const QString &family, qreal pointSize)
{
    ensureLoaded();
    QFont font;
    font.setFamilies({family.isEmpty() ? defaultFamily() : family, latinFallbackFamily()});
    font.setPointSizeF(pointSize);
    return font;
}

QString ReaderFonts::fileFor(const QString &family, bool bold)
{
    for (const LoadedFont &f : loadedFonts()) {
        if (f.family == family && f.bold == bold)
            return f.file;
    }
    return {};
}

} // namespace pathak::ui
