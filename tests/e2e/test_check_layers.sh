#!/usr/bin/env bash
# scripts/check-layers (ARCHITECTURE.md, Layers): the sources keep to the
# layers, and a copy of them with includes against the layers planted in it
# fails, naming each file and line.
source "$(dirname "$0")/lib.sh"
cd "$FTSU_SOURCE_DIR"
run scripts/check-layers
expect_rc 0 "check-layers on src/ftsu"
expect_match "$OUT" '^check-layers: [0-9]+ files of src/ftsu keep to the layers$' "check-layers counts the files"

copy="$SCRATCH/src/ftsu"
mkdir -p "$SCRATCH/src"
cp -R src/ftsu "$copy"
# Each planted line after line 1 of its file, so it is line 2.
plant() { sed -i "1a $2" "$copy/$1"; }
plant core/scoring.cpp '#include <ftsu/report/labels.hpp>'
plant util/strings.cpp '#include <ftsu/core/error.hpp>'
plant report/labels.hpp '#include <ftsu/cli/io.hpp>'
plant core/diff.cpp '#include "../report/compare.hpp"'
plant report/csv.cpp '#include <iostream>'
plant core/trend.cpp '#include <unistd.h>'
plant report/labels.cpp '#include <CLI/CLI.hpp>'
plant core/catalog.cpp '#include <yaml-cpp/yaml.h>'
plant cli/app.cpp '#include <xlsxwriter.h>'
run scripts/check-layers "$copy"
expect_rc 1 "check-layers on planted includes"
expect_match "$OUT" "^$copy/core/scoring.cpp:2: core includes ftsu/report/labels.hpp, of report, a layer above it" "core including report"
expect_match "$OUT" "^$copy/util/strings.cpp:2: util includes ftsu/core/error.hpp" "util including core"
expect_match "$OUT" "^$copy/report/labels.hpp:2: report includes ftsu/cli/io.hpp" "a report header including cli"
expect_match "$OUT" "^$copy/core/diff.cpp:2: #include \"../report/compare.hpp\" goes around the layers" "a relative include"
expect_match "$OUT" "^$copy/report/csv.cpp:2: <iostream> .* only in cli, not report" "<iostream> below cli"
expect_match "$OUT" "^$copy/core/trend.cpp:2: <unistd.h> .* only in cli, not core" "a system header below cli"
expect_match "$OUT" "^$copy/report/labels.cpp:2: CLI11 .* only in cli" "CLI11 below cli"
expect_match "$OUT" "^$copy/core/catalog.cpp:2: yaml-cpp .* only in core/yaml.cpp" "yaml-cpp outside core/yaml.cpp"
expect_match "$OUT" "^$copy/cli/app.cpp:2: libxlsxwriter .* only in report/xlsx.cpp" "libxlsxwriter outside report/xlsx.cpp"
expect_match "$OUT" "^check-layers: 9 include\(s\) against the layers$" "the count of findings"
# What a layer may include stays allowed.
expect_no_match "$OUT" "(cli/app.cpp|report/labels.cpp):[0-9]+: .*ftsu/(core|util)/" "includes of layers below"
finish 14
