// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a fuzz target's entry function over files, without libFuzzer: the regression test every
// normal build runs, so an input that once crashed a fuzzer keeps being checked by `make test`.
// Usage: replay FILE|FOLDER... (folders recursively, in sorted order; a missing folder is empty).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> inputsUnder(const fs::path &path)
{
    std::vector<fs::path> files;
    if (fs::is_directory(path)) {
        for (const auto &entry : fs::recursive_directory_iterator(path))
            if (entry.is_regular_file() && entry.path().filename().string().front() != '.')
                files.push_back(entry.path());
        std::sort(files.begin(), files.end());
    } else if (fs::exists(path)) {
        files.push_back(path);
    }
    return files;
}

} // namespace

int main(int argc, char **argv)
{
    std::size_t replayed = 0;
    for (int i = 1; i < argc; ++i) {
        for (const fs::path &file : inputsUnder(argv[i])) {
            std::ifstream stream(file, std::ios::binary);
            if (!stream) {
                std::cerr << "replay: cannot read " << file.string() << "\n";
                return 1;
            }
            const std::string bytes{std::istreambuf_iterator<char>(stream), {}};
            // Named before the call: if the entry function aborts, this is the last line shown.
            std::cout << "replay: " << file.string() << std::endl;
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.data()),
                                   bytes.size());
            ++replayed;
        }
    }
    std::cout << "replay: " << replayed << " inputs, no crash\n";
    return 0;
}
