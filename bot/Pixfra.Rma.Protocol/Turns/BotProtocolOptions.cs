namespace Pixfra.Rma.Protocol.Turns;

/// <summary>Inbound pipeline settings, bound from the <c>BotProtocol</c> section.</summary>
public sealed class BotProtocolOptions
{
    public const string SectionName = "BotProtocol";

    /// <summary>Requests with a larger body get 413. A Teams message is at most ~100 KB (PROTOCOL.md §4).</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>How long a delivery is remembered for de-duplication; channels retry within minutes.</summary>
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A message turn running longer than this shows the typing indicator.</summary>
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Typing is repeated at this pace while the turn runs (at most every 2–3 s, PROTOCOL.md §3).</summary>
    public TimeSpan TypingInterval { get; set; } = TimeSpan.FromSeconds(3);
}
