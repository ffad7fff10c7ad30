#!/usr/bin/env bash
# The JSON Schemas of docs/schema/ (docs/schemas.md): every bundled checklist
# and example valid against them and naming them on its first line; the files
# init and assess write likewise; and the schemas and `ftsu-gap validate`
# agreeing on good and bad files except where docs/schemas.md says why not.
# Debian's /usr/bin/python3 with python3-jsonschema and python3-yaml.
source "$(dirname "$0")/lib.sh"
if ! /usr/bin/python3 -c 'import jsonschema, yaml' 2>"$SCRATCH/import.err"; then
  fail "python3-jsonschema or python3-yaml missing (scripts/install-deps): $(cat "$SCRATCH/import.err")"
  finish 1
fi
CHECKS=$((CHECKS + 1))
/usr/bin/python3 "$FTSU_SOURCE_DIR/tests/e2e/schema_check.py" "$FTSU_SOURCE_DIR" "$FTSU_GAP" "$SCRATCH" ||
  fail "schema_check.py found problems (above)"
# schema_check.py counts its own checks and fails below its minimum.
finish 1
