using System.Diagnostics;
using Pixfra.Rma.Testing;

namespace Pixfra.Rma.Faults.Tests.Hosting;

/// <summary>
/// The built bot (bot/Pixfra.Rma.Bot/bin/Release) as its own process on 127.0.0.1 and a free port, in Development
/// with authentication off, on the given SQLite file and blob folder, so a test can kill it (SIGKILL) and start it
/// again on the same storage.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;

    private BotProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public Uri Messages => new(BaseAddress, "api/messages");

    /// <param name="port">The port to listen on: a restarted bot takes its predecessor's, as behind a load balancer.</param>
    public static async Task<BotProcess> StartAsync(string storageFolder, int port, CancellationToken ct)
    {
        var bin = RepositoryPaths.InRoot("bot", "Pixfra.Rma.Bot", "bin", "Release", "net10.0");
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(bin, "Pixfra.Rma.Bot.dll")])
        {
            WorkingDirectory = bin,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["MicrosoftAppId"] = "";
        start.Environment["Urls"] = baseAddress.AbsoluteUri.TrimEnd('/');
        start.Environment["Storage__Sqlite__Path"] = Path.Combine(storageFolder, "rma.db");
        start.Environment["Blobs__FileSystem__Path"] = Path.Combine(storageFolder, "blobs");
        start.Environment["Reminders__Enabled"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bot = new BotProcess(process, baseAddress);
        await bot.WaitUntilHealthyAsync(ct);
        return bot;
    }

    /// <summary>SIGKILL: no shutdown, no flush, as a crashed or evicted container.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilHealthyAsync(CancellationToken ct)
    {
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with {_process.ExitCode} before it was healthy.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(BaseAddress, "healthz"), ct);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(100, ct);
        }

        throw new TimeoutException("The bot did not become healthy in 30 s.");
    }
}
