using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pixfra.Rma.Protocol.Turns;

namespace Pixfra.Rma.Slack.Inbound;

/// <summary>
/// Handles acknowledged requests in the background: a few at a time, one at a time per conversation (the same locks
/// as the Bot Framework pipeline). A failure is logged: Slack was already answered and will not retry.
/// </summary>
public sealed partial class SlackWorkProcessor(
    SlackBacklog queue,
    IServiceScopeFactory scopes,
    ConversationLocks locks,
    ILogger<SlackWorkProcessor> logger) : BackgroundService
{
    private const int MaxConcurrent = 4;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var slots = new SemaphoreSlim(MaxConcurrent);
        var running = new List<Task>();
        try
        {
            await foreach (var item in queue.ReadAllAsync(stoppingToken))
            {
                await slots.WaitAsync(stoppingToken);
                running.RemoveAll(t => t.IsCompleted);
                running.Add(RunAsync(item, slots, stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: what is running finishes below or is cancelled with the host.
        }

        await Task.WhenAll(running);
    }

    private async Task RunAsync(SlackWorkItem item, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        try
        {
            using var held = await locks.AcquireAsync(item.Conversation, cancellationToken);
            await using var scope = scopes.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetRequiredService<ISlackHandler>();
            if (item.Event is { } slackEvent)
            {
                await handler.HandleEventAsync(slackEvent, cancellationToken);
            }
            else if (item.Interaction is { } interaction)
            {
                await handler.HandleInteractionAsync(interaction, cancellationToken);
            }
            else if (item.FollowUp is { } followUp)
            {
                await followUp.RunAsync(scope.ServiceProvider, cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, item.Conversation.ToString(), e);
        }
        finally
        {
            slots.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack work for {Conversation} failed")]
    private static partial void LogFailed(ILogger logger, string conversation, Exception exception);
}
