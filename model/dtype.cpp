// SPDX-License-Identifier: GPL-3.0-or-later
#include "dtype.h"

#include <array>
#include <utility>

namespace kvscope::model {

namespace {
struct DTypeInfo
{
    DType type;
    std::string_view name;
    double bytes;
};
constexpr std::array<DTypeInfo, 6> kDTypes{{
    {DType::BF16, "bf16", 2.0},
    {DType::FP16, "fp16", 2.0},
    {DType::FP8, "fp8", 1.0},
    {DType::INT8, "int8", 1.0},
    {DType::INT4, "int4", 0.5},
    {DType::FP4, "fp4", 0.5},
}};

const DTypeInfo &info(DType type)
{
    return kDTypes[static_cast<std::size_t>(type)];
}
} // namespace

double bytesPerElement(DType type)
{
    return info(type).bytes;
}

std::string_view dtypeName(DType type)
{
    return info(type).name;
}

std::optional<DType> parseDType(std::string_view name)
{
    for (const auto &entry : kDTypes) {
        if (entry.name == name)
            return entry.type;
    }
    return std::nullopt;
}

std::string dtypeNames()
{
    std::string names;
    for (const auto &entry : kDTypes) {
        if (!names.empty())
            names += ' ';
        names += entry.name;
    }
    return names;
}

} // namespace kvscope::model
