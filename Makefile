# A thin layer over CMake. `make demo` and `make test` each install what is
# missing (scripts/install-deps), configure, build, then run. `make demo`
# installs only the run set (building and running the program); `make test`
# and `make package` add the test set (lintian, tmux, zsh, fish, ...).
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=
# make's builds are unity builds (CMake's CMAKE_UNITY_BUILD: several source
# files a compiler run, so the heavy headers are parsed once a batch): about
# half the compiler time of one file a run, which is what a fresh machine's
# `make demo` and CI wait for. UNITY=OFF builds one file a run, as a plain
# `cmake` build does; that is the build that shows a file leaning on an
# include of the file before it (docs/testing.md, "Builds and warnings").
UNITY ?= ON
FTSU := $(BUILD_DIR)/ftsu-gap

# The fuzz targets (docs/testing.md, "Fuzzing"): built with clang++ in
# FUZZ_DIR, each run for FUZZ_SECONDS, FUZZ_PARALLEL of them at once.
FUZZ_DIR ?= build-fuzz
FUZZ_SECONDS ?= 600
FUZZ_PARALLEL ?= 1
FUZZ_TARGETS ?= checklist answers diff xlsx csv

.PHONY: all deps deps-test configure build program demo test test-fast check-layers asan clean format golden package bench bench-memory bench-instructions bench-respondents fuzz-build fuzz fuzz-run fuzz-ci

all: build

deps:
	@scripts/install-deps

deps-test:
	@scripts/install-deps --test

configure: deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DFTSU_WARNINGS_AS_ERRORS=ON \
	  -DCMAKE_UNITY_BUILD=$(UNITY) $(CMAKE_FLAGS)

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

# The program alone, without the tests: what `demo` needs.
program: configure
	cmake --build $(BUILD_DIR) -j $(JOBS) --target ftsu-gap

# The Debian package, in $(BUILD_DIR) (CPack; README.md, Installing).
package: deps-test build
	cmake --build $(BUILD_DIR) --target package

# The main job on the bundled checklist and the example. The demo builds
# the program alone in DEMO_DIR, at -O2 as the default build but without
# debug information (-g took a third of the compile time): so `make demo`
# on a fresh machine takes under two minutes, install included
# (docs/testing.md, "A fresh machine"). `make build` and `make test` build
# in BUILD_DIR as before.
DEMO_DIR ?= build-demo
demo: deps
	cmake -S . -B $(DEMO_DIR) -DCMAKE_BUILD_TYPE=Release '-DCMAKE_CXX_FLAGS_RELEASE=-O2 -DNDEBUG' \
	  -DFTSU_WARNINGS_AS_ERRORS=ON -DCMAKE_UNITY_BUILD=$(UNITY) -DFTSU_BUILD_TESTS=OFF \
	  -DFTSU_BUILD_MAN=OFF $(CMAKE_FLAGS)
	cmake --build $(DEMO_DIR) -j $(JOBS) --target ftsu-gap
	@scripts/demo $(DEMO_DIR)/ftsu-gap

# CTEST_ARGS narrows the run (`make test CTEST_ARGS="-L unit"`, as .ci/run does).
test: deps-test build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS) $(CTEST_ARGS)

# The include graph of src/ against the layers (ARCHITECTURE.md, Layers);
# the build checks it too, and so does the e2e test test_check_layers.
check-layers:
	@scripts/check-layers

# Every test but those that need a browser or a terminal (labels browser, tty).
test-fast: deps-test build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS) -LE 'browser|tty'

# The tests again under AddressSanitizer and UndefinedBehaviorSanitizer.
asan:
	@$(MAKE) --no-print-directory test BUILD_DIR=build-asan BUILD_TYPE=Debug \
	  CMAKE_FLAGS="-DFTSU_ENABLE_ASAN=ON -DFTSU_ENABLE_UBSAN=ON $(CMAKE_FLAGS)"

# The Windows program (docs/windows.md): cross-built with mingw-w64 in
# WINDOWS_DIR (yaml-cpp, fmt and libxlsxwriter from Debian's sources, once),
# packed as dist/ftsu-gap-VERSION-windows-x64.zip. Two jobs at once unless
# JOBS says otherwise.
WINDOWS_DIR ?= build-windows
.PHONY: windows windows-test
windows:
	@FTSU_WINDOWS=1 scripts/install-deps
	JOBS=$(if $(filter command line environment,$(origin JOBS)),$(JOBS),2) scripts/build-windows $(WINDOWS_DIR)

# Its unit tests under Wine, then the smoke suite against the Linux build.
windows-test: windows program
	tests/windows/run $(FTSU) $(WINDOWS_DIR)

# The benchmarks of docs/performance.md (ratios, never run by `make test`).
bench: build
	cmake --build $(BUILD_DIR) -j $(JOBS) --target yaml_floor
	bench/run.sh $(BUILD_DIR)

# Peak memory per input byte and the 200,000/2,000-item ratios (about ten
# minutes, so not part of `bench`; docs/performance.md).
bench-memory: build
	bench/memory.sh $(FTSU)

# Merged files of 1,000 and 10,000 respondents on 5 and 53 items: time and
# peak memory of report and merge (a few minutes; docs/performance.md).
bench-respondents: build
	bench/respondents.sh $(FTSU)

# Instructions (valgrind's callgrind) at 2,000 and 200,000 items: the
# linearity check that a busy machine or the caches do not move.
bench-instructions: build
	bench/instructions.sh $(FTSU)

# Builds the libFuzzer targets with clang++ and the seed corpus.
fuzz-build:
	@FTSU_EXTRA_PACKAGES="clang $${FTSU_EXTRA_PACKAGES:-}" scripts/install-deps
	cmake -S . -B $(FUZZ_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
	  -DFTSU_BUILD_FUZZERS=ON -DFTSU_BUILD_TESTS=OFF -DFTSU_BUILD_MAN=OFF -DFTSU_WARNINGS_AS_ERRORS=ON $(CMAKE_FLAGS)
	cmake --build $(FUZZ_DIR) --target fuzzers -j $(JOBS)
	tests/fuzz/make-corpus $(FUZZ_DIR)/fuzz-corpus

# Replays the corpus and the regressions, then fuzzes each target for
# FUZZ_SECONDS; prints each target's executions.
fuzz: fuzz-build fuzz-run

# Fuzzes the targets already built in FUZZ_DIR, without configuring it: any
# Clang build with -DFTSU_BUILD_FUZZERS=ON, such as the sanitizer build that
# .ci/run makes (`make fuzz-run FUZZ_DIR=build-asan FUZZ_SECONDS=30`).
fuzz-run:
	tests/fuzz/make-corpus $(FUZZ_DIR)/fuzz-corpus
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
	rm -rf build build-asan build-clang $(DEMO_DIR) $(FUZZ_DIR) $(WINDOWS_DIR) dist
