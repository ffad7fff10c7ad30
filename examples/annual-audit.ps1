# The scripted annual audit in PowerShell, as examples/annual-audit.sh does
# it in bash, for ftsu-gap.exe on Windows (docs/windows.md):
#
#   .\annual-audit.ps1 LAST_YEAR.yaml THIS_YEAR.yaml [OUT_DIR]
#
# 1. When THIS_YEAR.yaml does not exist yet, it is started from last year's
#    (same checklist, newest version; organisation, profile, open actions
#    with owners and due dates, and evidence marked as carried forward), and
#    the script stops so it can be filled in.
# 2. THIS_YEAR.yaml is checked.
# 3. The board's papers are written to OUT_DIR: report.html, report.md, the
#    action plan (action-plan.csv) and the open actions (actions.md).
# 4. This year is compared with last year (diff.md), and the audit fails
#    (exit 1) when any item got worse.
#
# Exit codes: 0 done, 1 an item regressed, others as ftsu-gap's.
# Without arguments it runs on the example trust's last two years, 2026/27
# (checklist version 2026.2) and 2027/28 (version 2027.1).
#
# UNTESTED: PowerShell does not run where ftsu-gap is built and tested, so
# this script has never been run. It is kept as plain as the bash one; read
# it before you rely on it. If PowerShell refuses to run it, see
# docs/windows.md ("Running the audit script").
param(
  [string]$Last = (Join-Path $PSScriptRoot 'example-trust-2026-27.yaml'),
  [string]$This = (Join-Path $PSScriptRoot 'example-trust-2027-28.yaml'),
  [string]$Out = 'annual-audit'
)

# ftsu-gap.exe: on PATH, else in the folder above this script (the zip's layout).
$ftsu = 'ftsu-gap.exe'
if (-not (Get-Command $ftsu -ErrorAction SilentlyContinue)) {
  $ftsu = Join-Path (Split-Path $PSScriptRoot -Parent) 'ftsu-gap.exe'
}

# Runs ftsu-gap with the given arguments; stops the script with its exit
# code when it fails.
function Invoke-FtsuGap {
  & $ftsu @args
  if ($LASTEXITCODE -ne 0) {
    exit $LASTEXITCODE
  }
}

if (-not (Test-Path -LiteralPath $This)) {
  Invoke-FtsuGap init --from $Last -o $This
  Write-Output "Started $This from ${Last}: fill it in (an editor, or ftsu-gap assess), then run this again."
  exit 0
}

Invoke-FtsuGap validate $This
New-Item -ItemType Directory -Force -Path $Out | Out-Null
Invoke-FtsuGap report $This --format html -o (Join-Path $Out 'report.html')
Invoke-FtsuGap report $This --format markdown -o (Join-Path $Out 'report.md')
Invoke-FtsuGap report $This --format csv -o (Join-Path $Out 'action-plan.csv')
Invoke-FtsuGap actions $This --format markdown -o (Join-Path $Out 'actions.md')
Write-Output "Board papers: $Out\report.html, $Out\report.md, $Out\action-plan.csv, $Out\actions.md"

Invoke-FtsuGap diff $Last $This --format markdown -o (Join-Path $Out 'diff.md')
Write-Output "Compared with last year: $Out\diff.md"
& $ftsu diff $Last $This --fail-on-regression
exit $LASTEXITCODE
