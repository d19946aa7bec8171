using System.Globalization;
using System.Net.Sockets;
using Hawk.Harness.Reports;
using Hawk.Harness.Results;
using Microsoft.Playwright;

namespace Hawk.Dashboard.Tests;

/// <summary>The generated dashboard opened in a real browser: what a person sees must match run.json.</summary>
[Category("browser")]
[NonParallelizable]
public sealed class DashboardBrowserTests
{
    private FixtureRuns _runs = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private IPage _page = null!;

    [OneTimeSetUp]
    public async Task Launch()
    {
        _runs = new FixtureRuns();
        (_playwright, _browser) = await Browser.LaunchAsync();
    }

    [SetUp]
    public async Task OpenPage() =>
        _page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

    [TearDown]
    public async Task ClosePage() => await _page.CloseAsync();

    [OneTimeTearDown]
    public async Task Close()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _runs.Dispose();
    }

    [Test]
    public async Task The_totals_shown_are_the_figures_of_run_json()
    {
        await _page.GotoAsync(_runs.IndexUrl);
        var totals = _runs.Run.Totals;

        Assert.That(await Count("total"), Is.EqualTo(totals.Total.ToString(CultureInfo.InvariantCulture)));
        Assert.That(await Count("passed"), Is.EqualTo(totals.Passed.ToString(CultureInfo.InvariantCulture)));
        Assert.That(await Count("failed"), Is.EqualTo(totals.Failed.ToString(CultureInfo.InvariantCulture)));
        Assert.That(await Count("known-failure"), Is.EqualTo(totals.KnownFailure.ToString(CultureInfo.InvariantCulture)));
        Assert.That(await Count("skipped"), Is.EqualTo(totals.Skipped.ToString(CultureInfo.InvariantCulture)));
        Assert.That(await Count("pass-rate"), Is.EqualTo(PassRate.Format(totals)));
        foreach (var suite in _runs.Run.Suites)
        {
            var cells = await _page.Locator($"#suites tr[data-suite='{suite.SuiteId}'] td.num").AllInnerTextsAsync();
            var c = suite.Counts;
            Assert.That(cells.Take(7), Is.EqualTo(new[] { c.Passed, c.Failed, c.Errored, c.KnownFailure, c.UnexpectedPass, c.Skipped, c.Total }
                .Select(n => n.ToString(CultureInfo.InvariantCulture))), suite.SuiteId);
        }

        Assert.That(await _page.Locator("#failing").InnerTextAsync(), Is.EqualTo($"Failing now ({_runs.Run.Cases.Count(c => c.Verdict.IsFailure())})"));
    }

    [Test]
    public async Task Regressions_come_first_and_link_to_the_failing_case()
    {
        await _page.GotoAsync(_runs.IndexUrl);

        var sections = await _page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('main > section, main > div, main > h2')].map(e => e.id || e.textContent.trim())");
        Assert.That(sections[0], Is.EqualTo("regressions"), "the first thing under the title is the regressions box");
        Assert.That(await _page.Locator("#regressions h2").InnerTextAsync(), Does.StartWith("1 regression since run earlier-"));
        Assert.That(await _page.Locator("#fixed").InnerTextAsync(), Does.Contain(FixtureRuns.Fixed.ToString()));

        await _page.Locator("#regressions a.case-link").ClickAsync();

        Assert.That(_page.Url, Does.EndWith("suites/6502-singlestep.html#case-69"));
        var row = _page.Locator("tr:target");
        Assert.That(await row.GetAttributeAsync("data-verdict"), Is.EqualTo(nameof(Verdict.Failed)));
        var expected = _runs.Run.Cases.Single(c => c.SuiteId == FixtureRuns.Regressed.SuiteId && c.CaseId == FixtureRuns.Regressed.CaseId);
        Assert.That(await row.Locator(".msg").First.InnerTextAsync(), Is.EqualTo(expected.Message));
        Assert.That(await row.Locator("dd.expected").InnerTextAsync(), Is.EqualTo(expected.FirstDivergence!.Expected));
        Assert.That(await row.Locator("dd.actual").InnerTextAsync(), Is.EqualTo(expected.FirstDivergence!.Actual));
        Assert.That(await row.IsVisibleAsync(), Is.True);
        Assert.That(await _page.Locator("#cases tr[data-verdict]").First.GetAttributeAsync("id"), Is.EqualTo("case-69"), "failing cases lead the suite page");

        await _page.Locator("tr:target a.artefact").ClickAsync();
        Assert.That(await _page.Locator("body").InnerTextAsync(), Does.Contain("ADC #$2F"));
    }

    [Test]
    public async Task A_failing_rom_shows_its_frame_and_serial_log()
    {
        await _page.GotoAsync(_runs.IndexUrl);
        await _page.Locator($"#failing ~ table a.case-link:text('{FixtureRuns.NesFailure}')").ClickAsync();

        var row = _page.Locator("tr:target");
        var image = row.Locator("img");
        Assert.That(await image.EvaluateAsync<int>("i => i.complete ? i.naturalWidth : -1"), Is.EqualTo(64), "the PNG frame loads");
        var links = await row.Locator("a.artefact").AllInnerTextsAsync();
        Assert.That(links, Is.EqualTo(new[] { "frame.png", "serial.log" }));
        await row.Locator("a.artefact:text('serial.log')").ClickAsync();
        Assert.That(await _page.Locator("body").InnerTextAsync(), Does.Contain("Failed #3"));
    }

    [Test]
    public async Task Machine_pages_and_badges_render()
    {
        await _page.GotoAsync(_runs.IndexUrl);
        await _page.Locator("#machines a:text('nes')").ClickAsync();

        Assert.That(await _page.Locator("h1").InnerTextAsync(), Does.StartWith("Machine nes"));
        var badges = await _page.EvaluateAsync<int[]>("() => [...document.images].filter(i => i.src.endsWith('.svg')).map(i => i.complete ? i.naturalWidth : -1)");
        Assert.That(badges, Is.Not.Empty.And.All.GreaterThan(0), "every badge image loads");
        Assert.That(await _page.Locator("svg.trend").First.Locator("circle").CountAsync(), Is.EqualTo(5), "a point per run in the history");
    }

    [Test]
    public async Task Screenshot_of_the_dashboard()
    {
        await _page.GotoAsync(_runs.IndexUrl);
        var index = Browser.ScreenshotPath("index.png");
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = index, FullPage = true });
        await _page.Locator("#regressions a.case-link").ClickAsync();
        var suite = Browser.ScreenshotPath("suite-regressed-case.png");
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = suite });

        TestContext.AddTestAttachment(index, "dashboard index");
        TestContext.AddTestAttachment(suite, "suite page at the regressed case");
        Assert.That(new FileInfo(index).Length, Is.GreaterThan(10_000));
        Assert.That(new FileInfo(suite).Length, Is.GreaterThan(10_000));
    }

    [Test]
    public async Task Report_server_serves_the_folder_on_loopback_only_inside_it()
    {
        using var server = new ReportServer(_runs.Directory, FreePort());
        using var stop = new CancellationTokenSource();
        var serving = server.ServeAsync(stop.Token);

        var response = await _page.GotoAsync(server.Address.ToString());
        Assert.That(response!.Status, Is.EqualTo(200));
        Assert.That(await _page.Locator("#totals").IsVisibleAsync(), Is.True);
        Assert.That(server.Address.Host, Is.EqualTo("127.0.0.1"));
        var missing = await _page.APIRequest.GetAsync(new Uri(server.Address, "nothing-here.html").ToString());
        Assert.That(missing.Status, Is.EqualTo(404));
        var escape = await _page.APIRequest.GetAsync(server.Address + "%2e%2e/%2e%2e/etc/passwd");
        Assert.That(escape.Status, Is.EqualTo(404));

        await stop.CancelAsync();
        await serving;
    }

    private async Task<string> Count(string name) =>
        await _page.Locator($"#totals [data-count='{name}'] .n").InnerTextAsync();

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
