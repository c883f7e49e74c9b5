using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Pixfra.Rma.Testing;

namespace Pixfra.Rma.EndToEnd.Tests.Harness;

/// <summary>
/// The Microsoft 365 Agents Playground (npm, installed by <c>./test.sh</c> into <c>js/</c>) running as a
/// child process on a free loopback port, pointed at the bot's <c>/api/messages</c>.
/// </summary>
internal sealed partial class PlaygroundProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly string _workingDirectory;
    private readonly StringBuilder _output = new();

    private PlaygroundProcess(Process process, string workingDirectory, int port)
    {
        _process = process;
        _workingDirectory = workingDirectory;
        Port = port;
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public static string PackageFolder => RepositoryPaths.InRoot("tests", "Pixfra.Rma.EndToEnd.Tests", "js");

    /// <summary>Starts it; a port taken meanwhile makes the Playground move elsewhere silently, so that is retried.</summary>
    public static async Task<PlaygroundProcess> StartAsync(Uri botEndpoint, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var playground = await TryStartAsync(botEndpoint, FreePort.Next(), cancellationToken);
            if (playground is not null)
            {
                return playground;
            }

            if (attempt == 3)
            {
                throw new InvalidOperationException("The Agents Playground did not listen on the port it was given, three times.");
            }
        }
    }

    /// <summary>Starts one with its own configuration on a port chosen beforehand (the bot must know it first).</summary>
    public static async Task<PlaygroundProcess> StartAsync(Uri botEndpoint, int port, string configurationYaml, CancellationToken cancellationToken) =>
        await TryStartAsync(botEndpoint, port, cancellationToken, configurationYaml)
        ?? throw new InvalidOperationException($"The Agents Playground did not listen on port {port}.");

    private static async Task<PlaygroundProcess?> TryStartAsync(Uri botEndpoint, int port, CancellationToken cancellationToken, string? configurationYaml = null)
    {
        var cli = Path.Combine(PackageFolder, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException($"{cli} is missing: run ./test.sh (or scripts/install-test-tools.sh) first.");
        }

        var workingDirectory = Directory.CreateTempSubdirectory("pixfra-playground-").FullName;
        await File.WriteAllTextAsync(Path.Combine(workingDirectory, PlaygroundConfig.FileName), configurationYaml ?? PlaygroundConfig.Yaml(), cancellationToken);

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(cli);
        foreach (var argument in new[]
                 {
                     "--app-endpoint", botEndpoint.ToString(), "--channel-id", "msteams",
                     "--port", port.ToString(CultureInfo.InvariantCulture),
                     "--service-url", $"http://127.0.0.1:{port}/_connector", "--disable-telemetry",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        // Without these it tries to reach the internet (telemetry) and to open a browser.
        start.Environment["APPLICATION_INSIGHTS_NO_STATSBEAT"] = "true";
        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var playground = new PlaygroundProcess(process, workingDirectory, port);
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) => playground.OnOutput(e.Data, listening);
        process.ErrorDataReceived += (_, e) => playground.OnOutput(e.Data, listening);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            var reported = await listening.Task.WaitAsync(StartTimeout, cancellationToken);
            if (reported != port)
            {
                await playground.DisposeAsync();
                return null;
            }

            // A bad configuration still prints "Listening on" and exits a moment later.
            await Task.Delay(TimeSpan.FromMilliseconds(300), cancellationToken);
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The Agents Playground exited after starting:\n{playground.Diagnostics()}");
            }

            return playground;
        }
        catch (TimeoutException)
        {
            var diagnostics = playground.Diagnostics();
            await playground.DisposeAsync();
            throw new InvalidOperationException($"The Agents Playground did not start within {StartTimeout}:\n{diagnostics}");
        }
    }

    private void OnOutput(string? line, TaskCompletionSource<int> listening)
    {
        if (line is null)
        {
            listening.TrySetException(new InvalidOperationException($"The Agents Playground exited:\n{Diagnostics()}"));
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        var match = ListeningLine().Match(line);
        if (match.Success)
        {
            listening.TrySetResult(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Its console output and its devTools log, for failure messages.</summary>
    public string Diagnostics()
    {
        var text = new StringBuilder();
        lock (_output)
        {
            text.Append(_output);
        }

        var logs = Path.Combine(_workingDirectory, "devTools");
        if (Directory.Exists(logs))
        {
            foreach (var log in Directory.EnumerateFiles(logs))
            {
                var content = File.ReadAllText(log);
                text.AppendLine(CultureInfo.InvariantCulture, $"--- {Path.GetFileName(log)} (last 4000 chars)")
                    .AppendLine(content.Length > 4000 ? content[^4000..] : content);
            }
        }

        return text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_workingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A log file still being flushed; the temp folder is cleaned by the OS eventually.
        }
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningLine();
}
