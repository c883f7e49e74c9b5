using Pixfra.Rma.Storage.Tests.Servers;

namespace Pixfra.Rma.Bench;

/// <summary>Runs the benchmarks of bench/README.md and prints their tables.</summary>
internal static class BenchMain
{
    public static async Task Main(string[] args)
    {
        // Pixfra.Rma.Bench.dll [conversations] [photo] [scale] [--at=1,16,128] [--cases=1000,10000,100000] [--cosmos] [--no-photo-check]   (all parts when none given)
        var levels = args.FirstOrDefault(a => a.StartsWith("--at=", StringComparison.Ordinal)) is { } at
            ? at["--at=".Length..].Split(',').Select(int.Parse).ToArray()
            : [1, 16, 128];
        var caseCounts = args.FirstOrDefault(a => a.StartsWith("--cases=", StringComparison.Ordinal)) is { } cases
            ? cases["--cases=".Length..].Split(',').Select(int.Parse).ToArray()
            : [1_000, 10_000, 100_000];
        var onCosmos = args.Contains("--cosmos");
        var photoCheck = !args.Contains("--no-photo-check");
        args = [.. args.Where(a => !a.StartsWith("--", StringComparison.Ordinal))];
        var what = args.Length == 0 ? ["conversations", "photo", "scale"] : args;
        var ct = CancellationToken.None;
        await using var cosmos = onCosmos ? new CosmosServerFixture() : null;
        if (cosmos is not null)
        {
            await cosmos.InitializeAsync();
        }

        await using var host = new BenchHost(cosmos, photoCheck);
        host.Start();
        await using var files = await FileHost.StartAsync();
        Console.WriteLine($"Pixfra RMA bench, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {host.Label}, files in {host.Storage}");

        var bench = new ConversationBench(host, files);
        if (!what.Contains("conversations"))
        {
            await bench.RunAsync(1, 1, ct); // one issued case for the scale bench to copy
        }

        if (what.Contains("conversations"))
        {
            Console.WriteLine();
            Console.WriteLine("| endpoint | concurrent conversations | RMAs issued | turns | turns/s | p50 / p95 / p99 ms (no files) | p50 / p95 / p99 ms (file turns) | CPU ms per turn | peak RSS MB |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
            await WarmUpAsync(bench, ct);
            foreach (var (concurrency, conversations) in levels.Select(n => (n, Math.Max(20, 2 * n))))
            {
                Console.WriteLine(await bench.RunAsync(concurrency, conversations, ct));
            }
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
    /// Rounds of 16 RMAs until a round compiles fewer than 50 methods, at most 4 (64 RMAs): the first rounds pay for
    /// JIT and tier-up, not for the bot's turns. Tiered PGO keeps promoting methods long after, a few hundred per round.
    /// </summary>
    private static async Task WarmUpAsync(ConversationBench bench, CancellationToken ct)
    {
        for (var round = 0; round < 4; round++)
        {
            var before = System.Runtime.JitInfo.GetCompiledMethodCount();
            await bench.RunAsync(16, 16, ct);
            var compiled = System.Runtime.JitInfo.GetCompiledMethodCount() - before;
            Console.Error.WriteLine($"warm-up round {round + 1}: {compiled} methods compiled");
            if (compiled < 50)
            {
                return;
            }
        }
    }
}
