using Microsoft.Extensions.Options;
using Pixfra.Rma.Bot.Slack;
using Pixfra.Rma.Conversations.Evidence;
using Pixfra.Rma.Slack;
using Pixfra.Rma.Slack.Inbound;
using Pixfra.Rma.Slack.WebApi;
using Pixfra.Rma.Testing.Slack;

namespace Pixfra.Rma.Bot.Tests;

public sealed class SlackFilesTests : IAsyncLifetime
{
    private readonly HttpClient _http = new();
    private FakeSlackWebApi _slack = null!;
    private SlackWebApiClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _slack = await FakeSlackWebApi.StartAsync();
        var options = new SlackOptions { BotToken = "xoxb-files-test", WebApiBaseUrl = _slack.BaseUrl, AllowLoopbackHttpFiles = true };
        _client = new SlackWebApiClient(_http, new OptionsMonitor(options), TimeProvider.System);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task A_MessagesFiles_AreOpened_FromSlack_OnlyWhenTheFlowAsks()
    {
        var photo = _slack.AddFile("F0PHOTO", [0xFF, 0xD8, 0xFF]);
        var files = SlackFiles.From(Event(new SlackFileRef("F0PHOTO", "front.jpg", "image/jpeg", photo)), _client);

        var file = Assert.Single(files);
        Assert.Empty(_slack.FileDownloads);
        await using var stream = await file.OpenAsync(TestContext.Current.CancellationToken);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, TestContext.Current.CancellationToken);

        Assert.Equal("front.jpg", file.Name);
        Assert.Equal([0xFF, 0xD8, 0xFF], copy.ToArray());
    }

    [Fact]
    public async Task A_FileFromAnotherHost_IsUnavailable_AsAnUntrustedSource()
    {
        var file = Assert.Single(SlackFiles.From(Event(new SlackFileRef("F0X", "x.jpg", "image/jpeg", new Uri("https://files.evil.example/x.jpg"))), _client));

        var error = await Assert.ThrowsAsync<FileUnavailableException>(() => file.OpenAsync(TestContext.Current.CancellationToken));

        Assert.Equal(FileUnavailableReason.UntrustedSource, error.Reason);
    }

    private static SlackEvent Event(SlackFileRef file) =>
        new(SlackEvent.Message, "EvFile", "T0001", "U0001", "D0001", "photos", "1.1", null, null, [file]);

    private sealed class OptionsMonitor(SlackOptions value) : IOptionsMonitor<SlackOptions>
    {
        public SlackOptions CurrentValue => value;

        public SlackOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<SlackOptions, string?> listener) => null;
    }
}
