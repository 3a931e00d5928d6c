// SPDX-License-Identifier: GPL-3.0-or-later
// The unit formatters, with the boundary cases where a prefix changes.
#include "units.h"

#include <QTest>

#include <clocale>
#include <cstdio>

using namespace kvscope::model;

class TestUnits : public QObject
{
    Q_OBJECT

private slots:
    void bytes_data()
    {
        QTest::addColumn<double>("bytes");
        QTest::addColumn<bool>("binary");
        QTest::addColumn<QString>("text");
        QTest::newRow("paper 50K user in GiB") << 12.288e9 << true << "11.44 GiB";
        QTest::newRow("paper 50K user in GB") << 12.288e9 << false << "12.29 GB";
        QTest::newRow("68 GB of weights") << 68e9 << false << "68.00 GB";
        QTest::newRow("80 GiB A100") << 80 * kGiB << true << "80.00 GiB";
        QTest::newRow("just under 1 GiB stays MiB") << 983.04e6 << true << "937.5 MiB";
        QTest::newRow("exactly 1 GiB") << kGiB << true << "1.000 GiB";
        QTest::newRow("zero") << 0.0 << false << "0 B";
        QTest::newRow("single bytes") << 512.0 << false << "512.0 B";
        QTest::newRow("terabytes") << 1.5e12 << false << "1.500 TB";
        QTest::newRow("rounding carries into the next digit") << 99.996e9 << false << "100.0 GB";
    }
    void bytes()
    {
        QFETCH(double, bytes);
        QFETCH(bool, binary);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(
                     formatBytes(bytes, binary ? ByteUnits::Binary : ByteUnits::Decimal)),
                 text);
    }

    void bytesInFixedPrefix()
    {
        QCOMPARE(bytesIn(12.288e9, ByteUnits::Binary, "GiB"), 12.288e9 / kGiB);
        QCOMPARE(bytesIn(12.288e9, ByteUnits::Decimal, "GB"), 12.288);
        QCOMPARE(std::string(bytesPrefixFor(12.288e9, ByteUnits::Binary)), std::string("GiB"));
        QCOMPARE(std::string(bytesPrefixFor(5e5, ByteUnits::Decimal)), std::string("kB"));
    }

    void seconds_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("paper prefill 50K") << 14.0647 << "14.1 s";
        QTest::newRow("paper prefill 4K") << 0.8921 << "892 ms";
        QTest::newRow("decode step") << 0.0339 << "33.9 ms";
        QTest::newRow("microseconds") << 12e-6 << "12.0 us";
        QTest::newRow("nanoseconds") << 5e-9 << "5.00 ns";
        QTest::newRow("zero") << 0.0 << "0 s";
        QTest::newRow("just under a second rounds up to s") << 0.9996 << "1.00 s";
        QTest::newRow("minutes") << 150.0 << "2.50 min";
        QTest::newRow("hours") << 3 * 3600.0 << "3.00 h";
        QTest::newRow("days") << 3 * 86400.0 << "3.00 d";
    }
    void seconds()
    {
        QFETCH(double, seconds);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(formatSeconds(seconds)), text);
    }

    void tokens_data()
    {
        QTest::addColumn<double>("tokens");
        QTest::addColumn<QString>("text");
        QTest::newRow("4K is 4,000") << 4000.0 << "4K";
        QTest::newRow("50K") << 50000.0 << "50K";
        QTest::newRow("128Ki is 131.1K") << 131072.0 << "131.1K";
        QTest::newRow("1M") << 1e6 << "1M";
        QTest::newRow("10M") << 1e7 << "10M";
        QTest::newRow("under 1K prints whole") << 250.0 << "250";
        QTest::newRow("4,096") << 4096.0 << "4.1K";
    }
    void tokens()
    {
        QFETCH(double, tokens);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(formatTokens(tokens)), text);
    }

    void others()
    {
        QCOMPARE(formatUsers(18), std::string("18 users"));
        QCOMPARE(formatUsers(1), std::string("1 user"));
        QCOMPARE(formatUsers(1.456), std::string("1.46 users"));
        QCOMPARE(formatUsers(12345), std::string("12,345 users"));
        QCOMPARE(formatParams(34e9), std::string("34B"));
        QCOMPARE(formatParams(7.241e9), std::string("7.24B"));
        QCOMPARE(formatParams(671e9), std::string("671B"));
        QCOMPARE(formatParams(1.5e12), std::string("1.5T"));
        QCOMPARE(formatParams(560e6), std::string("560M"));
        QCOMPARE(formatFlopRate(312e12), std::string("312 TFLOP/s"));
        QCOMPARE(formatFlops(4.388e15), std::string("4.39 PFLOP"));
        QCOMPARE(formatBandwidth(2039e9), std::string("2.04 TB/s"));
        QCOMPARE(formatBandwidth(32e9), std::string("32.0 GB/s"));
        QCOMPARE(formatRatio(15.77), std::string("x15.8"));
        QCOMPARE(formatRatio(1.164), std::string("x1.16"));
        QCOMPARE(formatInteger(245760), std::string("245,760"));
        QCOMPARE(formatInteger(-1234567), std::string("-1,234,567"));
        QCOMPARE(formatInteger(12), std::string("12"));
        QCOMPARE(formatPlain(34e9), std::string("34000000000"));
        QCOMPARE(formatPlain(0.1), std::string("0.1"));
    }

    void plainNumbersKeepTheirPointUnderAGermanLocale()
    {
        // Qt sets LC_NUMERIC from the environment; CSV and the command line must not follow it.
        const std::string previous = std::setlocale(LC_NUMERIC, nullptr);
        QVERIFY2(std::setlocale(LC_NUMERIC, "de_DE.UTF-8"),
                 "de_DE.UTF-8 is missing: scripts/install-deps.sh generates it");
        char probe[16];
        std::snprintf(probe, sizeof probe, "%.1f", 0.5);
        const std::string plain = formatPlain(0.217948717948718);
        const std::string large = formatPlain(1.5e20);
        std::setlocale(LC_NUMERIC, previous.c_str());
        QCOMPARE(std::string(probe), std::string("0,5")); // the locale is really on
        QCOMPARE(plain, std::string("0.217948717948718"));
        QCOMPARE(large, std::string("1.5e+20"));
    }
};

QTEST_APPLESS_MAIN(TestUnits)
#include "tst_units.moc"
