using System.Text.Json.Nodes;
using Pixfra.Rma.Protocol.Activities;

namespace Pixfra.Rma.Protocol.Teams;

/// <summary>Teams quirks of incoming activities (PROTOCOL.md §4).</summary>
public static class TeamsActivity
{
    public const string ChannelId = "msteams";
    public const string FileDownloadInfoContentType = "application/vnd.microsoft.teams.file.download.info";

    /// <summary>The tenant: <c>channelData.tenant.id</c>, else <c>conversation.tenantId</c>.</summary>
    public static string? TenantId(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return StringAt(activity.ChannelData, "tenant", "id") is { Length: > 0 } fromChannelData
            ? fromChannelData
            : activity.Conversation?.TenantId;
    }

    /// <summary>The sender's Entra object id (stable across chats, unlike the 29: id).</summary>
    public static string? AadObjectId(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.From?.AadObjectId;
    }

    /// <summary>The team (<c>channelData.team.id</c>) of a channel conversation.</summary>
    public static string? TeamId(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return StringAt(activity.ChannelData, "team", "id");
    }

    /// <summary>The Teams channel (<c>channelData.channel.id</c>) of a channel conversation.</summary>
    public static string? TeamsChannelId(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return StringAt(activity.ChannelData, "channel", "id");
    }

    /// <summary>
    /// The text with the bot's own @mention removed, then trimmed (BBD RemoveMentionText): for each
    /// mention entity naming the recipient, its <c>text</c> — or <c>&lt;at&gt;name&lt;/at&gt;</c> when
    /// the entity has none — is removed, ignoring case. Other users' mentions stay.
    /// </summary>
    public static string TextWithoutBotMention(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        if (string.IsNullOrEmpty(botId) || activity.Entities is null)
        {
            return text.Trim();
        }

        foreach (var mention in activity.Entities.Where(e => e.IsMention && e.Mentioned?.Id == botId))
        {
            var markup = mention.Text ?? (mention.Mentioned?.Name is { } name ? $"<at>{name}</at>" : null);
            if (!string.IsNullOrEmpty(markup))
            {
                text = text.Replace(markup, string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }

        return text.Trim();
    }

    /// <summary>True when the bot itself is @mentioned (in channels it only hears such messages).</summary>
    public static bool MentionsBot(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var botId = activity.Recipient?.Id;
        return botId is not null && activity.Entities?.Any(e => e.IsMention && e.Mentioned?.Id == botId) == true;
    }

    /// <summary>Files the user sent (personal scope): pre-authorised <c>downloadUrl</c>s, no bot token needed.</summary>
    public static IReadOnlyList<TeamsFileDownload> FileDownloads(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return [.. (activity.Attachments ?? [])
            .Where(a => string.Equals(a.ContentType, FileDownloadInfoContentType, StringComparison.OrdinalIgnoreCase))
            .Select(a => (Attachment: a, Url: StringAt(a.Content, "downloadUrl")))
            .Where(a => Uri.IsWellFormedUriString(a.Url, UriKind.Absolute))
            .Select(a => new TeamsFileDownload(
                a.Attachment.Name,
                new Uri(a.Url!),
                StringAt(a.Attachment.Content, "uniqueId"),
                StringAt(a.Attachment.Content, "fileType"),
                StringAt(a.Attachment.Content, "etag"),
                a.Attachment.ContentUrl))];
    }

    /// <summary>Images pasted inline: <c>image/*</c> attachments whose contentUrl needs the bot token.</summary>
    public static IReadOnlyList<InlineImage> InlineImages(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return [.. (activity.Attachments ?? [])
            .Where(a => a.ContentType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true)
            .Where(a => Uri.IsWellFormedUriString(a.ContentUrl, UriKind.Absolute))
            .Select(a => new InlineImage(new Uri(a.ContentUrl!), a.ContentType!, a.Name))];
    }

    private static string? StringAt(JsonNode? node, params string[] path)
    {
        foreach (var name in path)
        {
            node = node is JsonObject obj && obj.TryGetPropertyValue(name, out var child) ? child : null;
        }

        return node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
    }
}
