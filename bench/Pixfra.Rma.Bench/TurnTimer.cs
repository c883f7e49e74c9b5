using System.Collections.Concurrent;
using System.Diagnostics;

namespace Pixfra.Rma.Bench;

/// <summary>Times every POST through it, split into turns that carry files (photo checks) and the rest.</summary>
internal sealed class TurnTimer() : DelegatingHandler(new SocketsHttpHandler { MaxConnectionsPerServer = 1024 })
{
    public ConcurrentQueue<double> PlainMs { get; } = new();

    public ConcurrentQueue<double> WithFilesMs { get; } = new();

    public void Clear()
    {
        PlainMs.Clear();
        WithFilesMs.Clear();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var withFiles = request.Content is not null && (await request.Content.ReadAsStringAsync(cancellationToken)).Contains("\"attachments\"", StringComparison.Ordinal);
        var started = Stopwatch.GetTimestamp();
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        (withFiles ? WithFilesMs : PlainMs).Enqueue(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return response;
    }
}
