#!/usr/bin/env bash
# Side-by-side timings of Hawkervisor and QEMU/KVM on the same Debian kernel and busybox initramfs:
#   1. boot: wall time from launch until the guest's /init has printed its line and the VM has ended (reboot=k),
#      for `hawk vm run`, `qemu-system-x86_64 -enable-kvm -M microvm` and `-M pc`;
#   2. port I/O: exits per second of the same multiboot guest doing N OUTs to port 0x80, hawk vs QEMU -M pc.
# Usage: harness/Hawk.Benchmarks/scripts/vm-vs-qemu.sh [runs]   (needs /dev/kvm, nasm, busybox-static, qemu-system-x86)
set -uo pipefail
cd "$(dirname "$0")/../../.."
runs="${1:-5}"
budget="${HAWK_BENCH_TIMEOUT:-120}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build harness/Hawk.Cli -c Release -v quiet -nologo >/dev/null || exit 1
hawk=harness/Hawk.Cli/bin/Release/net10.0/hawk
kernel="$("$hawk" vm kernel)" || exit 1
"$hawk" vm initramfs --out "$work/initramfs.cpio" >/dev/null || exit 1
cmdline="console=ttyS0 reboot=k panic=-1 pci=off nomodules i8042.noaux i8042.nomux i8042.nopnp i8042.dumbkbd tsc=reliable no_timer_check"
marker="hawk-init: hello from busybox"

# time_boot NAME COMMAND...: runs the command `runs` times; prints the median wall time in ms, or why it failed.
time_boot() {
  local name="$1"; shift
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    timeout "$(( budget + 10 ))" "$@" >"$work/console" 2>&1 </dev/null
    end=$(date +%s%N)
    if ! grep -q "$marker" "$work/console"; then
      echo "$name: init's line never appeared within ${budget}s (last console lines: $(tail -c 200 "$work/console" | tr '\n' ' '))"
      return
    fi
    times+=($(( (end - start) / 1000000 )))
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  echo "$name: median ${median} ms over $runs runs (${times[*]})"
  eval "ms_${name//[^a-z]/_}=$median"
}

time_boot hawk "$hawk" vm run --kernel "$kernel" --initrd "$work/initramfs.cpio" --cmdline "$cmdline" --mem 256M --timeout "$budget"
time_boot microvm qemu-system-x86_64 -enable-kvm -M microvm -m 256M -nodefaults -no-user-config -nographic -serial stdio \
  -no-reboot -kernel "$kernel" -initrd "$work/initramfs.cpio" -append "$cmdline"
time_boot pc qemu-system-x86_64 -enable-kvm -M pc -m 256M -nodefaults -no-user-config -nographic -serial stdio \
  -no-reboot -kernel "$kernel" -initrd "$work/initramfs.cpio" -append "$cmdline"
if [ -n "${ms_hawk:-}" ] && [ -n "${ms_microvm:-}" ]; then
  echo "boot ratio hawk / qemu microvm: $(awk "BEGIN { printf \"%.2f\", $ms_hawk / $ms_microvm }")"
fi
if [ -n "${ms_hawk:-}" ] && [ -n "${ms_pc:-}" ]; then
  echo "boot ratio hawk / qemu pc: $(awk "BEGIN { printf \"%.2f\", $ms_hawk / $ms_pc }")"
fi

# Port I/O: the same multiboot guest (1 and N OUTs to port 0x80, then the debug exit) under hawk and QEMU -M pc;
# exits per second = (N - 1) / (wall time with N - wall time with 1), which cancels launch and firmware time.
guests=machines/Hawk.Hypervisor.Tests/Guests
outs="${HAWK_BENCH_OUTS:-500000}"
for n in 1 "$outs"; do
  nasm -f bin -DCOUNT="$n" -I "$guests/" -o "$work/outs$n.bin" "$guests/multiboot_port_exits.asm" || exit 1
done
wall_ms() { local start end; start=$(date +%s%N); timeout "$(( budget + 10 ))" "$@" >/dev/null 2>&1 </dev/null; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }
for vmm in hawk qemu-pc; do
  declare -A t=()
  for n in 1 "$outs"; do
    if [ "$vmm" = hawk ]; then
      t[$n]=$(wall_ms "$hawk" vm guest "$work/outs$n.bin" --timeout "$budget")
    else
      t[$n]=$(wall_ms qemu-system-x86_64 -enable-kvm -M pc -m 64M -display none -serial stdio -no-reboot \
        -device isa-debug-exit,iobase=0xf4,iosize=1 -kernel "$work/outs$n.bin")
    fi
  done
  echo "$vmm port I/O: $outs OUTs in $(( t[$outs] - t[1] )) ms beyond the 1-OUT run (${t[1]} ms): $(awk "BEGIN { printf \"%.0f\", ($outs - 1) * 1000 / (${t[$outs]} - ${t[1]}) }") exits/s"
  unset t
done
