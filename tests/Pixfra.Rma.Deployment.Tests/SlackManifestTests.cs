using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Pixfra.Rma.Slack.Inbound;
using Pixfra.Rma.Testing;

namespace Pixfra.Rma.Deployment.Tests;

/// <summary>
/// deployment/slack-app-manifest.json against the code: every event the endpoint acts on is subscribed, every Web API
/// method the client calls has its bot scope, and the URLs are the host's Slack endpoints.
/// </summary>
public sealed partial class SlackManifestTests
{
    /// <summary>The subscriptions that deliver each event type the endpoint handles (message: DMs and the staff channel).</summary>
    private static readonly Dictionary<string, string[]> SubscriptionsOf = new(StringComparer.Ordinal)
    {
        [SlackEvent.Message] = ["message.im", "message.channels"],
        [SlackEvent.AppMention] = ["app_mention"],
        [SlackEvent.FileShared] = ["file_shared"],
        [SlackEvent.AppHomeOpened] = ["app_home_opened"],
    };

    /// <summary>The bot scope each subscription needs (https://api.slack.com/events); null: none.</summary>
    private static readonly Dictionary<string, string?> ScopeOfEvent = new(StringComparer.Ordinal)
    {
        ["message.im"] = "im:history",
        ["message.channels"] = "channels:history",
        ["app_mention"] = "app_mentions:read",
        ["file_shared"] = "files:read",
        ["app_home_opened"] = null,
    };

    /// <summary>The bot scope each Web API method needs (https://api.slack.com/methods); null: none (modals use a trigger id).</summary>
    private static readonly Dictionary<string, string?> ScopeOfMethod = new(StringComparer.Ordinal)
    {
        ["chat.postMessage"] = "chat:write",
        ["chat.postEphemeral"] = "chat:write",
        ["chat.update"] = "chat:write",
        ["conversations.open"] = "im:write",
        ["users.info"] = "users:read",
        ["files.info"] = "files:read",
        ["views.open"] = null,
        ["views.update"] = null,
        ["views.push"] = null,
    };

    private static JsonObject Manifest => JsonNode.Parse(File.ReadAllText(RepositoryPaths.InRoot("deployment", "slack-app-manifest.json")))!.AsObject();

    private static HashSet<string> Scopes => [.. Manifest["oauth_config"]!["scopes"]!["bot"]!.AsArray().Select(s => (string)s!)];

    private static HashSet<string> Events => [.. Manifest["settings"]!["event_subscriptions"]!["bot_events"]!.AsArray().Select(s => (string)s!)];

    [Fact]
    public void Every_event_the_endpoint_handles_is_subscribed()
    {
        Assert.NotEmpty(SlackPayloads.HandledEventTypes);
        Assert.All(SlackPayloads.HandledEventTypes, type =>
        {
            Assert.True(SubscriptionsOf.TryGetValue(type, out var subscriptions), $"Which subscription delivers '{type}'? Add it here and to the manifest.");
            Assert.All(subscriptions, s => Assert.Contains(s, Events));
        });
    }

    [Fact]
    public void Every_subscribed_event_has_its_scope()
    {
        Assert.All(Events, e =>
        {
            Assert.True(ScopeOfEvent.TryGetValue(e, out var scope), $"Unknown event subscription '{e}'.");
            if (scope is not null)
            {
                Assert.Contains(scope, Scopes);
            }
        });
    }

    [Fact]
    public void Every_web_api_method_the_client_calls_has_its_scope()
    {
        var source = File.ReadAllText(RepositoryPaths.InRoot("bot", "Pixfra.Rma.Slack", "WebApi", "SlackWebApiClient.cs"));
        var methods = CalledMethod().Matches(source).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.Contains("chat.postMessage", methods);
        Assert.All(methods, method =>
        {
            Assert.True(ScopeOfMethod.TryGetValue(method, out var scope), $"Which scope does '{method}' need? Add it here and to the manifest.");
            if (scope is not null)
            {
                Assert.Contains(scope, Scopes);
            }
        });

        // Shared files are fetched from url_private_download with the bot token: files:read.
        Assert.Contains("DownloadFileAsync", source, StringComparison.Ordinal);
        Assert.Contains("files:read", Scopes);
    }

    [Fact]
    public void The_bot_asks_for_no_scope_it_does_not_use()
    {
        var used = ScopeOfEvent.Values.Concat(ScopeOfMethod.Values).OfType<string>().Append("im:read").ToHashSet(StringComparer.Ordinal);

        Assert.All(Scopes, scope => Assert.Contains(scope, used));
    }

    [Theory]
    [InlineData("event_subscriptions", "/api/slack/events")]
    [InlineData("interactivity", "/api/slack/interactivity")]
    public void The_urls_are_the_hosts_slack_endpoints_on_a_placeholder_https_host(string setting, string path)
    {
        var url = new Uri((string)Manifest["settings"]![setting]!["request_url"]!);
        var program = File.ReadAllText(RepositoryPaths.InRoot("bot", "Pixfra.Rma.Bot", "Program.cs"));

        Assert.Equal((Uri.UriSchemeHttps, path), (url.Scheme, url.AbsolutePath));
        Assert.StartsWith("replace-with-your-host.", url.Host, StringComparison.Ordinal);
        Assert.Contains("app.MapSlackApp(\"/api/slack\")", program, StringComparison.Ordinal);
    }

    [GeneratedRegex("""Call(?:Json|Form)Async\(\s*"([a-z]+\.[A-Za-z]+)""")]
    private static partial Regex CalledMethod();
}
