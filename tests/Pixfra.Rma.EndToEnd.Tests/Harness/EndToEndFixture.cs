namespace Pixfra.Rma.EndToEnd.Tests.Harness;

/// <summary>One bot and one Playground for the whole suite (each takes a few seconds to start); stopped at the end.</summary>
public sealed class EndToEndFixture : IAsyncLifetime
{
    private BotServer? _bot;
    private PlaygroundProcess? _playground;
    private PlaygroundClient? _client;
    private FileHost? _files;

    internal BotServer Bot => _bot ?? throw NotStarted();

    internal PlaygroundProcess Playground => _playground ?? throw NotStarted();

    internal PlaygroundClient Client => _client ?? throw NotStarted();

    internal FileHost Files => _files ?? throw NotStarted();

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        _files = await FileHost.StartAsync();
        _bot = new BotServer();
        _bot.Start();
        _playground = await PlaygroundProcess.StartAsync(_bot.MessagesEndpoint, cancellationToken);
        var bot = _bot;
        var playground = _playground;
        _client = await PlaygroundClient.ConnectAsync(
            _playground.BaseAddress, () => $"bot warnings:\n{bot.Logs.Warnings}\nPlayground:\n{playground.Diagnostics()}", cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.DisposeAsync();
        }

        if (_playground is not null)
        {
            await _playground.DisposeAsync();
        }

        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        if (_files is not null)
        {
            await _files.DisposeAsync();
        }
    }

    private static InvalidOperationException NotStarted() => new("The end-to-end fixture has not started.");
}

[CollectionDefinition(Name)]
public sealed class EndToEndSuite : ICollectionFixture<EndToEndFixture>
{
    public const string Name = "Bot and Agents Playground";
}
