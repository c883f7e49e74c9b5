using System.Text.Json.Nodes;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Pixfra.Rma.Bot.Reminders;
using Pixfra.Rma.Conversations.Cases;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Domain.Catalog;
using Pixfra.Rma.Domain.Rma;
using Pixfra.Rma.Domain.Time;
using Pixfra.Rma.Domain.Warranty;
using Pixfra.Rma.Slack.BlockKit;
using Pixfra.Rma.Testing.Slack;

namespace Pixfra.Rma.Bot.Tests.Slack;

/// <summary>
/// Issue 10 × issue 8: an RMA raised in the Slack app's DM is reminded in that DM as Block Kit, by the host's real
/// reminder service (its scan run by the test, the clock moved, never waited on), once.
/// </summary>
public sealed class SlackReminderTests : IAsyncLifetime
{
    private static readonly Instant IssuedAt = new LocalDateTime(2026, 12, 1, 9, 0).InZoneStrictly(ChinaTime.Zone).ToInstant();
    private static readonly RmaNumber Number = RmaNumber.FromEntropy([3, 1, 4, 1, 5]);
    private FakeSlackWebApi _slack = null!;
    private SlackAppHost _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _slack = await FakeSlackWebApi.StartAsync();
        _host = new SlackAppHost(_slack, new FakeClock(IssuedAt));
        _host.CreateClient().Dispose();
        await _host.Services.GetRequiredService<IRmaCaseStore>().SaveAsync(IssuedInSlack(), null, Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task SevenDaysBeforeTheEnd_TheSlackDmGetsTheReminder_AsBlockKit_Once()
    {
        var service = _host.Services.GetRequiredService<ReminderService>();
        Assert.Equal(0, (await service.RunOnceAsync(Ct))!.Sent);
        Assert.DoesNotContain(_slack.Calls, c => c.Method == "chat.postMessage");

        // Last day 31 Dec (30 days counted from 1 Dec); seven days before is 24 Dec.
        _host.Clock.Reset(new LocalDateTime(2026, 12, 24, 9, 0).InZoneStrictly(ChinaTime.Zone).ToInstant());
        var first = await service.RunOnceAsync(Ct);
        var again = await service.RunOnceAsync(Ct);

        Assert.Equal((1, 0), (first!.Sent, again!.Sent));
        var post = Assert.Single(_slack.Calls, c => c.Method == "chat.postMessage");
        Assert.Equal(("D0ANA", "Bearer " + SlackAppHost.Token), (post.Argument("channel"), post.Authorization));
        Assert.Contains(Number.ToString(), post.Argument("text"), StringComparison.Ordinal);
        Assert.Contains("PX384A1B2C3D", post.Arguments["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(BlockKitLimits.Check(post.Arguments["blocks"]!.AsArray(), BlockKitSurface.Message));
        Assert.DoesNotContain(_slack.Calls, c => c.Method == "conversations.open");
    }

    [Fact]
    public async Task ADmThatIsGone_IsRecordedUnreachable_AndNotTriedAgain()
    {
        var service = _host.Services.GetRequiredService<ReminderService>();
        _host.Clock.Reset(new LocalDateTime(2026, 12, 24, 9, 0).InZoneStrictly(ChinaTime.Zone).ToInstant());
        _slack.Answer(200, """{"ok":false,"error":"channel_not_found"}""");

        var first = await service.RunOnceAsync(Ct);
        var again = await service.RunOnceAsync(Ct);

        Assert.Equal((1, 0, 0), (first!.Unreachable, again!.Unreachable, again.Failed));
        Assert.Single(_slack.Calls, c => c.Method == "chat.postMessage");
    }

    [Fact]
    public async Task ForAUserWhoseSlackIsInChinese_TheReminderIsInSimplifiedChinese()
    {
        _slack.UserLocales["U0ANA"] = "zh-CN";
        using (var client = _host.CreateClient())
        {
            var said = new JsonObject
            {
                ["type"] = "event_callback",
                ["team_id"] = "T0CONTOSO",
                ["event_id"] = "EvZhHello",
                ["event"] = new JsonObject { ["type"] = "message", ["user"] = "U0ANA", ["channel"] = "D0ANA", ["text"] = "你好", ["ts"] = "1764660000.000100" },
            }.ToJsonString();
            using var request = SignedSlackRequest.Events("/api/slack/events", said, SlackAppHost.Secret, DateTimeOffset.UtcNow);
            using var response = await client.SendAsync(request, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await _slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.Argument("channel") == "D0ANA"); // the turn is done
        var answered = _slack.Calls.Count(c => c.Method == "chat.postMessage");
        _host.Clock.Reset(new LocalDateTime(2026, 12, 24, 9, 0).InZoneStrictly(ChinaTime.Zone).ToInstant());

        Assert.Equal(1, (await _host.Services.GetRequiredService<ReminderService>().RunOnceAsync(Ct))!.Sent);

        var reminder = _slack.Calls.Where(c => c.Method == "chat.postMessage").Skip(answered).Single();
        Assert.Contains(Number.ToString(), reminder.Argument("text"), StringComparison.Ordinal);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", reminder.Argument("text"));
    }

    private static RmaCase IssuedInSlack()
    {
        var covered = new CoverageVerdict(CoveredPart.Components, CoverageStatus.Covered, 2, null);
        var assessment = new WarrantyAssessment(new LocalDate(2026, 12, 1), new WarrantyStart(new LocalDate(2025, 6, 1), WarrantyStartSource.Invoice), covered, covered, TamperAnswers.None, false, false);
        var line = new RmaLine(1, "SAMPLE-TC384", SerialNumber.Parse("PX384A1B2C3D"), null, "No image", TamperAnswers.None, new LocalDate(2025, 6, 1), null, assessment, [], NoSubstitute: false);
        var actor = new Actor(ActorKind.Distributor, "U0ANA", "Ana");
        return new RmaCase(
            Number, "contoso-slack", RmaStatus.Authorized, [line], [], [], RmaValidity.StartingAt(IssuedAt), "st-slack", "test", null, null, IssuedAt,
            [new StatusChange(RmaStatus.Draft, RmaStatus.Authorized, IssuedAt, actor, null)],
            RaisedIn: new ConversationAddress("slack", "T0CONTOSO:D0ANA"));
    }
}
