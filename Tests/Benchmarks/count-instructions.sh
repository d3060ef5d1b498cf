#!/usr/bin/env bash
# Counts the instructions `relance check` executes on one book, for each binary given, under
# valgrind's callgrind: a count that repeats within half a percent from run to run, where wall and
# CPU times on a shared machine drift by more than the changes being compared (see README.md).
#
#   bash Tests/Benchmarks/count-instructions.sh BOOK AS_OF BINARY...
#   TOP=30 bash Tests/Benchmarks/count-instructions.sh BOOK AS_OF BINARY   # and its 30 costliest functions
#
# Needs valgrind (apt-get install valgrind). The binaries run side by side, one core each.
set -euo pipefail

if [ $# -lt 3 ]; then
    echo "usage: $0 BOOK AS_OF BINARY..." >&2
    exit 64
fi
book=$1
as_of=$2
shift 2
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${COUNT_WORK:-${TMPDIR:-/tmp}/relance-instructions}
mkdir -p "$work"
command -v valgrind > /dev/null || { echo "valgrind is not installed (apt-get install valgrind)" >&2; exit 69; }

count() {
    local binary=$1 name
    name=$(basename "$binary")-$(sha256sum "$binary" | cut -c1-8)
    # valgrind 3.19 cannot read the debug information Swift 6.3 writes: it runs a stripped copy,
    # and the function names come back from the original's symbol table below.
    strip -o "$work/$name" "$binary"
    RELANCE_HOME=$repo valgrind --tool=callgrind --callgrind-out-file="$work/$name.callgrind" \
        "$work/$name" check --book "$book" --as-of "$as_of" > /dev/null 2> "$work/$name.log"
    echo "$binary: $(grep -o 'refs: *[0-9,]*' "$work/$name.log" | tr -s ' ' | cut -d' ' -f2) instructions"
    if [ -n "${TOP:-}" ]; then
        nm "$binary" | swift demangle --simplified > "$work/$name.symbols"
        callgrind_annotate --threshold=99.9 "$work/$name.callgrind" | grep -E '^ *[0-9,]+ \(' | head -n "$TOP" |
            while read -r cost rest; do
                rest=$(echo "$rest" | sed -E 's/^\( *[0-9.]+%\) *//')
                address=$(echo "$rest" | grep -o '0x[0-9a-f]*' | head -1 | sed 's/^0x0*//' || true)
                symbol=""
                if [[ $rest == *"$work/$name"* && -n $address ]]; then
                    symbol=$(grep -i "^0*$address " "$work/$name.symbols" | head -1 | cut -d' ' -f3- || true)
                fi
                echo "  $cost ${symbol:-$rest}"
            done
    fi
}

for binary in "$@"; do count "$binary" & done
wait
