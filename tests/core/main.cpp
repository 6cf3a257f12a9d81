// SPDX-License-Identifier: GPL-3.0-or-later
// Background jobs deliver through the event loop: the tests need a QCoreApplication around
// GoogleTest.
#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
