#!/usr/bin/env bash
# Wall time of `run` of /bin/true in a busybox bundle: hawker (Native AOT) side by side with runc and crun.
# Needs root, busybox-static, runc, crun, hyperfine. Usage: harness/Hawker/benchmark.sh [runs]
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
crun='unshare --mount --propagation private sh -c "umount /sys/fs/cgroup/unified 2>/dev/null; exec crun --root /tmp/bench-crun run -b '"$bundle"' bench-crun"'
hyperfine -N --warmup 5 --runs "$runs" --export-markdown "$cache/results.md" \
  -n hawker "$cache/aot/hawker --root /tmp/bench-hawker run -b $bundle bench-hawker" \
  -n runc "runc --root /tmp/bench-runc run -b $bundle bench-runc" \
  -n crun "$crun" \
  -n 'unshare wrapper alone (subtract from crun)' 'unshare --mount --propagation private sh -c "umount /sys/fs/cgroup/unified 2>/dev/null; exec true"'
# On a shared, loaded machine the mean mostly measures the scheduler: read the minimum and the user+system CPU time too.
cat "$cache/results.md"
