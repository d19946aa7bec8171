using System.Diagnostics;
using Hawk.Harness.NUnit;

namespace Hawk.Hypervisor.Tests;

/// <summary>Assembles the test guests (Guests/*.asm) with nasm at test time, once per test run.</summary>
internal static class GuestPrograms
{
    private static readonly string Output = Path.Combine(Path.GetTempPath(), "hawk-guests-" + Environment.ProcessId);
    private static readonly Lock BuildLock = new();

    public static string SourceDirectory => Path.Combine(TestContext.CurrentContext.TestDirectory, "Guests");

    /// <summary>Ignores the test (fails it in CI) when nasm or KVM is missing.</summary>
    public static void RequireKvm()
    {
        new RequiredComponent("KVM").Ensure(Kvm.KvmSystem.UnavailableReason());
    }

    /// <summary>
    /// Ignores the test (fails it in CI) unless KVM runs guest code at hardware speed. Some hosts expose a /dev/kvm
    /// that interprets kernel-mode guest code (kvm-pvm, found on this project's development machine, runs about a
    /// million guest instructions per second): real-mode and small guests work there, a Linux boot does not finish.
    /// </summary>
    public static void RequireHardwareSpeedKvm()
    {
        RequireKvm();
        double rate = GuestIterationsPerSecond();
        new RequiredComponent("HARDWARE_KVM").Ensure(rate >= 1e8 ? null :
            $"KVM runs guest code at {rate:E1} loop iterations/s (hardware virtualisation does ~1e9): this host's KVM interprets the guest, a Linux boot would take hours");
    }

    private static double? _iterationsPerSecond;

    private static double GuestIterationsPerSecond()
    {
        if (_iterationsPerSecond is { } known)
        {
            return known;
        }

        var result = GuestConformanceTests.RunOnKvm("calibrate", TimeSpan.FromMilliseconds(300));
        Assert.That(result.Stop.Kind, Is.EqualTo(Devices.VmStopKind.Timeout), result.Report());
        double iterations = (1UL << 62) - result.Registers.Rcx;
        _iterationsPerSecond = iterations / result.Elapsed.TotalSeconds;
        return _iterationsPerSecond.Value;
    }

    public static byte[] Assemble(string name)
    {
        new RequiredComponent("NASM").Ensure(FindNasm() is null ? "nasm is not on PATH (apt-get install nasm)" : null);
        lock (BuildLock)
        {
            Directory.CreateDirectory(Output);
            string binary = Path.Combine(Output, name + ".bin");
            if (!File.Exists(binary))
            {
                var start = new ProcessStartInfo(FindNasm()!, ["-f", "bin", "-I", SourceDirectory + "/", "-o", binary, Path.Combine(SourceDirectory, name + ".asm")])
                {
                    RedirectStandardError = true,
                };
                using var nasm = Process.Start(start)!;
                string errors = nasm.StandardError.ReadToEnd();
                nasm.WaitForExit();
                Assert.That(nasm.ExitCode, Is.Zero, $"nasm failed on {name}.asm:\n{errors}");
            }

            return File.ReadAllBytes(binary);
        }
    }

    private static string? FindNasm() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => Path.Combine(dir, "nasm")).FirstOrDefault(File.Exists);
}
