#!/usr/bin/env bash
# The command line end to end, as docs/performance.md reports it: for 10,000, 100,000 and 1,000,000 generated events,
# the wall-clock time and peak memory (maximum resident set size, from GNU time) of
#   timeline validate FILE                                  (load and check every record)
#   timeline render FILE --from 2001-03 --to 2001-03 -o …   (load, keep one month, write Markdown)
#   timeline render FILE -o …                               (load, write the whole chronology as Markdown)
# Each command runs three times; the table gives the fastest run and its peak memory. "Above start-up / file" is the
# peak memory less that of the tool doing almost nothing (timeline date 2025: the runtime, the JIT, the libraries),
# divided by the file's size.
#
#   bash tests/Timeline.Benchmarks/cli.sh [SIZES…]     (default: 10000 100000 1000000)
#
# Needs GNU time (/usr/bin/time). Files go to a temporary folder, removed at the end.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)

dotnet build "$root/src/Timeline.Cli/Timeline.Cli.csproj" -c Release -o "$work/bin" --nologo -v quiet >/dev/null
tool=(dotnet "$work/bin/timeline.dll")

# Runs a command three times; prints "seconds peak-MB" of the fastest run.
measure() {
  local best_s="" best_mb=""
  for _ in 1 2 3; do
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" \
      || { cat "$work/stderr" >&2; echo "cli.sh: failed: $*" >&2; exit 1; }
    read -r s kb <"$work/time"
    if [ -z "$best_s" ] || awk -v a="$s" -v b="$best_s" 'BEGIN { exit !(a < b) }'; then
      best_s=$s
      best_mb=$((kb / 1024))
    fi
  done
  echo "$best_s $best_mb"
}

read -r start_s start_mb < <(measure "${tool[@]}" date 2025)
echo "start-up (timeline date 2025): $start_s s, $start_mb MB"
echo
printf '| Events | File (MB) | Command | Time (s) | Peak memory (MB) | Above start-up / file |\n'
printf '| ---: | ---: | --- | ---: | ---: | ---: |\n'
for n in "${sizes[@]}"; do
  file="$work/events-$n.json"
  "${tool[@]}" generate --events "$n" -o "$file"
  bytes=$(stat -c %s "$file")
  mb=$(awk -v b="$bytes" 'BEGIN { printf "%.0f", b / 1e6 }')
  row() {
    local label=$1; shift
    read -r s peak < <(measure "$@")
    ratio=$(awk -v p="$peak" -v z="$start_mb" -v b="$bytes" 'BEGIN { printf "%.2f", (p - z) * 1048576 / b }')
    printf '| %s | %s | %s | %s | %s | %s |\n' "$n" "$mb" "$label" "$s" "$peak" "$ratio"
  }
  row 'validate' "${tool[@]}" validate "$file"
  row 'render, one month' "${tool[@]}" render "$file" --from 2001-03 --to 2001-03 -o "$work/month.md"
  row 'render, everything' "${tool[@]}" render "$file" -o "$work/all.md"
done
