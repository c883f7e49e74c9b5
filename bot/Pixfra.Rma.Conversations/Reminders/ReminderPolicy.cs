namespace Pixfra.Rma.Conversations.Reminders;

/// <summary>
/// Settings of the expiry reminders (section <c>Reminders</c>). Offsets are whole China calendar days before the
/// last day, as <see cref="Domain.Rma.RmaValidity.DaysLeftAt"/> counts them; the final "expired" message is always sent.
/// </summary>
public sealed class ReminderPolicy
{
    public const string Section = "Reminders";

    /// <summary>7 days and 1 day before the last day.</summary>
    public static IReadOnlyList<TimeSpan> DefaultOffsets { get; } = [TimeSpan.FromDays(7), TimeSpan.FromDays(1)];

    /// <summary>False switches the background service off (the scan itself never reads it).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Days before the last day ("7", "1.00:00:00"); empty means <see cref="DefaultOffsets"/>. Left null by default because
    /// configuration binding appends to a collection that already has items instead of replacing them.
    /// </summary>
    public IList<TimeSpan>? Offsets { get; set; }

    /// <summary>How often each instance tries to take the lease and scan.</summary>
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long one instance keeps the scan to itself; renewed at every scan.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a claim to send one reminder stands; after it a dead instance's claim is taken over.</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Wait before a failed send is tried again.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Sends per reminder before giving up (a gone conversation, 403/404, is never retried).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Cases read per page of the validity index.</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>The offsets as whole days, largest first, without duplicates.</summary>
    public IReadOnlyList<int> DaysBefore =>
        [.. (Offsets is { Count: > 0 } offsets ? (IEnumerable<TimeSpan>)offsets : DefaultOffsets).Select(o => (int)o.TotalDays).Distinct().OrderDescending()];

    /// <summary>The problems with these settings, empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Offsets is { } offsets && offsets.Any(o => o <= TimeSpan.Zero || o.Ticks % TimeSpan.TicksPerDay != 0 || o.TotalDays > Domain.Rma.RmaValidity.ValidDays))
        {
            problems.Add($"{Section}:Offsets must be whole days between 1 and {Domain.Rma.RmaValidity.ValidDays}.");
        }

        Positive(problems, ScanInterval, nameof(ScanInterval));
        Positive(problems, LeaseDuration, nameof(LeaseDuration));
        Positive(problems, ClaimTimeout, nameof(ClaimTimeout));
        Positive(problems, RetryDelay, nameof(RetryDelay));
        if (MaxAttempts < 1)
        {
            problems.Add($"{Section}:MaxAttempts must be at least 1.");
        }

        if (PageSize is < 1 or > Persistence.PageRequest.MaxSize)
        {
            problems.Add($"{Section}:PageSize must be 1–{Persistence.PageRequest.MaxSize}.");
        }

        return problems;
    }

    private static void Positive(List<string> problems, TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            problems.Add($"{Section}:{name} must be positive.");
        }
    }
}
