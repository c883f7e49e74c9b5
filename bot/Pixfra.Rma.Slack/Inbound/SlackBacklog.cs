using System.Threading.Channels;

namespace Pixfra.Rma.Slack.Inbound;

/// <summary>
/// Requests acknowledged but not yet handled. Bounded, so a flood cannot exhaust memory: when full the request is
/// refused with 503 and Slack retries it later.
/// </summary>
public sealed class SlackBacklog
{
    private readonly Channel<SlackWorkItem> _channel = Channel.CreateBounded<SlackWorkItem>(new BoundedChannelOptions(1000)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });

    public bool TryEnqueue(SlackWorkItem item) => _channel.Writer.TryWrite(item);

    public IAsyncEnumerable<SlackWorkItem> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
