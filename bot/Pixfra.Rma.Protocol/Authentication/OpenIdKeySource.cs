using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Pixfra.Rma.Protocol.Authentication;

/// <summary>
/// Signing keys of one OpenID metadata document, cached by IdentityModel's ConfigurationManager,
/// plus the <c>endorsements</c> arrays of its JWKS, which IdentityModel drops and we must check
/// (PROTOCOL.md §1 "Endorsements"), read from the same jwks_uri and cached alongside.
/// </summary>
internal sealed class OpenIdKeySource : IDisposable
{
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private readonly HttpClient _httpClient;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _refreshInterval;
    private readonly bool _requireHttps;
    private readonly SemaphoreSlim _endorsementGate = new(1, 1);
    private readonly Lock _refreshLock = new();
    private readonly TimeSpan _minimumRefreshInterval;
    private EndorsementSet? _endorsements;
    private DateTimeOffset? _lastForcedRefresh;

    // IdentityModel adds up to 1 h of jitter to the automatic refresh; [AUTH] asks for at most 24 h.
    private static readonly TimeSpan MaximumRefreshInterval = TimeSpan.FromHours(23);
    private const int RefreshPolls = 100;
    private static readonly TimeSpan RefreshPollDelay = TimeSpan.FromMilliseconds(20);

    public OpenIdKeySource(Uri metadataUrl, HttpClient httpClient, BotAuthenticationOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(metadataUrl);
        ArgumentNullException.ThrowIfNull(options);
        _httpClient = httpClient;
        _timeProvider = timeProvider;
        _requireHttps = options.RequireHttpsMetadata;
        _minimumRefreshInterval = options.KeyRefreshMinimumInterval;
        _refreshInterval = options.KeyRefreshInterval > MaximumRefreshInterval ? MaximumRefreshInterval : options.KeyRefreshInterval;
        var retriever = new HttpDocumentRetriever(httpClient) { RequireHttps = options.RequireHttpsMetadata };
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(
            metadataUrl.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = _refreshInterval,
            RefreshInterval = options.KeyRefreshMinimumInterval,
        };
    }

    public Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken cancellationToken) =>
        _manager.GetConfigurationAsync(cancellationToken);

    /// <summary>
    /// Re-reads the metadata now (a token named a kid we do not know: keys may have rotated), at most
    /// once per <see cref="BotAuthenticationOptions.KeyRefreshMinimumInterval"/> so unknown kids cannot
    /// make us hammer the metadata endpoint. IdentityModel 8 refreshes in the background after
    /// RequestRefresh, so wait briefly for the new document to land.
    /// </summary>
    public async Task<OpenIdConnectConfiguration> RefreshAsync(CancellationToken cancellationToken)
    {
        var before = await _manager.GetConfigurationAsync(cancellationToken);
        var now = _timeProvider.GetUtcNow();
        lock (_refreshLock)
        {
            if (_lastForcedRefresh is { } last && now - last < _minimumRefreshInterval)
            {
                return before;
            }

            _lastForcedRefresh = now;
        }

        _manager.RequestRefresh();
        for (var attempt = 0; attempt < RefreshPolls; attempt++)
        {
            var current = await _manager.GetConfigurationAsync(cancellationToken);
            if (!ReferenceEquals(current, before))
            {
                return current;
            }

            await Task.Delay(RefreshPollDelay, cancellationToken);
        }

        return before;
    }

    /// <summary>
    /// The channels the key <paramref name="keyId"/> is endorsed for, or null when the JWKS lists no
    /// endorsements for it. Only called for a kid whose signature already verified, so a kid missing
    /// from the cache means the cache is stale, and re-reading cannot be driven by forged tokens.
    /// </summary>
    public async Task<IReadOnlyList<string>?> GetEndorsementsAsync(string keyId, CancellationToken cancellationToken)
    {
        var configuration = await _manager.GetConfigurationAsync(cancellationToken);
        var set = _endorsements;
        if (set is null || !IsFresh(set, configuration.JwksUri) || !set.Keys.ContainsKey(keyId))
        {
            await _endorsementGate.WaitAsync(cancellationToken);
            try
            {
                set = _endorsements;
                if (set is null || !IsFresh(set, configuration.JwksUri) || !set.Keys.ContainsKey(keyId))
                {
                    set = await FetchEndorsementsAsync(configuration.JwksUri, cancellationToken);
                    _endorsements = set;
                }
            }
            finally
            {
                _endorsementGate.Release();
            }
        }

        return set.Keys.TryGetValue(keyId, out var endorsements) ? endorsements : null;
    }

    private bool IsFresh(EndorsementSet set, string jwksUri) =>
        string.Equals(set.JwksUri, jwksUri, StringComparison.Ordinal)
        && _timeProvider.GetUtcNow() - set.FetchedAt < _refreshInterval;

    private async Task<EndorsementSet> FetchEndorsementsAsync(string jwksUri, CancellationToken cancellationToken)
    {
        var uri = new Uri(jwksUri);
        if (_requireHttps && uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidOperationException("The JWKS address must use https.");
        }

        using var response = await _httpClient.GetAsync(uri, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);

        var keys = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (document.RootElement.TryGetProperty("keys", out var keyArray) && keyArray.ValueKind == JsonValueKind.Array)
        {
            foreach (var key in keyArray.EnumerateArray())
            {
                if (key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                    && key.TryGetProperty("endorsements", out var endorsements) && endorsements.ValueKind == JsonValueKind.Array)
                {
                    keys[kid.GetString()!] = [.. endorsements.EnumerateArray()
                        .Where(e => e.ValueKind == JsonValueKind.String)
                        .Select(e => e.GetString()!)];
                }
            }
        }

        return new EndorsementSet(jwksUri, _timeProvider.GetUtcNow(), keys);
    }

    public void Dispose() => _endorsementGate.Dispose();

    private sealed record EndorsementSet(string JwksUri, DateTimeOffset FetchedAt, IReadOnlyDictionary<string, IReadOnlyList<string>> Keys);
}
