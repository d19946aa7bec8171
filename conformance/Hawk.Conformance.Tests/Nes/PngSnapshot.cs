using System.Runtime.CompilerServices;

namespace Hawk.Conformance.Tests.Nes;

/// <summary>
/// Verify-style PNG snapshots: <c>Class.Method_args.verified.png</c> beside the test source is the accepted frame;
/// a mismatch or a missing snapshot writes <c>.received.png</c> next to it and fails. HAWK_ACCEPT=1 accepts.
/// </summary>
internal static class PngSnapshot
{
    public static void Verify(byte[] png, string name, [CallerFilePath] string sourceFile = "")
    {
        string folder = Path.Combine(Path.GetDirectoryName(sourceFile)!, "Snapshots");
        string verified = Path.Combine(folder, $"{name}.verified.png");
        string received = Path.Combine(folder, $"{name}.received.png");
        bool accept = Environment.GetEnvironmentVariable("HAWK_ACCEPT") == "1";
        if (File.Exists(verified) && File.ReadAllBytes(verified).AsSpan().SequenceEqual(png))
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        if (accept)
        {
            File.WriteAllBytes(verified, png);
            File.Delete(received);
            return;
        }

        File.WriteAllBytes(received, png);
        Assert.Fail(File.Exists(verified)
            ? $"The frame differs from {verified}; see {received} (accept with HAWK_ACCEPT=1)."
            : $"No snapshot {verified} yet; the frame is in {received} (accept with HAWK_ACCEPT=1).");
    }
}
