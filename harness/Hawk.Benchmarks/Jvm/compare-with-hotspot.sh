#!/usr/bin/env bash
# Runs the Hawkbeans benchmarks on HotSpot's interpreter (java -Xint) and on Hawkbeans (Release build of hawk),
# and prints each program's own kernel time (it prints time_ms=) and the ratio Hawkbeans / HotSpot -Xint.
# Usage: harness/Hawk.Benchmarks/Jvm/compare-with-hotspot.sh [runs]   (best of `runs`, default 3)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
runs="${1:-3}"
out="$root/harness/Hawk.Benchmarks/obj/jvm-benchmarks"
mkdir -p "$out"
javac -d "$out" "$here"/*.java
dotnet build -c Release "$root/harness/Hawk.Cli/Hawk.Cli.csproj" -v quiet -nologo >/dev/null
hawk="$root/harness/Hawk.Cli/bin/Release/net10.0/hawk"

best() { # best time_ms over $runs runs of the given command
  local best_ms=""
  for _ in $(seq "$runs"); do
    ms=$("$@" | sed -n 's/^time_ms=//p')
    if [[ -z "$best_ms" || "$ms" -lt "$best_ms" ]]; then best_ms="$ms"; fi
  done
  echo "$best_ms"
}

printf "%-10s %12s %12s %8s\n" benchmark "java -Xint" hawkbeans ratio
for program in Fib Sieve NBody StringMap; do
  hotspot=$(best java -Xint -cp "$out" "$program")
  hawkbeans=$(best "$hawk" java -cp "$out" "$program")
  printf "%-10s %10s ms %10s ms %8s\n" "$program" "$hotspot" "$hawkbeans" "$(echo "scale=2; $hawkbeans / $hotspot" | bc)"
done
