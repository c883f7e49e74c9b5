using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Pixfra.Rma.Conversations.Evidence;

namespace Pixfra.Rma.Bot.Tests;

/// <summary>Stored files open only through a signed link that has not expired, and are served so they cannot run.</summary>
public sealed class FileLinkTests : IAsyncLifetime
{
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 12, 2, 2, 0));
    private WebApplicationFactory<Program> _host = null!;
    private BlobReference _pdf = null!;
    private BlobReference _png = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _host = BotHostFactory.AuthenticationOff().WithWebHostBuilder(builder => builder
            .UseSetting("Files:PublicBaseUrl", "https://bot.example.com/")
            .ConfigureTestServices(services => services.AddSingleton<IClock>(_clock)));
        var blobs = _host.Services.GetRequiredService<IBlobStore>();
        _pdf = await blobs.PutAsync(new MemoryStream(Encoding.ASCII.GetBytes("%PDF-1.4 not really")), "application/pdf", 1000, Ct);
        _png = await blobs.PutAsync(new MemoryStream([0x89, 0x50, 0x4E, 0x47, 1, 2, 3]), "image/png", 1000, Ct);
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    private Uri Link(BlobReference blob) => _host.Services.GetRequiredService<IFileLinks>().LinkFor(blob.Name, blob.ContentType, _clock.GetCurrentInstant());

    private Task<HttpResponseMessage> GetAsync(Uri link) => _host.CreateClient().GetAsync(link.PathAndQuery, Ct);

    [Fact]
    public async Task ALink_OpensTheFile_AsItsCheckedType_WithoutSniffingOrScripts()
    {
        var link = Link(_pdf);
        Assert.StartsWith($"https://bot.example.com/files/{_pdf.Name}?", link.AbsoluteUri, StringComparison.Ordinal);

        using var response = await GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("%PDF-1.4 not really", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("sandbox", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
    }

    [Fact]
    public async Task ALink_StopsWorking_WhenItsTimeIsUp()
    {
        var link = Link(_png);
        _clock.Advance(Duration.FromMinutes(14));
        using (var stillValid = await GetAsync(link))
        {
            Assert.Equal(HttpStatusCode.OK, stillValid.StatusCode);
        }

        _clock.Advance(Duration.FromMinutes(2));
        using var expired = await GetAsync(link);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
    }

    [Fact]
    public async Task ALink_CannotBeWidened_ToAnotherFile_AnotherType_OrMoreTime()
    {
        var link = Link(_png).PathAndQuery;
        string[] forged =
        [
            link.Replace(_png.Name, _pdf.Name, StringComparison.Ordinal),
            link.Replace("type=image%2Fpng", "type=text%2Fhtml", StringComparison.Ordinal),
            System.Text.RegularExpressions.Regex.Replace(link, "expires=[0-9]+", "expires=99999999999"),
            System.Text.RegularExpressions.Regex.Replace(link, "sig=[^&]+", "sig=AAAA"),
            $"/files/{_png.Name}",
            "/files/..%2F..%2Fappsettings.json?type=text%2Fplain&expires=99999999999&sig=x",
        ];

        foreach (var path in forged)
        {
            using var response = await _host.CreateClient().GetAsync(path, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path} answered {response.StatusCode}");
        }
    }
}
