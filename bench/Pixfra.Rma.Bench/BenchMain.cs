using Pixfra.Rma.Storage.Tests.Servers;

namespace Pixfra.Rma.Bench;

/// <summary>Runs the benchmarks of bench/README.md and prints their tables.</summary>
internal static class BenchMain
{
    public static async Task Main(string[] args)
    {
        // Pixfra.Rma.Bench.dll [conversations] [photo] [scale] [budget] [--work-us=25,50,100,200,300,400] [--at=1,16,128] [--cases=1000,10000,100000] [--cosmos] [--no-photo-check] [--no-bare] [--warm-up=120 (seconds, at most)]   (all parts when none given)
        var levels = args.FirstOrDefault(a => a.StartsWith("--at=", StringComparison.Ordinal)) is { } at
            ? at["--at=".Length..].Split(',').Select(int.Parse).ToArray()
            : [1, 16, 128];
        var caseCounts = args.FirstOrDefault(a => a.StartsWith("--cases=", StringComparison.Ordinal)) is { } cases
            ? cases["--cases=".Length..].Split(',').Select(int.Parse).ToArray()
            : [1_000, 10_000, 100_000];
        var warmUp = TimeSpan.FromSeconds(args.FirstOrDefault(a => a.StartsWith("--warm-up=", StringComparison.Ordinal)) is { } seconds
            ? int.Parse(seconds["--warm-up=".Length..], System.Globalization.CultureInfo.InvariantCulture)
            : 120);
        var workBudget = args.FirstOrDefault(a => a.StartsWith("--work-us=", StringComparison.Ordinal)) is { } work
            ? work["--work-us=".Length..].Split(',').Select(w => int.Parse(w, System.Globalization.CultureInfo.InvariantCulture)).ToArray()
            : [25, 50, 100, 200, 300, 400];
        var onCosmos = args.Contains("--cosmos");
        var withBare = !args.Contains("--no-bare"); // bot rows only: for a profile of the bot's turns (bench/README.md)
        var photoCheck = !args.Contains("--no-photo-check");
        args = [.. args.Where(a => !a.StartsWith("--", StringComparison.Ordinal))];
        var what = args.Length == 0 ? ["conversations", "photo", "scale", "budget"] : args;
        var ct = CancellationToken.None;
        await using var cosmos = onCosmos ? new CosmosServerFixture() : null;
        if (cosmos is not null)
        {
            await cosmos.InitializeAsync();
        }

        await using var host = new BenchHost(cosmos, photoCheck);
        host.Start();
        await using var files = await FileHost.StartAsync(forgetAfterDownload: true);
        Console.WriteLine($"Pixfra RMA bench, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {host.Label}, files in {host.Storage}");

        var bench = new ConversationBench(host, files);
        if (!what.Contains("conversations"))
        {
            await bench.RunAsync(1, 1, ct, bare: false); // one issued case for the scale bench to copy
        }

        if (what.Contains("conversations"))
        {
            Console.WriteLine();
            Console.WriteLine("| endpoint | concurrent conversations | RMAs issued | turns | turns/s | p50 / p95 / p99 ms (all turns) | p50 / p95 / p99 ms (no files) | p50 / p95 / p99 ms (file turns) | CPU ms per turn | KB allocated per turn | peak RSS MB |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
            await WarmUpAsync(bench, warmUp, ct);
            foreach (var (concurrency, conversations) in levels.Select(n => (n, Math.Max(64, 8 * n))))
            {
                Console.WriteLine(await bench.RunAsync(concurrency, conversations, ct, withBare));
            }
        }

        if (what.Contains("budget"))
        {
            Console.WriteLine();
            Console.WriteLine("| work per request µs | concurrent requests | requests/s | share of the bare endpoint | p50 / p95 / p99 ms | CPU ms per request | CPU ms per request beyond the work |");
            Console.WriteLine("|---|---|---|---|---|---|---|");
            if (!what.Contains("conversations"))
            {
                await WarmUpAsync(bench, warmUp, ct);
            }

            Console.WriteLine(await bench.WorkBudgetAsync(16, workBudget, ct));
        }

        if (what.Contains("photo"))
        {
            Console.WriteLine();
            Console.WriteLine(await PhotoBench.RunAsync(host, ct));
        }

        if (what.Contains("scale"))
        {
            Console.WriteLine();
            await ScaleBench.RunAsync(host, caseCounts, ct);
        }

    }

    /// <summary>
    /// Rounds of 16 RMAs (and as many turns at the bare endpoint) until three rounds in a row compile fewer than 20
    /// methods, for at most <paramref name="duration"/>. Under full load on two cores tiered compilation takes about
    /// half a minute to settle (tier-0 code, then PGO-instrumented, then tier-1, a few hundred methods per round until
    /// then), and a row measured meanwhile shows the JIT, not the turns (bench/README.md has the curve).
    /// </summary>
    private static async Task WarmUpAsync(ConversationBench bench, TimeSpan duration, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var quietRounds = 0;
        for (var round = 1; quietRounds < 3 && System.Diagnostics.Stopwatch.GetElapsedTime(started) < duration; round++)
        {
            var before = System.Runtime.JitInfo.GetCompiledMethodCount();
            var row = await bench.RunAsync(16, 16, ct, bare: false);
            await bench.WarmBareAsync(240, ct);
            var compiled = System.Runtime.JitInfo.GetCompiledMethodCount() - before;
            quietRounds = compiled < 20 ? quietRounds + 1 : 0;
            Console.Error.WriteLine($"warm-up round {round} ({System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s): {compiled} methods compiled; {row}");
        }
    }
}
