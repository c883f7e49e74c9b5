using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Pixfra.Rma.Protocol.Authentication;

namespace Pixfra.Rma.Protocol.Tests.Authentication;

/// <summary>
/// A real OpenID provider on 127.0.0.1: RSA keys made in the test, metadata and JWKS (with Bot Framework
/// <c>endorsements</c>) served by Kestrel for the channel (/channel) and Entra (/entra) paths, and real
/// signed JWTs. Keys can be added while it runs, to exercise rotation.
/// </summary>
internal sealed class TestSigningAuthority : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, SigningKey> _channelKeys = new();
    private readonly ConcurrentDictionary<string, SigningKey> _entraKeys = new();

    private TestSigningAuthority(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public Uri ChannelMetadataUrl => new(BaseAddress, "channel/.well-known/openidconfiguration");

    public Uri EntraMetadataUrl => new(BaseAddress, "entra/.well-known/openid-configuration");

    public int ChannelKeyReads;

    public static async Task<TestSigningAuthority> StartAsync()
    {
        var builder = LoopbackApp.CreateBuilder();
        var app = builder.Build();
        var authority = new TestSigningAuthority(app);
        app.MapGet("/channel/.well-known/openidconfiguration", (HttpContext c) => Results.Text(
            Metadata(authority.BaseAddress, "channel", AuthenticationConstants.ChannelIssuer), "application/json"));
        app.MapGet("/channel/keys", () =>
        {
            Interlocked.Increment(ref authority.ChannelKeyReads);
            return Results.Text(Jwks(authority._channelKeys.Values), "application/json");
        });
        app.MapGet("/entra/.well-known/openid-configuration", () => Results.Text(
            Metadata(authority.BaseAddress, "entra", "https://login.microsoftonline.com/{tenantid}/v2.0"), "application/json"));
        app.MapGet("/entra/keys", () => Results.Text(Jwks(authority._entraKeys.Values), "application/json"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        authority.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return authority;
    }

    public SigningKey AddChannelKey(string kid, params string[] endorsements)
    {
        var key = new SigningKey(kid, SharedRsa(kid), endorsements);
        _channelKeys[kid] = key;
        return key;
    }

    public SigningKey AddEntraKey(string kid)
    {
        var key = new SigningKey(kid, SharedRsa(kid), []);
        _entraKeys[kid] = key;
        return key;
    }

    /// <summary>A signed JWT; claims given as null are left out.</summary>
    public static string Sign(SigningKey key, IDictionary<string, object?> claims, DateTimeOffset issuedAt, TimeSpan lifetime, string algorithm = SecurityAlgorithms.RsaSha256)
    {
        ArgumentNullException.ThrowIfNull(key);
        var descriptor = new SecurityTokenDescriptor
        {
            Claims = claims.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!),
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = issuedAt.UtcDateTime,
            Expires = issuedAt.Add(lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key.Rsa) { KeyId = key.Kid }, algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>An <c>alg: none</c> token: header and payload, empty signature.</summary>
    public static string Unsigned(string kid, IDictionary<string, object?> claims, DateTimeOffset issuedAt, TimeSpan lifetime)
    {
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = kid };
        var payload = Payload(claims, issuedAt, lifetime);
        return $"{Base64UrlEncoder.Encode(header.ToJsonString())}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.";
    }

    /// <summary>The classic key-confusion attack: HS256 keyed with the public RSA key's bytes.</summary>
    public static string HmacWithPublicKey(SigningKey key, IDictionary<string, object?> claims, DateTimeOffset issuedAt, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(key);
        var header = new JsonObject { ["alg"] = "HS256", ["typ"] = "JWT", ["kid"] = key.Kid };
        var payload = Payload(claims, issuedAt, lifetime);
        var signingInput = $"{Base64UrlEncoder.Encode(header.ToJsonString())}.{Base64UrlEncoder.Encode(payload.ToJsonString())}";
        var publicKey = Encoding.ASCII.GetBytes(key.Rsa.ExportSubjectPublicKeyInfoPem());
        var signature = HMACSHA256.HashData(publicKey, Encoding.ASCII.GetBytes(signingInput));
        return $"{signingInput}.{Base64UrlEncoder.Encode(signature)}";
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>RSA keys are slow to make on two cores: one per kid for the whole test run.</summary>
    public static RSA SharedRsa(string kid) => RsaKeys.GetOrAdd(kid, _ => RSA.Create(2048));

    private static readonly ConcurrentDictionary<string, RSA> RsaKeys = new(StringComparer.Ordinal);

    private static JsonObject Payload(IDictionary<string, object?> claims, DateTimeOffset issuedAt, TimeSpan lifetime)
    {
        var payload = new JsonObject
        {
            ["nbf"] = issuedAt.ToUnixTimeSeconds(),
            ["exp"] = issuedAt.Add(lifetime).ToUnixTimeSeconds(),
        };
        foreach (var (name, value) in claims.Where(c => c.Value is not null))
        {
            payload[name] = JsonValue.Create(value!.ToString());
        }

        return payload;
    }

    private static string Metadata(Uri baseAddress, string path, string issuer) => new JsonObject
    {
        ["issuer"] = issuer,
        ["authorization_endpoint"] = new Uri(baseAddress, $"{path}/authorize").AbsoluteUri,
        ["jwks_uri"] = new Uri(baseAddress, $"{path}/keys").AbsoluteUri,
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    }.ToJsonString();

    private static string Jwks(IEnumerable<SigningKey> keys)
    {
        var array = new JsonArray();
        foreach (var key in keys)
        {
            var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
            var jwk = new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = key.Kid,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            };
            if (key.Endorsements.Count > 0)
            {
                jwk["endorsements"] = new JsonArray([.. key.Endorsements.Select(e => JsonValue.Create(e))]);
            }

            array.Add(jwk);
        }

        return new JsonObject { ["keys"] = array }.ToJsonString();
    }
}

internal sealed record SigningKey(string Kid, RSA Rsa, IReadOnlyList<string> Endorsements);
