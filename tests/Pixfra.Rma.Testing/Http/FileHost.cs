using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Pixfra.Rma.Testing.Http;

/// <summary>
/// Where the "uploaded" files live during a test, as SharePoint/OneDrive holds them for Teams: the activity carries
/// a download URL and the bot fetches it. Plain http on 127.0.0.1, which the bot allows only in development.
/// </summary>
public sealed class FileHost : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly WebApplication _app;

    private readonly bool _forgetAfterDownload;

    private FileHost(WebApplication app, bool forgetAfterDownload)
    {
        _app = app;
        _forgetAfterDownload = forgetAfterDownload;
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>How many times each file was downloaded.</summary>
    public ConcurrentDictionary<string, int> Downloads { get; } = new(StringComparer.Ordinal);

    /// <param name="forgetAfterDownload">Drop each file once it was fetched (a long load run would otherwise hold every file).</param>
    public static async Task<FileHost> StartAsync(bool forgetAfterDownload = false)
    {
        var builder = LoopbackApp.CreateBuilder();
        var app = builder.Build();
        var host = new FileHost(app, forgetAfterDownload);
        app.MapGet("/files/{name}", (string name) =>
        {
            host.Downloads.AddOrUpdate(name, 1, (_, n) => n + 1);
            var found = host._forgetAfterDownload ? host._files.TryRemove(name, out var bytes) : host._files.TryGetValue(name, out bytes);
            return found ? Results.Bytes(bytes!, "application/octet-stream") : Results.NotFound();
        });
        // A file too large to hold: generated while it is sent, so the test itself stays small.
        app.MapGet("/large/{length:long}/{name}", async (long length, string name, HttpContext context) =>
        {
            host.Downloads.AddOrUpdate(name, 1, (_, n) => n + 1);
            context.Response.ContentType = "application/octet-stream";
            context.Response.ContentLength = length;
            await using var content = new Pixfra.Rma.Testing.Evidence.GeneratedStream(length);
            try
            {
                await content.CopyToAsync(context.Response.Body, 81920, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // the bot stopped reading: what the test wants
            }
        });
        await app.StartAsync();
        host.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single().TrimEnd('/') + "/");
        return host;
    }

    /// <summary>Publishes <paramref name="content"/> and returns its download URL.</summary>
    public Uri Add(string name, byte[] content)
    {
        _files[name] = content;
        return new Uri(BaseAddress, $"files/{Uri.EscapeDataString(name)}");
    }

    /// <summary>The download URL of a generated file of <paramref name="length"/> bytes (a JPEG header, then noise).</summary>
    public Uri AddLarge(string name, long length) => new(BaseAddress, $"large/{length}/{Uri.EscapeDataString(name)}");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
