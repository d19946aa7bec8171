using System.Net;

namespace Hawk.Harness.Reports;

/// <summary>
/// Serves a reports folder read-only over HTTP on 127.0.0.1, for browsers that restrict file:// pages. Only GET and
/// HEAD of files inside the folder; everything else is 404 or 405.
/// </summary>
public sealed class ReportServer : IDisposable
{
    private static readonly Dictionary<string, string> MediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".json"] = "application/json",
        [".jsonl"] = "application/jsonl; charset=utf-8",
        [".xml"] = "application/xml",
        [".md"] = "text/markdown; charset=utf-8",
        [".css"] = "text/css",
        [".js"] = "text/javascript",
        [".txt"] = "text/plain; charset=utf-8",
        [".log"] = "text/plain; charset=utf-8",
    };

    private readonly HttpListener _listener = new();
    private readonly string _root;

    /// <exception cref="HttpListenerException">The port is taken.</exception>
    public ReportServer(DirectoryInfo root, int port)
    {
        _root = Path.TrimEndingDirectorySeparator(root.FullName) + Path.DirectorySeparatorChar;
        Address = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Address.ToString());
        _listener.Start();
    }

    public Uri Address { get; }

    /// <summary>Answers requests until <paramref name="cancellation"/> fires.</summary>
    public async Task ServeAsync(CancellationToken cancellation)
    {
        using var stop = cancellation.Register(_listener.Stop);
        while (!cancellation.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException && cancellation.IsCancellationRequested)
            {
                return;
            }

            await AnswerAsync(context).ConfigureAwait(false);
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            if (context.Request.HttpMethod is not ("GET" or "HEAD"))
            {
                response.StatusCode = 405;
                return;
            }

            if (Resolve(context.Request.Url!.AbsolutePath) is not { } file)
            {
                response.StatusCode = 404;
                return;
            }

            response.ContentType = MediaTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            response.ContentLength64 = new FileInfo(file).Length;
            if (context.Request.HttpMethod == "GET")
            {
                await using var stream = File.OpenRead(file);
                await stream.CopyToAsync(response.OutputStream).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or HttpListenerException)
        {
            // The client went away mid-response; nothing to tell it.
        }
        finally
        {
            response.Close();
        }
    }

    /// <summary>The file a URL path names inside the root ("/" and folders mean their index.html), or null.</summary>
    private string? Resolve(string urlPath)
    {
        var relative = Uri.UnescapeDataString(urlPath).TrimStart('/');
        var path = Path.GetFullPath(Path.Combine(_root, relative));
        if (!path.StartsWith(_root, StringComparison.Ordinal) && path + Path.DirectorySeparatorChar != _root)
        {
            return null;
        }

        if (Directory.Exists(path))
        {
            path = Path.Combine(path, "index.html");
        }

        return File.Exists(path) ? path : null;
    }

    public void Dispose() => ((IDisposable)_listener).Dispose();
}
