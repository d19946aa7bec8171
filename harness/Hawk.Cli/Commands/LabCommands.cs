using System.CommandLine;
using System.Globalization;
using Hawk.Harness.Configuration;
using Hawk.Labs.Definition;
using Hawk.Labs.Feedback;
using Hawk.Labs.Grading;
using Hawk.Labs.Judges;
using Hawk.Labs.Regions;

namespace Hawk.Cli.Commands;

/// <summary>`hawk lab list|scaffold|check|grade`: course labs from course-labs/&lt;id&gt;/lab.yaml.</summary>
internal static class LabCommands
{
    /// <summary>`hawk lab check` on a lab whose machine, markers or judge runner is missing: neither a pass nor a failure.</summary>
    public const int NotReady = 3;

    public static Command Create(CliContext context)
    {
        var list = new Command("list", "List the labs with their parts, points and readiness.");
        list.SetAction(_ => Guard(context, () => List(context)));

        var scaffoldId = LabArgument();
        var scaffoldOut = new Option<DirectoryInfo>("--out") { Description = "Folder to write the student starter into.", Required = true };
        var scaffold = new Command("scaffold", "Write the student starter: every solution region replaced by a stub naming its task.") { scaffoldId, scaffoldOut };
        scaffold.SetAction(parse => Guard(context, () => Scaffold(context, parse.GetRequiredValue(scaffoldId), parse.GetRequiredValue(scaffoldOut))));

        var checkId = new Argument<string?>("LAB") { Description = "The lab to check; all labs when omitted.", Arity = ArgumentArity.ZeroOrOne };
        var check = new Command("check", "Prove labs sound: reference full marks, starter zero and building, each part failing without its region.") { checkId };
        check.SetAction(parse => Guard(context, () => Check(context, parse.GetValue(checkId))));

        var gradeId = LabArgument();
        var submission = new Option<DirectoryInfo>("--submission") { Description = "The student's folder, laid out like the starter.", Required = true };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Report folder (default: reports/labs/<lab>)." };
        var seed = new Option<int?>("--seed") { Description = "Seed of the random test inputs (default: random; recorded in the reports)." };
        var submittedAt = new Option<string?>("--submitted-at") { Description = "Submission time (ISO 8601) for the late policy (default: now)." };
        var noCoverage = new Option<bool>("--no-coverage") { Description = "Skip the coverage report (faster)." };
        var grade = new Command("grade", "Build and grade a submission in a sandbox; write results.json, the Classroom result, JUnit XML, feedback.md and coverage.")
        {
            gradeId, submission, output, seed, submittedAt, noCoverage,
        };
        grade.SetAction(parse => Guard(context, () => Grade(context, new GradeOptions(
            parse.GetRequiredValue(gradeId), parse.GetRequiredValue(submission), parse.GetValue(output), parse.GetValue(seed),
            parse.GetValue(submittedAt), !parse.GetValue(noCoverage)))));

        return new Command("lab", "Course labs: scaffold starters, check labs, grade submissions.") { list, scaffold, check, grade };
    }

    private sealed record GradeOptions(string Lab, DirectoryInfo Submission, DirectoryInfo? Output, int? Seed, string? SubmittedAt, bool Coverage);

    private static Argument<string> LabArgument() => new("LAB") { Description = "The lab's id (its folder under course-labs/)." };

