using System.Net;
using System.Net.Sockets;

namespace Pixfra.Rma.Storage.Tests.Servers;

/// <summary>Azurite's blob service on a free port of 127.0.0.1 with its data in a temporary folder, for the test run.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    /// <summary>Azurite's documented development account; the key is public and works only against the emulator.</summary>
    private const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("pixfra-azurite-");
    private NodeServer? _server;

    public string ConnectionString { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var port = FreePort();
        _server = NodeServer.Start("azurite-server.js", port.ToString(System.Globalization.CultureInfo.InvariantCulture), _folder.FullName);
        await WaitUntilListeningAsync(port);
        ConnectionString =
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentKey};BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _folder.Delete(recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        // Generous: on a loaded 2-core machine Azurite has been seen to take tens of seconds to start.
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline && _server?.HasExited != true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException($"Azurite did not listen on {port} (exited: {_server?.HasExited}). Output:\n{_server?.Output}");
    }
}
