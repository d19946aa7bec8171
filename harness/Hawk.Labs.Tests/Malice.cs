using Hawk.Labs.Definition;

namespace Hawk.Labs.Tests;

/// <summary>What a malicious fixture does in one region of its submission.</summary>
public enum Attack
{
    /// <summary>Never returns.</summary>
    EndlessLoop,

    /// <summary>C#: asks for a 64 GiB native block and touches it, then fills a list with 64 MiB arrays without end.</summary>
    HugeAllocation,

    /// <summary>
    /// Writes files outside its run folder and prints fake results (a results.json on the console, forged observation
    /// lines on the probe's real standard output, a results.json in its folder), then runs the reference's code: the
    /// part must keep exactly its honest points.
    /// </summary>
    EscapeAndForge,

    /// <summary>
    /// C#: writes the very observation the grader expects (worked out beforehand: the lab's guests and programs are
    /// public) on the probe's real standard output and exits before the probe can answer.
    /// </summary>
    ForgeAndExit,

    /// <summary>ca65: stores over all of RAM (the harness's state, its stack, its done flag: a forged "finished") and returns into the rubble.</summary>
    RunawayWrite,

    /// <summary>ca65: includes the reference solution from the repository by its absolute path (the sandbox hides it).</summary>
    ReadOutside,
}

/// <summary>The region bodies of each <see cref="Attack"/> in a lab's language.</summary>
internal static class Malice
{
    /// <summary>What every forging attack claims.</summary>
    public const string FakeResults = "{\"score\": 100, \"tests\": []}";

    /// <summary>Printed by an <see cref="Attack.EscapeAndForge"/> body for each target it could not write.</summary>
    public const string Denied = "DENIED ";

    /// <summary>Printed by an <see cref="Attack.EscapeAndForge"/> body for each target it did write.</summary>
    public const string Escaped = "ESCAPED ";

    /// <summary>The file an <see cref="Attack.EscapeAndForge"/> body plants beside the probe's own assemblies (in the grading workspace).</summary>
    public const string Planted = "planted-by-submission.txt";

    /// <param name="targets">Files outside the run folder that an escaping body tries to write.</param>
    /// <param name="referenceFile">ca65: the reference solution's file that <see cref="Attack.ReadOutside"/> includes.</param>
    /// <param name="forged">The observation line a <see cref="Attack.ForgeAndExit"/> body writes.</param>
    public static string Body(Attack attack, LabLanguage language, IReadOnlyList<string> targets, string referenceFile, string forged) => (language, attack) switch
    {
        (LabLanguage.CSharp, Attack.ForgeAndExit) => $"using (var raw = Console.OpenStandardOutput())\n{{\n    raw.Write(System.Text.Encoding.UTF8.GetBytes(\"\"\"{forged}\"\"\" + \"\\n\"));\n}}\n\nEnvironment.Exit(0);\nthrow new InvalidOperationException(\"the process has exited\");",
        (LabLanguage.CSharp, Attack.EndlessLoop) => "while (true)\n{\n}",
        (LabLanguage.CSharp, Attack.HugeAllocation) => CSharpHog,
        (LabLanguage.CSharp, Attack.EscapeAndForge) => Submissions.BeforeReference(CSharpEscape(targets)),
        (LabLanguage.Ca65, Attack.EndlessLoop) => "@forever:\njmp @forever",
        (LabLanguage.Ca65, Attack.RunawayWrite) => Ca65RunawayWrite,
        (LabLanguage.Ca65, Attack.ReadOutside) => $".include \"{referenceFile}\"",
        // ca65 prints .out text while it assembles; nothing else a 6502 routine does reaches the host.
        (LabLanguage.Ca65, Attack.EscapeAndForge) => Submissions.BeforeReference($".out \"{FakeResults.Replace("\"", "'", StringComparison.Ordinal)}\""),
        _ => throw new ArgumentException($"{attack} has no meaning in {language}: {Why(attack)}", nameof(attack)),
    };

    private static string Why(Attack attack) => attack switch
    {
        Attack.HugeAllocation => "a 6502 routine's world is the NES's 64 KiB address space (2 KiB of RAM); it cannot reach host memory, and ca65 refuses reservations beyond 16 bits",
        Attack.ForgeAndExit => "the 6502 has no way to the probe's standard output",
        Attack.RunawayWrite or Attack.ReadOutside => "C# code is bounded by the sandbox's file system, not by an emulated bus",
        _ => "no such attack",
    };

    private const string CSharpHog = """
        try
        {
            var block = System.Runtime.InteropServices.Marshal.AllocHGlobal((nint)(64L << 30));
            for (long offset = 0; offset < 64L << 30; offset += 4096)
            {
                System.Runtime.InteropServices.Marshal.WriteByte(block + (nint)offset, 1);
            }
        }
        catch (OutOfMemoryException)
        {
            Console.Error.WriteLine("64 GiB refused");
        }

        var hog = new List<byte[]>();
        while (true)
        {
            hog.Add(new byte[64 * 1024 * 1024]);
            hog[^1][^1] = 1;
        }
        """;

    /// <summary>Once per process (the region may run millions of times): escape, forge, then fall through to the reference's code.</summary>
    private static string CSharpEscape(IReadOnlyList<string> targets) => $$"""
        if (AppDomain.CurrentDomain.GetData("hawk-fixture-escaped") is null)
        {
            AppDomain.CurrentDomain.SetData("hawk-fixture-escaped", true);
            foreach (var target in new[] { {{string.Join(", ", targets.Select(target => $"\"{target}\""))}}, Path.Combine(AppContext.BaseDirectory, "{{Planted}}") })
            {
                try
                {
                    File.WriteAllText(target, "{{FakeResults.Replace("\"", "\\\"", StringComparison.Ordinal)}}");
                    Console.Error.WriteLine("{{Escaped}}" + target);
                }
                catch (Exception e)
                {
                    Console.Error.WriteLine("{{Denied}}" + target + ": " + e.GetType().Name);
                }
            }

            File.WriteAllText("results.json", "{{FakeResults.Replace("\"", "\\\"", StringComparison.Ordinal)}}");
            Console.WriteLine("{{FakeResults.Replace("\"", "\\\"", StringComparison.Ordinal)}}");
            using var raw = Console.OpenStandardOutput();
            for (int id = 0; id < 256; id++)
            {
                raw.Write(System.Text.Encoding.UTF8.GetBytes("{\"id\":" + id + ",\"output\":\"\",\"exitCode\":0,\"ram\":\"AAAAAAAA\",\"frames\":1}\n"));
            }
        }

        """;

    /// <summary>$5A over every page of RAM: $0200 = $5A is the harness's "all cases done", and the stack's return address is gone.</summary>
    private const string Ca65RunawayWrite = """
        ldx #0
        lda #$5A
        @fill:
        sta $0000,x
        sta $0100,x
        sta $0200,x
        sta $0300,x
        sta $0400,x
        sta $0500,x
        sta $0600,x
        sta $0700,x
        inx
        bne @fill
        rts
        """;
}
