# The README's two commands: `make run` and `make test`. Each installs what is missing,
# configures, builds, and then runs the program or every test.

BUILD_DIR := build
JOBS ?= $(shell nproc)

.PHONY: run test build configure deps bench asan package clean

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

clean:
	rm -rf $(BUILD_DIR) build-asan
