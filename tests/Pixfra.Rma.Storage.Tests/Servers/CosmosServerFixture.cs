using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Azure.Cosmos;
using Pixfra.Rma.Storage.Cosmos;

namespace Pixfra.Rma.Storage.Tests.Servers;

/// <summary>
/// The Cosmos DB compatible server (@vercel/cosmosdb-server, in memory) on a free port of 127.0.0.1, with a
/// self-signed certificate made by openssl for this run. Test-only settings live here and nowhere else: the
/// client trusts exactly that certificate, and the SDK is told to build query plans itself (the server cannot).
/// </summary>
public sealed class CosmosServerFixture : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("pixfra-cosmos-");
    private NodeServer? _server;
    private X509Certificate2? _certificate;

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>Any base64 key: the server does not check it.</summary>
    public static string Key => Convert.ToBase64String("pixfra-rma-test-key-not-a-secret"u8);

    public async ValueTask InitializeAsync()
    {
        Environment.SetEnvironmentVariable("AZURE_COSMOS_USE_QUERY_PLAN_INTEROP_LINUX", "true");
        Environment.SetEnvironmentVariable("AZURE_COSMOS_OPTIMISTIC_DIRECT_EXECUTION_ENABLED", "true");
        var cert = Path.Combine(_folder.FullName, "cert.pem");
        var key = Path.Combine(_folder.FullName, "key.pem");
        await RunOpenSslAsync(cert, key);
        _certificate = X509Certificate2.CreateFromPem(await File.ReadAllTextAsync(cert));

        _server = NodeServer.Start("cosmos-server.js", cert, key);
        var port = await _server.WaitForLineAsync(
            line => line.StartsWith("listening ", StringComparison.Ordinal) ? int.Parse(line["listening ".Length..], System.Globalization.CultureInfo.InvariantCulture) : (int?)null,
            TimeSpan.FromSeconds(120));
        Endpoint = new Uri($"https://127.0.0.1:{port}/");
    }

    /// <summary>A client configured as production configures it, plus the test-only transport settings.</summary>
    public CosmosClient CreateClient() => CosmosClientFactory.Create(
        new CosmosStorageOptions { Endpoint = Endpoint, Database = "unused", Key = Key, ConnectionMode = ConnectionMode.Gateway },
        options =>
        {
            options.LimitToEndpoint = true;
            options.HttpClientFactory = () => new HttpClient(new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented is not null && presented.Thumbprint == _certificate!.Thumbprint,
            });
        });

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _certificate?.Dispose();
        _folder.Delete(recursive: true);
    }

    private static async Task RunOpenSslAsync(string cert, string key)
    {
        var start = new ProcessStartInfo("openssl") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[]
        {
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-keyout", key, "-out", cert,
            "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"openssl failed: {await errors}");
        }
    }
}
