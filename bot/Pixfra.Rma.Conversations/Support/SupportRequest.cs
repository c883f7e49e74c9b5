using NodaTime;

namespace Pixfra.Rma.Conversations.Support;

public enum SupportRequestKind
{
    /// <summary>Someone says they are a distributor but is not in the directory (P1).</summary>
    Registration,

    /// <summary>The user asked for a person.</summary>
    TalkToSupport,

    /// <summary>A unit's warranty could not be verified (P4): staff decide.</summary>
    WarrantyReview,
}

/// <summary>
/// Something staff must look at, with enough to answer it: who asked, in which conversation, about what.
/// Until staff take-over lands, this is how the bot hands work to people.
/// </summary>
public sealed record SupportRequest(
    string Id,
    SupportRequestKind Kind,
    string ChannelId,
    string ConversationId,
    string UserId,
    string? UserName,
    string? TenantId,
    string? AadObjectId,
    string? DistributorId,
    string? RmaNumber,
    string? Details,
    Instant CreatedAt);
