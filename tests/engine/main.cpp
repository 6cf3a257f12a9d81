// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor runs children with QProcess and a worker thread: the tests need an event
// loop, hence a QCoreApplication around GoogleTest.
#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
