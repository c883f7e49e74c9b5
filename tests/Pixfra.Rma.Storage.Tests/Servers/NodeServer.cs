using System.Diagnostics;
using Pixfra.Rma.Testing;

namespace Pixfra.Rma.Storage.Tests.Servers;

/// <summary>
/// A test server run by one of the Node scripts in <c>js/</c>. Its standard input stays open while the test run
/// lasts: the scripts exit when it closes, so a crashed test host leaves no server behind; disposing closes it and
/// then kills the whole process tree if the server is still there.
/// </summary>
internal sealed class NodeServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private NodeServer(Process process) => _process = process;

    public static string ScriptsFolder => RepositoryPaths.InRoot("tests", "Pixfra.Rma.Storage.Tests", "js");

    public static NodeServer Start(string script, params string[] arguments)
    {
        if (!Directory.Exists(Path.Combine(ScriptsFolder, "node_modules")))
        {
            throw new InvalidOperationException($"npm packages are missing in {ScriptsFolder}: run ./test.sh (or scripts/install-test-tools.sh) first.");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = ScriptsFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(ScriptsFolder, script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var server = new NodeServer(Process.Start(start) ?? throw new InvalidOperationException("Could not start node."));
        server._process.OutputDataReceived += (_, e) => server.Record(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Record(e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        return server;
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    /// <summary>Waits for a line of output that <paramref name="parse"/> accepts (polling; a server prints it once).</summary>
    public async Task<T> WaitForLineAsync<T>(Func<string, T?> parse, TimeSpan timeout)
        where T : struct
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            string[] lines;
            lock (_output)
            {
                lines = [.. _output];
            }

            foreach (var line in lines)
            {
                if (parse(line) is { } value)
                {
                    return value;
                }
            }

            if (_process.HasExited)
            {
                break;
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException($"The test server did not start in {timeout}. Output:\n{Output}");
    }

    public bool HasExited => _process.HasExited;

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _process.WaitForExitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
        finally
        {
            _process.Dispose();
        }
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.Add(line);
            }
        }
    }
}
