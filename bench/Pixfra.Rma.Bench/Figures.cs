using System.Globalization;

namespace Pixfra.Rma.Bench;

/// <summary>Percentiles and peak RSS, printed as Markdown table rows.</summary>
internal static class Figures
{
    public static double Percentile(IReadOnlyCollection<double> values, double p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public static string Ms(IReadOnlyCollection<double> values) => string.Create(CultureInfo.InvariantCulture,
        $"{Percentile(values, 50):F1} / {Percentile(values, 95):F1} / {Percentile(values, 99):F1}");

    /// <summary>
    /// CPU time of the whole process (bot, load generator and file host), user and kernel: unlike latency it hardly
    /// changes when something else runs on the machine.
    /// </summary>
    public static TimeSpan ProcessCpu()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    /// <summary>Resets the kernel's peak-RSS mark of this process (Linux: "5" to clear_refs), so each phase has its own peak.</summary>
    public static void ResetPeakRss()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (IOException)
        {
            // not Linux, or not allowed: the peak then covers the run so far
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>VmHWM: the highest resident set size since start or the last reset, in MB.</summary>
    public static double PeakRssMb()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }
}
