using Pixfra.Rma.Protocol.Authentication;

namespace Pixfra.Rma.Protocol.Tests.Connector;

/// <summary>A token provider that always answers the same token (or none, like auth-off mode).</summary>
internal sealed class StaticTokenProvider(string? token) : IBotTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken = default) => Task.FromResult(token);
}
