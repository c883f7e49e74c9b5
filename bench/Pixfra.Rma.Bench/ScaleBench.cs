using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Pixfra.Rma.Conversations.Cases;
using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Domain.Rma;
using Pixfra.Rma.Faults.Tests.Driver;

namespace Pixfra.Rma.Bench;

/// <summary>
/// "my RMAs" (through the real endpoint, and the store's first page) and the reminder scan's read (the validity index
/// over the next 8 days) at 1,000, 10,000 and 100,000 stored cases. The added cases are copies of an issued one
/// under 1,000 other distributors, valid for 30 days: the demo distributor's list and the due window stay the same
/// size, so any growth would be the cost of the total.
/// </summary>
internal static class ScaleBench
{
    private const string DemoDistributor = "demo-contoso";

    public static async Task RunAsync(BenchHost host, IReadOnlyList<int> sizes, CancellationToken ct)
    {
        var store = host.Services.GetRequiredService<IRmaCaseStore>();
        var clock = host.Services.GetRequiredService<IClock>();
        var template = ((await store.ListByDistributorAsync(DemoDistributor, PageRequest.First(1), ct)).Items is [var first, ..] ? first.Value : null)
            ?? throw new InvalidOperationException("No issued case to copy: run the conversations bench first.");
        using var http = new HttpClient();
        var chat = new ExpectRepliesChat(http, new Uri(host.BaseAddress, "api/messages"), "a:bench-scale");

        Console.WriteLine("| stored cases | seeding s | \"my rmas\" turn p50 / p95 ms | first page of the list, p50 ms | reminder-scan read (next 8 days), p50 ms | due cases read | peak RSS MB |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        var stored = await CountAsync(store, ct);
        foreach (var target in sizes)
        {
            var seeding = Stopwatch.GetTimestamp();
            await SeedAsync(store, template, target - stored, ct);
            stored = target;
            var seeded = Stopwatch.GetElapsedTime(seeding).TotalSeconds;
            Figures.ResetPeakRss();

            var turns = await TimeAsync(30, () => chat.SayAsync("my rmas", "RMA-", ct));
            var page = await TimeAsync(100, () => store.ListByDistributorAsync(DemoDistributor, PageRequest.First(10), ct));
            var due = 0;
            var scan = await TimeAsync(30, async () => due = await ReadDueAsync(store, clock.GetCurrentInstant() + Duration.FromDays(8), ct));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {target:N0} | {seeded:F0} | {Figures.Percentile(turns, 50):F1} / {Figures.Percentile(turns, 95):F1} | {Figures.Percentile(page, 50):F2} | {Figures.Percentile(scan, 50):F2} | {due} | {Figures.PeakRssMb():F0} |"));
        }
    }

    private static async Task<int> CountAsync(IRmaCaseStore store, CancellationToken ct)
    {
        var count = 0;
        foreach (var status in Enum.GetValues<RmaStatus>())
        {
            string? token = null;
            do
            {
                var page = await store.ListByStatusAsync(status, new PageRequest(PageRequest.MaxSize, token), ct);
                count += page.Items.Count;
                token = page.ContinuationToken;
            }
            while (token is not null);
        }

        return count;
    }

    private static async Task SeedAsync(IRmaCaseStore store, RmaCase template, int count, CancellationToken ct)
    {
        var next = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, 4), ct, async (_, token) =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) <= count)
            {
                var copy = template with
                {
                    Number = RmaNumber.FromEntropy(RandomNumberGenerator.GetBytes(RmaNumber.EntropyBytes)),
                    DistributorId = string.Create(CultureInfo.InvariantCulture, $"bench-distributor-{i % 1000}"),
                };
                try
                {
                    await store.SaveAsync(copy, null, token);
                }
                catch (ConcurrencyConflictException)
                {
                    Interlocked.Decrement(ref next); // the random number was taken: draw again
                }
            }
        });
    }

    private static async Task<int> ReadDueAsync(IRmaCaseStore store, Instant endsBefore, CancellationToken ct)
    {
        var count = 0;
        string? token = null;
        do
        {
            var page = await store.ListByValidityEndAsync(RmaStatus.Authorized, endsBefore, new PageRequest(100, token), ct);
            count += page.Items.Count;
            token = page.ContinuationToken;
        }
        while (token is not null);

        return count;
    }

    private static async Task<List<double>> TimeAsync(int runs, Func<Task> action)
    {
        await action();
        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var started = Stopwatch.GetTimestamp();
            await action();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return times;
    }
}
