using NodaTime;

namespace Pixfra.Rma.Conversations.Takeover;

/// <summary>One line of the short rolling transcript a handoff card shows: who said what, when (text as typed, clipped).</summary>
public sealed record TranscriptEntry(bool FromBot, string Who, string Text, Instant At);
