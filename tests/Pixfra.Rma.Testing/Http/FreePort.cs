using System.Net;
using System.Net.Sockets;

namespace Pixfra.Rma.Testing.Http;

/// <summary>A loopback TCP port that was free a moment ago; callers check the port their server reports.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
