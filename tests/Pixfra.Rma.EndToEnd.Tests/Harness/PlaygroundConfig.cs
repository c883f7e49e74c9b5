using System.Globalization;
using System.Text;

namespace Pixfra.Rma.EndToEnd.Tests.Harness;

/// <summary>
/// Writes the Playground's <c>.m365agentsplayground.yml</c>. Every value is quoted (it rejects numbers
/// where it wants strings), there are exactly five other users, and the conversation ids are pinned
/// so they stay the same on every start.
/// </summary>
internal static class PlaygroundConfig
{
    public const string FileName = ".m365agentsplayground.yml";

    private static readonly (string Id, string Given, string Surname)[] OtherUsers =
    [
        ("29:user-megan-bowen", "Megan", "Bowen"),
        ("29:user-adele-vance", "Adele", "Vance"),
        ("29:user-isaiah-langer", "Isaiah", "Langer"),
        ("29:user-patti-fernandez", "Patti", "Fernandez"),
        ("29:user-lynne-robbins", "Lynne", "Robbins"),
    ];

    public static string Yaml() => Yaml(PlaygroundProfile.Distributor);

    public static string Yaml(PlaygroundProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var yaml = new StringBuilder();
        yaml.AppendLine("version: \"0.1.1\"");
        yaml.AppendLine(Line(0, "tenantId", profile.TenantId));
        yaml.AppendLine("bot:");
        yaml.AppendLine(Line(1, "id", PlaygroundUsers.BotId));
        yaml.AppendLine(Line(1, "name", PlaygroundUsers.BotName));
        yaml.AppendLine("currentUser:");
        AppendUser(yaml, 1, profile.UserId, profile.GivenName, profile.Surname, 20, aadObjectId: profile.AadObjectId);
        yaml.AppendLine("users:");
        for (var i = 0; i < OtherUsers.Length; i++)
        {
            var (id, given, surname) = OtherUsers[i];
            AppendUser(yaml, 2, id, given, surname, 21 + i, listItem: true);
        }

        yaml.AppendLine("personalChat:");
        yaml.AppendLine(Line(1, "id", profile.PersonalChatId));
        yaml.AppendLine("groupChat:");
        yaml.AppendLine(Line(1, "id", profile.GroupChatId));
        yaml.AppendLine(Line(1, "name", PlaygroundUsers.GroupChatName));
        yaml.AppendLine("team:");
        yaml.AppendLine(Line(1, "id", profile.TeamId));
        yaml.AppendLine(Line(1, "name", "Pixfra Support"));
        yaml.AppendLine(Line(1, "aadGroupId", "00000000-0000-0000-0000-000000000031"));
        yaml.AppendLine("  channels:");
        yaml.AppendLine("    - id: " + Quote(profile.ChannelId));
        yaml.AppendLine("      name: \"RMA escalations\"");
        return yaml.ToString();
    }

    private static void AppendUser(StringBuilder yaml, int depth, string id, string given, string surname, int n, bool listItem = false, string? aadObjectId = null)
    {
        var mail = $"{given.ToLowerInvariant()}{char.ToLowerInvariant(surname[0])}@example.com";
        var aad = aadObjectId ?? string.Create(CultureInfo.InvariantCulture, $"00000000-0000-0000-0000-0000000000{n:D2}");
        var fields = new (string Key, string Value)[]
        {
            ("id", id), ("name", $"{given} {surname}"), ("userPrincipleName", mail), ("aadObjectId", aad),
            ("givenName", given), ("surname", surname), ("email", mail),
        };
        for (var i = 0; i < fields.Length; i++)
        {
            var line = Line(depth, fields[i].Key, fields[i].Value);
            yaml.AppendLine(listItem && i == 0 ? string.Concat(line.AsSpan(0, line.Length - line.TrimStart().Length - 2), "- ", line.TrimStart()) : line);
        }
    }

    private static string Line(int depth, string key, string value) => $"{new string(' ', depth * 2)}{key}: {Quote(value)}";

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
