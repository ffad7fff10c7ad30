# A thin layer over CMake. `make demo` and `make test` each install what is
# missing (scripts/install-deps), configure, build, then run.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=
FTSU := $(BUILD_DIR)/ftsu-gap

# The fuzz targets (docs/testing.md, "Fuzzing"): built with clang++ in
# FUZZ_DIR, each run for FUZZ_SECONDS, FUZZ_PARALLEL of them at once.
FUZZ_DIR ?= build-fuzz
FUZZ_SECONDS ?= 600
FUZZ_PARALLEL ?= 1
FUZZ_TARGETS ?= checklist answers diff

.PHONY: all deps configure build demo test asan clean format golden fuzz-build fuzz fuzz-ci

all: build

deps:
	@scripts/install-deps

configure: deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DFTSU_WARNINGS_AS_ERRORS=ON $(CMAKE_FLAGS)

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

# The main job on the bundled checklist and the example.
demo: build
	@scripts/demo $(FTSU)

test: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS)

# The tests again under AddressSanitizer and UndefinedBehaviorSanitizer.
asan:
	@$(MAKE) --no-print-directory test BUILD_DIR=build-asan BUILD_TYPE=Debug \
	  CMAKE_FLAGS="-DFTSU_ENABLE_ASAN=ON -DFTSU_ENABLE_UBSAN=ON $(CMAKE_FLAGS)"

# Builds the libFuzzer targets with clang++ and the seed corpus.
fuzz-build:
	@FTSU_EXTRA_PACKAGES="clang $${FTSU_EXTRA_PACKAGES:-}" scripts/install-deps
	cmake -S . -B $(FUZZ_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
	  -DFTSU_BUILD_FUZZERS=ON -DFTSU_BUILD_TESTS=OFF -DFTSU_WARNINGS_AS_ERRORS=ON $(CMAKE_FLAGS)
	cmake --build $(FUZZ_DIR) --target fuzzers -j $(JOBS)
	tests/fuzz/make-corpus $(FUZZ_DIR)/fuzz-corpus

# Replays the corpus and the regressions, then fuzzes each target for
# FUZZ_SECONDS; prints each target's executions.
fuzz: fuzz-build
	tests/fuzz/run-fuzzers $(FUZZ_DIR) $(FUZZ_SECONDS) $(FUZZ_PARALLEL) $(FUZZ_TARGETS)

# The same in CI: 30 seconds per target.
fuzz-ci:
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=30

# Rewrites the golden files from the current build (see docs/testing.md).
golden: build
	@tests/golden/regenerate $(FTSU)

format:
	clang-format -i $$(git ls-files 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp' 'tests/*.hpp')

clean:
	rm -rf build build-asan build-clang $(FUZZ_DIR)
