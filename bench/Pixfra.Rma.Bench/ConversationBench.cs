using System.Diagnostics;
using System.Globalization;
using Pixfra.Rma.Faults.Tests.Driver;
using Pixfra.Rma.Testing.Evidence;

namespace Pixfra.Rma.Bench;

/// <summary>
/// Complete RMA conversations (help, checklist, two units bought on one invoice date, label and overall photo of each
/// and the invoice, review, RMA number: 15 turns) at a given concurrency, then at least as many turns at /bench/bare.
/// </summary>
internal sealed class ConversationBench(BenchHost host, FileHost files)
{
    private static readonly byte[] Label = EvidenceSamples.Photo(40);
    private static readonly byte[] Overall = EvidenceSamples.Photo(41);
    private static readonly byte[] SecondLabel = EvidenceSamples.Photo(42);
    private static readonly byte[] SecondOverall = EvidenceSamples.Photo(43);
    private static readonly byte[] Invoice = EvidenceSamples.InvoicePdf();
    private int _next;

    public async Task<string> RunAsync(int concurrency, int conversations, CancellationToken ct, bool bare = true)
    {
        var timer = new TurnTimer();
        using var http = new HttpClient(timer) { Timeout = TimeSpan.FromMinutes(5) };
        var messages = new Uri(host.BaseAddress, "api/messages");
        Figures.ResetPeakRss();
        var cpu = Figures.ProcessCpu();
        var allocated = GC.GetTotalAllocatedBytes();
        var started = Stopwatch.GetTimestamp();
        var remaining = conversations;
        var failures = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                try
                {
                    await OneRmaAsync(new ExpectRepliesChat(http, messages, $"a:bench-{Interlocked.Increment(ref _next)}"), ct);
                }
                catch (InvalidOperationException e)
                {
                    Interlocked.Increment(ref failures);
                    Console.Error.WriteLine(e.Message[..Math.Min(300, e.Message.Length)]);
                }
            }
        }));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var rss = Figures.PeakRssMb();
        var turns = timer.PlainMs.Count + timer.WithFilesMs.Count;
        var cpuPerTurn = (Figures.ProcessCpu() - cpu).TotalMilliseconds / turns;
        var kbPerTurn = (GC.GetTotalAllocatedBytes() - allocated) / 1024.0 / turns;
        var botRow = string.Create(CultureInfo.InvariantCulture,
            $"| {host.Label} | {concurrency} | {conversations - failures}/{conversations} | {turns} | {turns / elapsed:F0} | {Figures.Ms([.. timer.PlainMs, .. timer.WithFilesMs])} | {Figures.Ms(timer.PlainMs)} | {Figures.Ms(timer.WithFilesMs)} | {cpuPerTurn:F2} | {kbPerTurn:F0} | {rss:F0} |");

        if (!bare)
        {
            return botRow;
        }

        // The bare endpoint answers ten times faster: a row of the same number of turns would last a few
        // milliseconds, and its figure would be noise.
        return botRow + "\n" + await BareAsync(http, timer, concurrency, Math.Max(turns, 20_000), ct);
    }

    /// <summary>Warms the bare endpoint as the bot was warmed (its row is measured against a warm bot).</summary>
    public async Task WarmBareAsync(int turns, CancellationToken ct)
    {
        var timer = new TurnTimer();
        using var http = new HttpClient(timer); // disposes the timer
        _ = await MeasureBareAsync(http, timer, 16, turns, workMicroseconds: 0, ct);
    }

    /// <summary>
    /// Rows of the bare endpoint keeping each request's thread busy for a given time first: how much work a turn
    /// may do before the endpoint falls below a share of the bare throughput (bench/README.md, "How much a turn may cost").
    /// </summary>
    public async Task<string> WorkBudgetAsync(int concurrency, IReadOnlyList<int> workMicroseconds, CancellationToken ct)
    {
        var rows = new System.Text.StringBuilder();
        var ceiling = 0.0;
        foreach (var work in workMicroseconds.Prepend(0))
        {
            var timer = new TurnTimer();
            using var http = new HttpClient(timer); // disposes the timer
            var row = await MeasureBareAsync(http, timer, concurrency, 20_000, work, ct);
            if (work == 0)
            {
                ceiling = row.TurnsPerSecond; // the first row: the bare endpoint as it is
            }

            rows.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {work} | {concurrency} | {row.TurnsPerSecond:F0} | {100 * row.TurnsPerSecond / ceiling:F0} % | {Figures.Ms(timer.PlainMs)} | {row.CpuMsPerTurn:F2} | {row.CpuMsPerTurn - (work / 1000.0):F2} |"));
        }

        return rows.ToString().TrimEnd();
    }

    private async Task<string> BareAsync(HttpClient http, TurnTimer timer, int concurrency, int turns, CancellationToken ct)
    {
        var row = await MeasureBareAsync(http, timer, concurrency, turns, workMicroseconds: 0, ct);
        return string.Create(CultureInfo.InvariantCulture,
            $"| bare endpoint | {concurrency} | — | {turns} | {row.TurnsPerSecond:F0} | {Figures.Ms(timer.PlainMs)} | {Figures.Ms(timer.PlainMs)} | — | {row.CpuMsPerTurn:F2} | {row.KbPerTurn:F0} | {Figures.PeakRssMb():F0} |");
    }

    private async Task<BareFigures> MeasureBareAsync(HttpClient http, TurnTimer timer, int concurrency, int turns, int workMicroseconds, CancellationToken ct)
    {
        timer.Clear();
        Figures.ResetPeakRss();
        var bare = new Uri(host.BaseAddress, workMicroseconds == 0 ? "bench/bare" : string.Create(CultureInfo.InvariantCulture, $"bench/bare?work-us={workMicroseconds}"));
        var chat = new ExpectRepliesChat(http, bare, "a:bare");
        var remaining = turns;
        var cpu = Figures.ProcessCpu();
        var allocated = GC.GetTotalAllocatedBytes();
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                await chat.PostAsync(chat.NewActivity("hello"), ct);
            }
        }));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return new BareFigures(turns / elapsed, (Figures.ProcessCpu() - cpu).TotalMilliseconds / turns, (GC.GetTotalAllocatedBytes() - allocated) / 1024.0 / turns);
    }

    private sealed record BareFigures(double TurnsPerSecond, double CpuMsPerTurn, double KbPerTurn);

    private async Task OneRmaAsync(ExpectRepliesChat chat, CancellationToken ct)
    {
        var first = string.Create(CultureInfo.InvariantCulture, $"PX384B{Interlocked.Increment(ref _next):D6}");
        var second = string.Create(CultureInfo.InvariantCulture, $"PX384B{Interlocked.Increment(ref _next):D6}");
        await chat.SayAsync("help", "Contoso Thermal Ltd (demo)", ct);
        await RmaScript.ToUnitsFormAsync(chat, ct);
        await chat.ClickAsync("line.add", first, ct, BoughtOnTheSameDay(first));
        await chat.ClickAsync("line.add", second, ct, BoughtOnTheSameDay(second));
        await chat.ClickAsync("lines.done", "Now send: Label photo of unit 1", ct);
        await chat.SendFilesAsync(files, "Now send: Overall photo of unit 1", ct, ("label-1.jpg", Unique(Label, first)));
        await chat.SendFilesAsync(files, "Now send: Label photo of unit 2", ct, ("unit-1.jpg", Unique(Overall, first)));
        await chat.SendFilesAsync(files, "Now send: Overall photo of unit 2", ct, ("label-2.jpg", Unique(SecondLabel, second)));
        await chat.SendFilesAsync(files, "Now send: Invoice", ct, ("unit-2.jpg", Unique(SecondOverall, second)));
        await chat.SendFilesAsync(files, "Everything needed is here", ct, ("invoice.pdf", Unique(Invoice, first)));
        await chat.ClickAsync("evidence.done", "Warranty check", ct);
        var card = await chat.ClickAsync("rma.confirm", "30 days left", ct);
        _ = (string?)card["refresh"]?["action"]?["data"]?["rma"] ?? throw new InvalidOperationException("No RMA number.");
    }

    // Every RMA's files are its own, as real photos are: the same bytes would be stored once (content-addressed
    // blobs) and spare the blob write. A few bytes after the end of the JPEG or PDF change the hash, not the file.
    private static byte[] Unique(byte[] file, string serialNumber) => [.. file, .. "\n"u8, .. System.Text.Encoding.ASCII.GetBytes(serialNumber)];

    // One invoice date for both units, so one invoice proves both (P10).
    private static (string, string)[] BoughtOnTheSameDay(string serial) =>
        [.. RmaScript.Unit(serial, "SAMPLE-TC384").Select(p => p.Item1 == "invoiceDate" ? (p.Item1, "2025-09-01") : p)];
}
