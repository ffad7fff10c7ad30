# A thin layer over CMake. `make demo` and `make test` each install what is
# missing (scripts/install-deps), configure, build, then run.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=
FTSU := $(BUILD_DIR)/ftsu-gap

.PHONY: all deps configure build program demo test test-fast asan clean format golden package bench

all: build

deps:
	@scripts/install-deps

configure: deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DFTSU_WARNINGS_AS_ERRORS=ON $(CMAKE_FLAGS)

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

# The program alone, without the tests: what `demo` needs.
program: configure
	cmake --build $(BUILD_DIR) -j $(JOBS) --target ftsu-gap

# The Debian package, in $(BUILD_DIR) (CPack; README.md, Installing).
package: build
	cmake --build $(BUILD_DIR) --target package

# The main job on the bundled checklist and the example.
demo: program
	@scripts/demo $(FTSU)

test: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS)

# Every test but those that need a browser or a terminal (labels browser, tty).
test-fast: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS) -LE 'browser|tty'

# The tests again under AddressSanitizer and UndefinedBehaviorSanitizer.
asan:
	@$(MAKE) --no-print-directory test BUILD_DIR=build-asan BUILD_TYPE=Debug \
	  CMAKE_FLAGS="-DFTSU_ENABLE_ASAN=ON -DFTSU_ENABLE_UBSAN=ON $(CMAKE_FLAGS)"

# The benchmarks of docs/performance.md (ratios, never run by `make test`).
bench: build
	cmake --build $(BUILD_DIR) -j $(JOBS) --target yaml_floor
	bench/run.sh $(BUILD_DIR)

# Rewrites the golden files from the current build (see docs/testing.md).
golden: build
	@tests/golden/regenerate $(FTSU)

format:
	clang-format -i $$(git ls-files 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp' 'tests/*.hpp')

clean:
	rm -rf build build-asan build-clang
