using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pixfra.Rma.Bot.Reminders;
using Pixfra.Rma.Conversations.Background;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Bot.Tests.Reminders;

/// <summary>The reminder service in the host: one instance at a time by lease, settings checked at start.</summary>
public sealed class ReminderServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Scan_WhileAnotherInstanceHoldsTheLease_DoesNothing_AndRunsOnceItIsFree()
    {
        await using var host = new ReminderHost(new ConnectorStub());
        var service = host.Services.GetRequiredService<ReminderService>();
        var leases = host.Services.GetRequiredService<ILeaseStore>();
        Assert.True(await leases.TryAcquireAsync(ReminderService.LeaseName, "other-instance", TimeSpan.FromMinutes(10), Ct));

        Assert.Null(await service.RunOnceAsync(Ct));

        await leases.ReleaseAsync(ReminderService.LeaseName, "other-instance", Ct);
        Assert.NotNull(await service.RunOnceAsync(Ct));
        Assert.False(await leases.TryAcquireAsync(ReminderService.LeaseName, "other-instance", TimeSpan.FromMinutes(10), Ct));
    }

    [Theory]
    [InlineData("Reminders:Offsets:0", "12:00:00", "Reminders:Offsets")]
    [InlineData("Reminders:MaxAttempts", "0", "Reminders:MaxAttempts")]
    [InlineData("Reminders:ScanInterval", "00:00:00", "Reminders:ScanInterval")]
    public async Task BadSetting_StopsTheHostAtStart_NamingTheKey(string key, string value, string named)
    {
        await using var host = new ReminderHost(new ConnectorStub(), new Dictionary<string, string?> { [key] = value });

        var error = Record.Exception(() => host.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(error?.GetBaseException() ?? error);
        Assert.Contains(named, validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offsets_FromConfiguration_ReplaceTheDefaults()
    {
        await using var host = new ReminderHost(new ConnectorStub(), new Dictionary<string, string?> { ["Reminders:Offsets:0"] = "3", ["Reminders:Offsets:1"] = "14" });

        var policy = host.Services.GetRequiredService<IOptions<Conversations.Reminders.ReminderPolicy>>().Value;

        Assert.Equal([14, 3], policy.DaysBefore);
    }

    /// <summary>
    /// Reminders go out through the stored reference, which the pipeline refreshes from every incoming activity (Teams
    /// may move a chat to another serviceUrl; the user may switch language).
    /// </summary>
    [Fact]
    public async Task ConversationReference_IsRefreshedFromEveryIncomingActivity()
    {
        await using var host = new ReminderHost(new ConnectorStub());
        using var client = host.CreateClient();

        await PostAsync(client, "https://smba.trafficmanager.net/teams/", "en-US");
        await PostAsync(client, "https://smba.trafficmanager.net/emea/", "zh-CN");

        var reference = await host.Services.GetRequiredService<IConversationReferenceStore>().FindAsync(new ConversationKey("msteams", "a:refreshed"), Ct);
        Assert.Equal(("https://smba.trafficmanager.net/emea/", "zh-CN"), (reference?.ServiceUrl, reference?.Locale));
    }

    private static async Task PostAsync(HttpClient client, string serviceUrl, string locale)
    {
        // A conversationUpdate that adds nobody: the bot answers nothing, so no connector call is involved.
        var activity = new JsonObject
        {
            ["type"] = "conversationUpdate",
            ["id"] = Guid.NewGuid().ToString(),
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["locale"] = locale,
            ["conversation"] = new JsonObject { ["id"] = "a:refreshed", ["conversationType"] = "personal" },
            ["from"] = new JsonObject { ["id"] = "29:user" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot" },
        };
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
