// GoogleTest main that creates the Qt application object first, as Qt SQL,
// QStandardPaths and (for UI tests) widgets need one.
#include <gtest/gtest.h>

#ifdef PATHAK_TESTS_WITH_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    // No article becomes read because a test ran long (ReadingTracker's
    // dwell): a test that wants a read mark asks for it.
    if (qgetenv("PATHAK_READ_DWELL_MS").isEmpty())
        qputenv("PATHAK_READ_DWELL_MS", "0");
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("Pathak"));
    TestApplication::setApplicationName(QStringLiteral("pathak-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
