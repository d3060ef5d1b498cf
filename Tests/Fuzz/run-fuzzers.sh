#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for a bounded time on its committed seed corpus
# (Tests/Fuzz/README.md). Usage: Tests/Fuzz/run-fuzzers.sh [seconds per target, default 60] [target…]
#
# Fails when a target finds a crash (its input is kept as Tests/Fuzz/crashes/<target>/crash-…, to be
# turned into a regression test) or when a target did not really execute inputs.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-60}
# RELANCE_FUZZ_SEED fixes libFuzzer's random seed: the first inputs tried are the same from run to
# run (about a second's worth; the schedule then drifts), which makes CI runs comparable. Unset (by
# hand), each run explores anew.
seed_option=()
if [ -n "${RELANCE_FUZZ_SEED:-}" ]; then
  seed_option=(-seed="$RELANCE_FUZZ_SEED")
  # Swift seeds its hash tables at random per process: the order of a Set or a Dictionary, hence
  # the code paths and the coverage the fuzzer follows, would differ from run to run.
  export SWIFT_DETERMINISTIC_HASHING=1
fi
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzCSV FuzzSettings FuzzLayout FuzzExports)

scratch=.build-fuzz
work=$(mktemp -d)
# Where FuzzLayout writes its two files per input: in memory when possible (ext4 flushes a file
# truncated and rewritten on close, which made it ten times slower).
files=$(mktemp -d -p /dev/shm 2>/dev/null || mktemp -d)
trap 'rm -rf "$work" "$files"' EXIT

echo "fuzz: building ${targets[*]} (scratch $scratch)"
for target in "${targets[@]}"; do
  # Only the fuzz products: an ordinary executable would not link with -sanitize=fuzzer.
  # -Xcxx instruments TOMLKit's toml++ (C++); C dependencies (BoringSSL) stay uninstrumented.
  RELANCE_FUZZ=1 swift build --scratch-path "$scratch" --product "$target" \
    -Xswiftc -sanitize=fuzzer -Xcxx -fsanitize=fuzzer-no-link 2>&1 | grep -E "error|warning: .*Tests/Fuzz|Compiling Fuzz|Build of" || true
  [ -x "$scratch/debug/$target" ] || { echo "fuzz: $target did not build"; exit 1; }
done

status=0
for target in "${targets[@]}"; do
  name=$(echo "${target#Fuzz}" | tr '[:upper:]' '[:lower:]')
  seeds="Tests/Fuzz/corpus/$name"
  corpus="$work/$name"           # libFuzzer adds what it finds here, not to the committed seeds
  crashes="Tests/Fuzz/crashes/$target"
  mkdir -p "$corpus" "$crashes"
  log="$work/$target.log"
  echo "fuzz: $target for ${seconds}s on $(ls "$seeds" | wc -l) seeds${RELANCE_FUZZ_SEED:+, seed $RELANCE_FUZZ_SEED}"
  set +e
  # Swift's backtracer would take the crash signal and libFuzzer would write no crash file.
  SWIFT_BACKTRACE=enable=no RELANCE_FUZZ_SCRATCH="$files" "$scratch/debug/$target" "$corpus" "$seeds" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 "${seed_option[@]}" \
    -artifact_prefix="$crashes/" -print_final_stats=1 >"$log" 2>&1
  code=$?
  set -e
  runs=$(grep -oE '^#[0-9]+' "$log" | tail -n 1 | tr -d '#')
  rate=$(grep -oE 'exec/s: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+' || echo "?")
  echo "fuzz: $target ran ${runs:-0} inputs (${rate} exec/s), exit $code"
  if [ "${runs:-0}" -le 0 ]; then
    echo "fuzz: $target executed no input"; tail -n 20 "$log"; status=1
  elif [ "$code" -ne 0 ]; then
    echo "fuzz: $target FAILED; kept:"; ls "$crashes"; grep -E "ERROR|Fatal error|deadly signal|SUMMARY" "$log" | head -n 5
    tail -n 40 "$log"; status=1
  fi
  rmdir "$crashes" 2>/dev/null || true
done
exit $status
