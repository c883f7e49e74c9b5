using Microsoft.Identity.Client;

namespace Pixfra.Rma.Protocol.Authentication;

/// <summary>Gives MSAL its HttpClient from IHttpClientFactory, so tests can answer the login endpoints.</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
{
    public const string HttpClientName = "Pixfra.Rma.Protocol.Msal";

    public HttpClient GetHttpClient() => factory.CreateClient(HttpClientName);
}
