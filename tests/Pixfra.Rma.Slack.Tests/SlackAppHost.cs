using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Pixfra.Rma.Slack.Hosting;
using Pixfra.Rma.Slack.Inbound;
using Pixfra.Rma.Testing.Http;

namespace Pixfra.Rma.Slack.Tests;

/// <summary>The Slack endpoints on 127.0.0.1 with a handler that records what reached it, and a fake clock.</summary>
internal sealed class SlackAppHost : IAsyncDisposable
{
    public const string Secret = "test-signing-secret";
    private readonly WebApplication _app;

    private SlackAppHost(WebApplication app, FakeTimeProvider time, HandledItems handled)
    {
        _app = app;
        Time = time;
        Handled = handled;
        Client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
    }

    public FakeTimeProvider Time { get; }

    public HandledItems Handled { get; }

    public HttpClient Client { get; }

    public static async Task<SlackAppHost> StartAsync()
    {
        var builder = LoopbackApp.CreateBuilder();
        builder.Configuration["Slack:SigningSecret"] = Secret;
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-02T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var handled = new HandledItems();
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton(handled);
        builder.Services.AddSlackApp<RecordingHandler>(builder.Configuration);
        var app = builder.Build();
        app.MapSlackApp();
        await app.StartAsync();
        return new SlackAppHost(app, time, handled);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    internal sealed class HandledItems
    {
        private readonly List<object> _items = [];
        private readonly Lock _gate = new();
        private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IReadOnlyList<object> Items
        {
            get
            {
                lock (_gate)
                {
                    return [.. _items];
                }
            }
        }

        public void Add(object item)
        {
            lock (_gate)
            {
                _items.Add(item);
                _arrived.TrySetResult();
                _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        /// <summary>Waits until one matches (30 s hang guard, not a timing assertion).</summary>
        public async Task<T> WaitForAsync<T>(Func<T, bool> match)
        {
            using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (true)
            {
                Task arrived;
                lock (_gate)
                {
                    if (_items.OfType<T>().FirstOrDefault(match) is { } found)
                    {
                        return found;
                    }

                    arrived = _arrived.Task;
                }

                await arrived.WaitAsync(cancel.Token);
            }
        }
    }

    private sealed class RecordingHandler(HandledItems handled) : ISlackHandler
    {
        public Task HandleEventAsync(SlackEvent slackEvent, CancellationToken cancellationToken)
        {
            handled.Add(slackEvent);
            return Task.CompletedTask;
        }

        public Task HandleInteractionAsync(SlackInteraction interaction, CancellationToken cancellationToken)
        {
            handled.Add(interaction);
            return Task.CompletedTask;
        }

        public Task<SlackViewResponse> HandleViewSubmissionAsync(SlackInteraction interaction, Forms.SlackFormMetadata form, CancellationToken cancellationToken)
        {
            handled.Add(interaction);
            handled.Add(form);
            return Task.FromResult(SlackViewResponse.Clear((_, _) =>
            {
                handled.Add("follow-up of " + interaction.TriggerId);
                return Task.CompletedTask;
            }));
        }
    }
}
