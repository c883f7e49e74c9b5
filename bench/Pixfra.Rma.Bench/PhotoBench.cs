using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Pixfra.Rma.Conversations.Evidence;
using Pixfra.Rma.Testing.Evidence;

namespace Pixfra.Rma.Bench;

/// <summary>The photo check (type, size, resolution, blur) of a 12-megapixel JPEG beside a 0.3-megapixel one, through the host's inspector.</summary>
internal static class PhotoBench
{
    public static async Task<string> RunAsync(BenchHost host, CancellationToken ct)
    {
        var inspector = host.Services.GetRequiredService<IEvidenceInspector>();
        var rows = new List<string> { "| photo | bytes | accepted | p50 ms | max ms (10 runs after 2 warm-up) |", "|---|---|---|---|---|" };
        foreach (var (name, width, height) in new[] { ("12 MP JPEG 4000×3000", 4000, 3000), ("0.3 MP JPEG 640×480", 640, 480) })
        {
            var jpeg = Samples.Photo(Scene.Label, width, height);
            var times = new List<double>();
            FileInspection? last = null;
            for (var run = 0; run < 12; run++)
            {
                using var content = new MemoryStream(jpeg, writable: false);
                var started = Stopwatch.GetTimestamp();
                last = await inspector.InspectAsync(content, ct);
                if (run >= 2)
                {
                    times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }

            rows.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {jpeg.Length:N0} | {(last?.Accepted is not null ? "yes" : "no: " + last?.Refusal?.Reason)} | {Figures.Percentile(times, 50):F0} | {times.Max():F0} |"));
        }

        return string.Join('\n', rows);
    }
}
