using NodaTime;
using Pixfra.Rma.Conversations.Evidence;

namespace Pixfra.Rma.Bot.Files;

public static class FileEndpoints
{
    /// <summary>
    /// <c>GET {prefix}/{blob}</c> for signed links only. A bad or expired link gets 404 either way, so nothing can be
    /// learnt about which files exist. Files are sent as the type their content was checked to be, with no sniffing
    /// and a sandbox, so even a crafted file cannot run in the bot's origin.
    /// </summary>
    public static IEndpointRouteBuilder MapEvidenceFiles(this IEndpointRouteBuilder endpoints, string prefix)
    {
        endpoints.MapGet($"{prefix.TrimEnd('/')}/{{blob}}", ServeAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> ServeAsync(
        string blob, string? type, string? expires, string? sig, SignedFileLinks links, IBlobStore blobs, IClock clock, HttpContext http)
    {
        if (!links.IsValid(blob, type, expires, sig, clock.GetCurrentInstant())
            || await blobs.OpenReadAsync(blob, http.RequestAborted) is not { } content)
        {
            return Results.NotFound();
        }

        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; img-src 'self'; sandbox";
        http.Response.Headers.CacheControl = "private, no-store";
        var extension = type switch
        {
            "image/jpeg" => ".jpg",
            "image/png" => ".png",
            "application/pdf" => ".pdf",
            _ => string.Empty,
        };
        return Results.Stream(content, type, fileDownloadName: extension.Length == 0 ? null : $"evidence-{blob[..12]}{extension}");
    }
}
