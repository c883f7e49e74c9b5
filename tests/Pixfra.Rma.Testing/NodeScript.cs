using System.Diagnostics;

namespace Pixfra.Rma.Testing;

/// <summary>Runs a Node.js script of the test suites (whose npm packages <c>./test.sh</c> installs) to completion.</summary>
public static class NodeScript
{
    public static async Task<string> RunAsync(string scriptPath, IEnumerable<string> arguments, CancellationToken cancellationToken = default)
    {
        var workingDirectory = Path.GetDirectoryName(scriptPath)!;
        if (!Directory.Exists(Path.Combine(workingDirectory, "node_modules")))
        {
            throw new InvalidOperationException(
                $"npm packages are missing in {workingDirectory}: run ./test.sh (or scripts/install-test-tools.sh) first.");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(scriptPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"node {Path.GetFileName(scriptPath)} exited with {process.ExitCode}:\n{await stderr}\n{await stdout}");
        }

        return await stdout;
    }
}
