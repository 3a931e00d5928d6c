# SPDX-License-Identifier: GPL-3.0-or-later
# The README's two commands: `make run` and `make test`. Each installs what is missing,
# configures, builds, and then runs the program or every test.

BUILD_DIR := build
JOBS ?= $(shell nproc)

.PHONY: run test build configure deps bench asan package fuzz clean

run: build
	./$(BUILD_DIR)/app/kvscope

test: build
	ctest --preset release -j$(JOBS)

build: configure
	cmake --build --preset release -j$(JOBS)

configure: deps
	cmake --preset release >/dev/null

deps:
	@./scripts/install-deps.sh

bench: build
	./$(BUILD_DIR)/bench/kvscope_bench

asan: deps
	cmake --preset asan >/dev/null
	cmake --build --preset asan -j$(JOBS)
	ctest --preset asan -j$(JOBS)

# The Debian package and the tarball, in $(BUILD_DIR)/.
package: build
	cmake --build --preset release --target package

# libFuzzer targets (clang 14) in their own build folder, each run for FUZZ_SECONDS. Warnings
# are the g++ build's job; clang's extra ones must not stop the fuzzers.
FUZZ_SECONDS ?= 60
fuzz: deps
	@./scripts/install-fuzz-deps.sh
	cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DKVSCOPE_FUZZ=ON \
		-DKVSCOPE_WERROR=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		"-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g" >/dev/null
	cmake --build build-fuzz -j$(JOBS) --target kvscope_fuzz
	./tests/fuzz/run-fuzzers.sh build-fuzz $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD_DIR) build-asan build-fuzz