    private static Task<int> Guard(CliContext context, Func<Task<int>> body) => context.GuardAsync(async () =>
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (Exception e) when (e is UnknownLabException or LabConfigurationException or SolutionMarkerException)
        {
            await context.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.Configuration;
        }
        catch (LabNotReadyException e)
        {
            await context.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return NotReady;
        }
    });

    private static LabSources Sources(CliContext context, string id)
    {
        var root = context.Settings.RepositoryRoot;
        return new LabSources(LabCatalog.Load(root, id), root);
    }

    private static Task<int> List(CliContext context)
    {
        var root = context.Settings.RepositoryRoot;
        foreach (var id in LabCatalog.Ids(root))
        {
            var sources = Sources(context, id);
            var reasons = LabReadiness.Reasons(sources);
            context.Out.WriteLine($"{id}  {sources.Lab.Title}  ({sources.Lab.TotalPoints} points, {sources.Lab.Language.ToString().ToLowerInvariant()}){(reasons.Count > 0 ? "  [not ready]" : "")}");
            foreach (var part in sources.Lab.Parts)
            {
                context.Out.WriteLine($"    {part.Id,-20} {part.Points,3} pts  {part.Visibility,-12} {part.Judge.Kind,-16} {part.Title}");
            }
        }

        return Task.FromResult(ExitCodes.Success);
    }

    private static async Task<int> Scaffold(CliContext context, string id, DirectoryInfo output)
    {
        var sources = Sources(context, id);
        if (LabReadiness.Reasons(sources) is { Count: > 0 } reasons)
        {
            throw new LabNotReadyException(id, reasons);
        }

        if (output.Exists && output.EnumerateFileSystemInfos().Any())
        {
            await context.Error.WriteLineAsync($"{output.FullName} is not empty; scaffold writes into a new or empty folder").ConfigureAwait(false);
            return ExitCodes.Configuration;
        }

        Scaffolder.Write(sources, output);
        await context.Out.WriteLineAsync($"{id}: starter written to {output.FullName} ({sources.Lab.StudentFiles.Count} file(s) to complete: {string.Join(", ", sources.Lab.StudentFiles)})").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static async Task<int> Check(CliContext context, string? id)
    {
        var ids = id is null ? LabCatalog.Ids(context.Settings.RepositoryRoot) : [id];
        var worst = ExitCodes.Success;
        foreach (var lab in ids)
        {
            var progress = new Progress<string>(step => context.Error.WriteLine($"{lab}: {step}"));
            var report = await new LabChecker(Sources(context, lab), context.Settings).CheckAsync(progress).ConfigureAwait(false);
            foreach (var finding in report.Findings)
            {
                await context.Out.WriteLineAsync($"{lab}: {finding}").ConfigureAwait(false);
            }

            var (label, code) = report.Status switch
            {
                CheckStatus.Sound => ("SOUND", ExitCodes.Success),
                CheckStatus.NotReady => ("NOT READY (not checked: the lab cannot run yet)", NotReady),
                _ => ("UNSOUND", ExitCodes.Failure),
            };
            await context.Out.WriteLineAsync($"{lab}: {label} in {report.Elapsed.TotalSeconds:F1} s").ConfigureAwait(false);
            worst = code == ExitCodes.Failure || worst == ExitCodes.Failure ? ExitCodes.Failure : Math.Max(worst, code);
        }

        return worst;
    }

    private static async Task<int> Grade(CliContext context, GradeOptions options)
    {
        if (!options.Submission.Exists)
        {
            await context.Error.WriteLineAsync($"submission folder {options.Submission.FullName} does not exist").ConfigureAwait(false);
            return ExitCodes.Configuration;
        }

        DateTimeOffset submitted = DateTimeOffset.UtcNow;
        if (options.SubmittedAt is not null && !DateTimeOffset.TryParse(options.SubmittedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out submitted))
        {
            await context.Error.WriteLineAsync($"--submitted-at '{options.SubmittedAt}' is not an ISO 8601 time").ConfigureAwait(false);
            return ExitCodes.Configuration;
        }

        var sources = Sources(context, options.Lab);
        var output = options.Output ?? new DirectoryInfo(Path.Combine(context.Settings.DefaultReportsDirectory.FullName, "labs", options.Lab));
        output.Create();
        var request = new GradeRequest(options.Submission, _ => true, options.Seed ?? Random.Shared.Next(), [output.FullName], submitted,
            options.Coverage, new DirectoryInfo(Path.Combine(output.FullName, "coverage")));
        var progress = new Progress<string>(step => context.Error.WriteLine($"{options.Lab}: {step}"));
        var report = await new LabGrader(sources, context.Settings).GradeAsync(request, progress).ConfigureAwait(false);
        GradingOutputs.WriteAll(report, output);
        if (Environment.GetEnvironmentVariable("GITHUB_OUTPUT") is { Length: > 0 } githubOutput)
        {
            await File.AppendAllTextAsync(githubOutput, $"result={ClassroomResult.Base64(report)}\n").ConfigureAwait(false);
        }

        foreach (var part in report.Parts)
        {
            await context.Out.WriteLineAsync($"{part.Part.Id,-20} {part.Score,6}/{part.Part.Points,-4} {part.PassedGroups}/{part.Groups.Count} passed{(part.FirstFailure is { } f ? $"; first failure: {f.Name}: {f.Message}" : "")}").ConfigureAwait(false);
        }

        await context.Out.WriteLineAsync($"{options.Lab}: {report.Score}/{report.MaxScore} in {report.Elapsed.TotalSeconds:F1} s (build {report.Build.Elapsed.TotalSeconds:F1} s, isolation {report.Isolation}, seed {report.Seed}); reports in {output.FullName}").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
