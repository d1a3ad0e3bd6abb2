#!/usr/bin/env bash
# bench-ingest.sh times whole quotetrail commands on the Reuters-21578 corpus
# (../shared/corpus/reuters21578.jsonl, beside the repository, not in it):
#
#   1. quotetrail ingest into a fresh database      target < 10 s
#   2. the same ingest again (nothing new)          target < 3 s
#   3. the peak memory (RSS) of the first           target < 200 MB
#
# and prints the figures with the commands that produced them. It skips,
# with status 0, when the corpus is absent. Usage:
#
#   scripts/bench-ingest.sh [CORPUS.jsonl] [-- extra ingest flags]
set -euo pipefail
cd "$(dirname "$0")/.."

corpus=${1:-../shared/corpus/reuters21578.jsonl}
shift || true
[[ ${1:-} == -- ]] && shift
if [[ ! -f $corpus ]]; then
	echo "bench-ingest: $corpus not found: skipped"
	exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/quotetrail" ./cmd/quotetrail
db=$tmp/bench.db

# measure CMD...: runs CMD, sets $secs (wall clock) and $peak_kb (peak RSS),
# and leaves its standard error in $tmp/stderr.
measure() {
	if [[ -x /usr/bin/time ]]; then
		/usr/bin/time -f '%e %M' -o "$tmp/time" "$@" 2>"$tmp/stderr"
		read -r secs peak_kb <"$tmp/time"
		return
	fi
	# No GNU time: poll the peak (VmHWM) of the process while it runs.
	local start end pid hwm=0 v
	start=$(date +%s.%N)
	"$@" 2>"$tmp/stderr" &
	pid=$!
	while kill -0 "$pid" 2>/dev/null; do
		v=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
		[[ -n $v && $v -gt $hwm ]] && hwm=$v
		sleep 0.02
	done
	wait "$pid"
	end=$(date +%s.%N)
	secs=$(echo "$end - $start" | bc)
	peak_kb=$hwm
}

size_mb=$(awk -v b="$(stat -c %s "$corpus")" 'BEGIN {printf "%.1f", b / 1e6}')
lines=$(wc -l <"$corpus")
echo "corpus: $corpus ($lines documents, $size_mb MB); $(nproc) cores; $(go version | cut -d' ' -f3)"
echo

rm -f "$db" "$db"-*
cmd1=(quotetrail ingest --db "$db" "$@" "$corpus")
measure "$tmp/quotetrail" "${cmd1[@]:1}"
secs1=$secs peak1=$peak_kb
summary1=$(tail -n 1 "$tmp/stderr")

cmd2=("${cmd1[@]}")
measure "$tmp/quotetrail" "${cmd2[@]:1}"
secs2=$secs peak2=$peak_kb
summary2=$(tail -n 1 "$tmp/stderr")

db_mb=$(awk -v b="$(stat -c %s "$db")" 'BEGIN {printf "%.1f", b / 1e6}')
verdict() { awk -v v="$1" -v max="$2" 'BEGIN {print (v < max) ? "ok" : "OVER"}'; }
rate=$(awk -v s="$secs1" -v mb="$size_mb" 'BEGIN {printf "%.1f", mb / s}')

printf '%-34s %10s %10s  %s\n' "measure" "value" "target" ""
printf '%-34s %9ss %9ss  %s\n' "ingest, fresh database" "$secs1" "10" "$(verdict "$secs1" 10)"
printf '%-34s %8sMB %8sMB  %s\n' "  peak memory (RSS)" "$((peak1 / 1024))" "200" "$(verdict "$((peak1 / 1024))" 200)"
printf '%-34s %10s\n' "  throughput" "$rate MB/s"
printf '%-34s %9ss %9ss  %s\n' "ingest again, nothing new" "$secs2" "3" "$(verdict "$secs2" 3)"
printf '%-34s %8sMB\n' "  peak memory (RSS)" "$((peak2 / 1024))"
printf '%-34s %8sMB\n' "database size" "$db_mb"
echo
echo "commands (timed with ${MEASURE:-/usr/bin/time -f '%e %M'}):"
echo "  ${cmd1[*]/#$tmp\//}"
echo "    $summary1"
echo "  ${cmd2[*]/#$tmp\//}  # again"
echo "    $summary2"
