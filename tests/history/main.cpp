// SPDX-License-Identifier: GPL-3.0-or-later
// Qt's SQL driver plugins are loaded through the application instance, and the robustness
// tests start child processes: a QCoreApplication around GoogleTest (hence not gtest_main).
#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("modellens-history-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
