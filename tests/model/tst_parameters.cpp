// SPDX-License-Identifier: GPL-3.0-or-later
// The parameter table: declared once, consistent, and the single source of ranges.
#include "builtins.h"
#include "inputerror.h"
#include "parameters.h"

#include <QTest>

#include <set>

using namespace kvscope::model;

class TestParameters : public QObject
{
    Q_OBJECT

private slots:
    void everyRowIsConsistent()
    {
        std::set<std::string_view> keys;
        for (const Parameter &p : parameters()) {
            QVERIFY2(keys.insert(p.key).second, p.key.data());
            QVERIFY2(!p.label.empty() && !p.help.empty(), p.key.data());
            QVERIFY2(p.min < p.max, p.key.data());
            // 0 is the "not set" default of the two size overrides; every other default is valid.
            if (p.key != "params" && p.key != "model-size")
                QVERIFY2(p.contains(p.defaultValue), p.key.data());
            // A log slider cannot start at 0.
            if (p.scope == Scope::Deployment && p.scale == Scale::Log)
                QVERIFY2(p.min > 0, p.key.data());
        }
        QVERIFY(keys.size() > 30);
    }

    void getAndSetRoundTripInTheTableUnit_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("value");
        QTest::newRow("context") << "context" << 128000.0;
        QTest::newRow("HBM in GiB") << "hbm-gib" << 141.0;
        QTest::newRow("reserve in GiB") << "reserved-gib" << 2.5;
        QTest::newRow("PCIe in GB/s") << "pcie-gbs" << 64.0;
        QTest::newRow("compute in TFLOP/s") << "bf16-tflops" << 989.0;
        QTest::newRow("latency in us") << "collective-latency-us" << 7.0;
        QTest::newRow("gpus") << "gpus" << 8.0;
        QTest::newRow("kv head ratio") << "kv-compression-head" << 8.0;
        QTest::newRow("layers") << "layers" << 80.0;
    }
    void getAndSetRoundTripInTheTableUnit()
    {
        QFETCH(QString, key);
        QFETCH(double, value);
        Scenario s = paperExample();
        const Parameter &p = parameter(key.toStdString());
        p.set(s, value);
        QCOMPARE(p.get(s), value);
    }

    void unitsConvertToSi()
    {
        Scenario s = paperExample();
        parameter("hbm-gib").set(s, 141);
        QCOMPARE(s.hardware.hbmBytes, 141.0 * 1024 * 1024 * 1024);
        parameter("hbm-gbs").set(s, 4800);
        QCOMPARE(s.hardware.hbmBandwidth, 4800e9);
        QCOMPARE(parameter("bf16-tflops").get(s), 312.0);
    }

    void lookupAcceptsFlagAndJsonForms()
    {
        QVERIFY(findParameter("hbm-gib") == findParameter("hbm_gib"));
        QVERIFY(findParameter("no-such-thing") == nullptr);
        QCOMPARE(parameter("kv-compression-layer").jsonKey(), std::string("kv_compression_layer"));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, parameter("nope"));
    }

    void checkValueNamesFileFieldAndValue_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("negative context") << "context" << -5.0
                                          << "f.json: context = -5: out of range: must be from 1 "
                                             "to 10000000 tokens";
        QTest::newRow("fractional GPUs")
            << "gpus" << 1.5 << "f.json: gpus = 1.5: must be a whole number";
        QTest::newRow("infinite HBM")
            << "hbm-gib" << qInf() << "f.json: hbm-gib = inf: not a finite number";
        QTest::newRow("mfu above 1") << "mfu" << 1.2
                                     << "f.json: mfu = 1.2: out of range: must be from 0.01 to 1 "
                                        "(fraction)";
        QTest::newRow("compression below 1") << "kv-compression-token" << 0.5
                                             << "f.json: kv-compression-token = 0.5: out of range: "
                                                "must be from 1 to 10000 x";
    }
    void checkValueNamesFileFieldAndValue()
    {
        QFETCH(QString, key);
        QFETCH(double, value);
        QFETCH(QString, message);
        try {
            checkValue(parameter(key.toStdString()), value, "f.json", key.toStdString());
            QFAIL("accepted a bad value");
        } catch (const InputError &error) {
            QCOMPARE(QString(error.what()), message);
            QCOMPARE(QString::fromStdString(error.file()), QString("f.json"));
            QCOMPARE(QString::fromStdString(error.field()), key);
        }
    }
};

QTEST_APPLESS_MAIN(TestParameters)
#include "tst_parameters.moc"
