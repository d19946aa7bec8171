#!/usr/bin/env bash
# Wall time of `run` of /bin/true in a busybox bundle: hawker (Native AOT) side by side with runc and crun, with ratios.
# Needs root, busybox-static, runc, crun, hyperfine. Usage: harness/Hawker/benchmark.sh [runs]
# HAWKER_BASELINE=/path/to/an/older/hawker adds that build as a row (before/after comparisons under the same load).
#
# Two modes, because the kernel makes consecutive container starts cheaper: the first cgroup v1 migration after a quiet
# spell waits for an RCU grace period (7-15 ms here), and one that follows another within a grace period does not.
#   back-to-back: hyperfine's usual loop, one run right after the other (runc and crun often skip that wait);
#   isolated:     a 100 ms pause before each run, as a single `run` meets the kernel (runc and crun pay the wait;
#                 hawker's init joins its cgroups in a way that never does, see native/hawker-shim.c).
# crun 1.8 needs a wrapper on this hybrid-cgroup host; it is timed alone so that crun's own time can be given too.
set -euo pipefail
runs="${1:-50}"
here="$(cd "$(dirname "$0")" && pwd)"
cache="${HOME}/.cache/hawk/hawker-bench"
mkdir -p "$cache"
dotnet publish "$here/Hawker.csproj" -c Release -r linux-x64 -o "$cache/aot" -v quiet -nologo >/dev/null
bundle="$(mktemp -d)"
trap 'rm -rf "$bundle"' EXIT
mkdir -p "$bundle/rootfs/bin" "$bundle/rootfs/proc" "$bundle/rootfs/dev" "$bundle/rootfs/sys" "$bundle/rootfs/tmp"
cp /bin/busybox "$bundle/rootfs/bin/busybox"
ln -s busybox "$bundle/rootfs/bin/true"
(cd "$bundle" && "$cache/aot/hawker" spec --args /bin/true)
# crun 1.8 refuses hybrid cgroups while cgroup2 has controllers: run it where /sys/fs/cgroup/unified is not mounted.
wrapper='unshare --mount --propagation private sh -c "umount /sys/fs/cgroup/unified 2>/dev/null; exec'
crun="$wrapper crun --root /tmp/bench-crun run -b $bundle bench-crun\""

baseline=()
if [[ -n "${HAWKER_BASELINE:-}" ]]; then
  baseline=(-n hawker-baseline "$HAWKER_BASELINE --root /tmp/bench-hawker-baseline run -b $bundle bench-baseline")
fi

measure() {
  local mode="$1"
  shift
  hyperfine -N --warmup 5 --runs "$runs" "$@" --export-csv "$cache/$mode.csv" --export-markdown "$cache/$mode.md" \
    -n hawker "$cache/aot/hawker --root /tmp/bench-hawker run -b $bundle bench-hawker" "${baseline[@]}" \
    -n runc "runc --root /tmp/bench-runc run -b $bundle bench-runc" \
    -n crun "$crun" \
    -n crun-wrapper "$wrapper true\"" >/dev/null
  echo "## $mode ($runs runs; $(uptime | sed 's/.*load/load/'))"
  cat "$cache/$mode.md"
  # CSV columns: command,mean,stddev,median,user,system,min,max (seconds).
  # CPU = user + system time of every process of a run (hyperfine counts children).
  # Medians too: one slow wrapper run under load moves the mean of "crun own" a lot.
  awk -F, 'NR > 1 { mean[$1] = $2 * 1000; median[$1] = $4 * 1000; min[$1] = $7 * 1000; cpu[$1] = ($5 + $6) * 1000
      printf "CPU %-16s %.1f ms\n", $1, cpu[$1] }
    END {
      own = mean["crun"] - mean["crun-wrapper"]
      ownMin = min["crun"] - min["crun-wrapper"]
      ownCpu = cpu["crun"] - cpu["crun-wrapper"]
      printf "crun own time (minus the wrapper): mean %.1f ms, min %.1f ms, CPU %.1f ms\n", own, ownMin, ownCpu
      printf "CPU:      hawker/crun own %.2f   hawker/runc %.2f\n", cpu["hawker"] / ownCpu, cpu["hawker"] / cpu["runc"]
      printf "means:    hawker/crun own %.2f   hawker/crun as run here %.2f   hawker/runc %.2f\n",
        mean["hawker"] / own, mean["hawker"] / mean["crun"], mean["hawker"] / mean["runc"]
      printf "medians:  hawker/crun own %.2f   hawker/crun as run here %.2f   hawker/runc %.2f\n",
        median["hawker"] / (median["crun"] - median["crun-wrapper"]), median["hawker"] / median["crun"], median["hawker"] / median["runc"]
      printf "minimums: hawker/crun own %.2f   hawker/crun as run here %.2f   hawker/runc %.2f\n\n",
        min["hawker"] / ownMin, min["hawker"] / min["crun"], min["hawker"] / min["runc"]
    }' "$cache/$mode.csv"
}

measure back-to-back
measure isolated --prepare 'sleep 0.1'
