namespace Pixfra.Rma.Conversations.Takeover;

/// <summary>Settings of staff takeover (section <c>Support</c>).</summary>
public sealed class SupportOptions
{
    public const string Section = "Support";

    /// <summary>Where handoff cards are posted (a Teams team channel).</summary>
    public StaffChannelOptions StaffChannel { get; set; } = new();

    /// <summary>
    /// Where handoff cards are posted in Slack. A handoff from a Slack chat goes here when it is set (else to the
    /// Teams channel); one from Teams goes here only when no Teams channel is set.
    /// </summary>
    public SlackStaffChannelOptions SlackStaffChannel { get; set; } = new();

    /// <summary>A handoff nobody has claimed for this long is announced again.</summary>
    public TimeSpan ReannounceAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The language of what the bot writes in the staff channel.</summary>
    public string StaffLocale { get; set; } = "en";

    /// <summary>How many recent messages the conversation keeps for the handoff card.</summary>
    public int TranscriptLength { get; set; } = 8;
}

/// <summary>The staff channel: a thread is created in it per handoff (PROTOCOL.md §6).</summary>
public sealed class StaffChannelOptions
{
    /// <summary>The connector of the staff's Teams (e.g. https://smba.trafficmanager.net/emea/).</summary>
    public Uri? ServiceUrl { get; set; }

    /// <summary>The Teams channel id, <c>19:…@thread.tacv2</c>.</summary>
    public string? ConversationId { get; set; }

    /// <summary>Pixfra's Entra tenant.</summary>
    public string? TenantId { get; set; }

    public bool IsConfigured => ServiceUrl is not null && !string.IsNullOrWhiteSpace(ConversationId);
}

/// <summary>The Slack staff channel: the bot must be a member (it posts, and reads thread replies there).</summary>
public sealed class SlackStaffChannelOptions
{
    /// <summary>Pixfra's workspace, <c>T…</c>; staff are recognised by this team and their user id.</summary>
    public string? TeamId { get; set; }

    /// <summary>The channel id, <c>C…</c> (or <c>G…</c> for a private channel).</summary>
    public string? ChannelId { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(TeamId) && !string.IsNullOrWhiteSpace(ChannelId);
}
