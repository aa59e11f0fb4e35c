#!/usr/bin/env bash
# Coverage-guided fuzzing of the EDTF parser, the file loader and the phrase resolver with SharpFuzz and AFL++.
# See docs/reliability.md.
#
#   tests/Timeline.Fuzz/fuzz.sh TARGET [SECONDS] [OUTPUT]
#
# TARGET is edtf, load or phrase; SECONDS (default 600) bounds the run; OUTPUT (default /tmp/annals-fuzz) receives
# AFL's queue, crashes/ and hangs/ in OUTPUT/TARGET/default (afl-fuzz replaces an earlier run there that lasted less
# than 25 minutes, and refuses a longer one). Needs afl-fuzz (Debian: apt-get install afl++) and the sharpfuzz tool
# (dotnet tool install --global SharpFuzz.CommandLine, or set SHARPFUZZ to its path). At the end it prints the
# figures docs/reliability.md records.
set -euo pipefail
target=${1:?usage: fuzz.sh edtf|load|phrase [SECONDS] [OUTPUT]}
seconds=${2:-600}
output=${3:-/tmp/annals-fuzz}
here="$(cd "$(dirname "$0")" && pwd)"
sharpfuzz=${SHARPFUZZ:-sharpfuzz}

# A build of its own, so that instrumenting Annals.dll never touches the solution's build output. The build copies
# a fresh Annals.dll each time, which is then instrumented (only the library under test is).
bin="$output/bin"
dotnet build "$here/Timeline.Fuzz.csproj" -c Release -o "$bin" -nologo -v quiet
"$sharpfuzz" "$bin/Annals.dll"

export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
# SharpFuzz writes a map of 64 KiB (the classic AFL size).
export AFL_MAP_SIZE=65536
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_TieredPGO=0
# AFL_SKIP_BIN_CHECK: the instrumentation is in Annals.dll (SharpFuzz), not in the dotnet host afl-fuzz starts.
# -t: a slow input is a hang only after 10 s (the first run of each process JIT-compiles); -m none: .NET needs memory.
afl-fuzz -V "$seconds" -t 10000 -m none -i "$here/Corpus/$target" -o "$output/$target" -- dotnet "$bin/Annals.Fuzz.dll" "$target"
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|stability|bitmap_cvg|afl_version) ' \
  "$output/$target/default/fuzzer_stats"
