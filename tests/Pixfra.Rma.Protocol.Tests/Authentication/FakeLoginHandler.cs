using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Pixfra.Rma.Protocol.Tests.Authentication;

/// <summary>
/// Microsoft login at the HTTP boundary (it cannot run here): answers MSAL's instance discovery,
/// the v2.0 token endpoint and the managed-identity (IMDS) endpoint, and records every request.
/// </summary>
internal sealed class FakeLoginHandler : HttpMessageHandler
{
    public ConcurrentQueue<(HttpMethod Method, Uri Uri, string Body)> Requests { get; } = new();

    public int TokenRequests => Requests.Count(r => r.Uri.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal)
        || r.Uri.AbsolutePath.EndsWith("/metadata/identity/oauth2/token", StringComparison.Ordinal));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue((request.Method, request.RequestUri!, body));
        var path = request.RequestUri!.AbsolutePath;
        if (path.EndsWith("/discovery/instance", StringComparison.Ordinal))
        {
            return Json("""
                {"tenant_discovery_endpoint":"https://login.microsoftonline.com/tenant/v2.0/.well-known/openid-configuration",
                 "api-version":"1.1",
                 "metadata":[{"preferred_network":"login.microsoftonline.com","preferred_cache":"login.windows.net",
                              "aliases":["login.microsoftonline.com","login.windows.net","sts.windows.net"]}]}
                """);
        }

        if (path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
        {
            return Json("""{"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599,"access_token":"msal-access-token"}""");
        }

        if (path.EndsWith("/metadata/identity/oauth2/token", StringComparison.Ordinal))
        {
            var expiresOn = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
            return Json($$"""{"access_token":"msi-access-token","expires_on":"{{expiresOn}}","resource":"https://api.botframework.com","token_type":"Bearer","client_id":"app"}""");
        }

        return new HttpResponseMessage(HttpStatusCode.NotFound);
    }

    private static HttpResponseMessage Json(string json) =>
        new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
