using System.Globalization;
using Pixfra.Rma.EndToEnd.Tests.Harness;

namespace Pixfra.Rma.EndToEnd.Tests.Takeover;

/// <summary>
/// TOOLING.md §1: two Agents Playground instances against one bot — the distributor's (the suite's usual
/// configuration) and Pixfra support's (its own configuration and port; its current user is the demo staff member
/// and its team channel is the bot's <c>Support:StaffChannel</c>, whose ServiceUrl is that instance's connector).
/// </summary>
public sealed class TakeoverFixture : IAsyncLifetime
{
    private BotServer? _bot;
    private PlaygroundProcess? _distributorPlayground;
    private PlaygroundProcess? _staffPlayground;

    internal BotServer Bot => _bot ?? throw NotStarted();

    internal PlaygroundClient Distributor { get; private set; } = null!;

    internal PlaygroundClient Staff { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var staffPort = FreePort.Next();
        _bot = new BotServer(new Dictionary<string, string>
        {
            ["Support:StaffChannel:ServiceUrl"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{staffPort}/_connector/"),
            ["Support:StaffChannel:ConversationId"] = PlaygroundProfile.Staff.ChannelId,
            ["Support:StaffChannel:TenantId"] = PlaygroundProfile.Staff.TenantId,
        });
        _bot.Start();
        _staffPlayground = await PlaygroundProcess.StartAsync(_bot.MessagesEndpoint, staffPort, PlaygroundConfig.Yaml(PlaygroundProfile.Staff), ct);
        _distributorPlayground = await PlaygroundProcess.StartAsync(_bot.MessagesEndpoint, ct);
        var bot = _bot;
        var staff = _staffPlayground;
        var distributor = _distributorPlayground;
        Distributor = await PlaygroundClient.ConnectAsync(distributor.BaseAddress, () => $"bot warnings:\n{bot.Logs.Warnings}\nPlayground:\n{distributor.Diagnostics()}", ct);
        Staff = await PlaygroundClient.ConnectAsync(staff.BaseAddress, () => $"bot warnings:\n{bot.Logs.Warnings}\nStaff Playground:\n{staff.Diagnostics()}", ct);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in new[] { Distributor, Staff })
        {
            if (client is not null)
            {
                await client.DisposeAsync();
            }
        }

        foreach (var playground in new[] { _distributorPlayground, _staffPlayground })
        {
            if (playground is not null)
            {
                await playground.DisposeAsync();
            }
        }

        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }

    private static InvalidOperationException NotStarted() => new("The takeover fixture has not started.");
}

[CollectionDefinition(Name)]
public sealed class TakeoverSuite : ICollectionFixture<TakeoverFixture>
{
    public const string Name = "Bot with a distributor Playground and a staff Playground";
}
