using Hawk.Harness.NUnit;
using Microsoft.Playwright;

namespace Hawk.Dashboard.Tests;

/// <summary>
/// Debian's chromium driven by Playwright's bundled driver. Playwright never downloads a browser here: the
/// executable path is fixed, and a missing chromium ignores the test (fails it in CI via HAWK_REQUIRE_CHROMIUM).
/// </summary>
internal static class Browser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        new RequiredComponent("CHROMIUM").Ensure(File.Exists(ChromiumPath) ? null : $"{ChromiumPath} is missing (apt-get install chromium)");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = Arguments,
            Timeout = 60_000,
        });
        return (playwright, browser);
    }

    /// <summary>Where screenshots go: TestResults/dashboard under the repository, kept for a person to look at.</summary>
    public static string ScreenshotPath(string name)
    {
        var root = Hawk.Harness.Configuration.RepositoryRoot.Find(Hawk.Harness.Configuration.ProcessEnvironment.Instance);
        var folder = Directory.CreateDirectory(Path.Combine(root.FullName, "TestResults", "dashboard"));
        return Path.Combine(folder.FullName, name);
    }
}
