using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Hawk.Harness.Configuration;
using Hawk.Harness.Snapshots;
using NUnit.Framework;

namespace Hawk.Harness.NUnit.Snapshots;

/// <summary>
/// Verify-style regression snapshots for NUnit tests. The accepted observation lives in
/// <c>&lt;test source folder&gt;/Snapshots/Class.Method_args.verified.ext</c>; a differing or missing one writes
/// <c>.received.ext</c> beside it and fails with a diff. A missing snapshot always fails, on CI too. Locally,
/// <c>HAWK_ACCEPT=1</c> accepts what the test observes; <c>hawk snapshots accept</c> accepts received files after
/// the fact. On CI ($CI set) HAWK_ACCEPT is ignored, so a build never approves its own output.
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "HAWK_ACCEPT";
    public const string Folder = "Snapshots";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static void VerifyText(string text, string extension = "txt", string? name = null, [CallerFilePath] string sourceFile = "") =>
        Verify(Encoding.UTF8.GetBytes(text), extension, name, sourceFile, (verified, received) =>
            SnapshotComparer.CompareText(Encoding.UTF8.GetString(verified), Encoding.UTF8.GetString(received)));

    /// <summary>Snapshots <paramref name="value"/> as indented JSON (System.Text.Json, declared property order).</summary>
    public static void VerifyJson<T>(T value, string? name = null, [CallerFilePath] string sourceFile = "") =>
        VerifyText(JsonSerializer.Serialize(value, Json) + "\n", "json", name, sourceFile);

    /// <summary>Snapshots a PNG; two encodings of the same pixels match.</summary>
    public static void VerifyPng(byte[] png, string? name = null, [CallerFilePath] string sourceFile = "") =>
        Verify(png, "png", name, sourceFile, SnapshotComparer.ComparePng);

    /// <summary>Class.Method for a plain test, Class.TestName for a named case, Class.Method_arg1_arg2 otherwise (file-name safe).</summary>
    public static string NameOfCurrentTest()
    {
        var test = TestContext.CurrentContext.Test;
        var className = test.ClassName![(test.ClassName!.LastIndexOf('.') + 1)..];
        var method = test.MethodName ?? test.Name;
        var suffix = test.Name == method ? method
            : test.Name.StartsWith(method + "(", StringComparison.Ordinal) ? method + "_" + string.Join('_', test.Arguments.Select(a => Safe(Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture) ?? "null")))
            : Safe(test.Name);
        return $"{className}.{suffix}";
    }

    private static string Safe(string text) =>
        new([.. text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]);

    private static void Verify(byte[] observed, string extension, string? name, string sourceFile, Func<byte[], byte[], string?> compare)
    {
        var folder = Path.Combine(Path.GetDirectoryName(sourceFile)!, Folder);
        name ??= NameOfCurrentTest();
        var verified = SnapshotFiles.VerifiedPath(folder, name, extension);
        var received = SnapshotFiles.ReceivedPath(folder, name, extension);
        var difference = File.Exists(verified) ? compare(File.ReadAllBytes(verified), observed) : "missing";
        if (difference is null)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        if (AcceptRequested(ProcessEnvironment.Instance))
        {
            File.WriteAllBytes(verified, observed);
            File.Delete(received);
            TestContext.Out.WriteLine($"{AcceptVariable}=1: accepted {verified}");
            return;
        }

        File.WriteAllBytes(received, observed);
        Assert.Fail(difference == "missing"
            ? $"No accepted snapshot {verified}; the observation is in {received}. Check it, then accept with `hawk snapshots accept` or {AcceptVariable}=1."
            : $"The observation differs from {verified} (received: {received}; accept with `hawk snapshots accept` or {AcceptVariable}=1):{Environment.NewLine}{difference}");
    }

    /// <summary>HAWK_ACCEPT=1 outside CI.</summary>
    public static bool AcceptRequested(IHawkEnvironment environment) =>
        HawkSettings.IsTrue(environment.Variable(AcceptVariable)) && environment.Variable("CI") is null;
}
