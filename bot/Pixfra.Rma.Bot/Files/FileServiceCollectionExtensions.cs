using Pixfra.Rma.Conversations.Evidence;

namespace Pixfra.Rma.Bot.Files;

public static class FileServiceCollectionExtensions
{
    /// <summary>Short-lived signed links to stored photos and documents (section <c>Files</c>).</summary>
    public static IServiceCollection AddFileLinks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FileLinkOptions>().Bind(configuration.GetSection(FileLinkOptions.SectionName)).ValidateOnStart()
            .Validate(o => o.PublicBaseUrl is null || (o.PublicBaseUrl.IsAbsoluteUri && o.PublicBaseUrl.Scheme is "https" or "http"), "Files:PublicBaseUrl must be an absolute http(s) URL.")
            .Validate(o => o.SigningKey is null || IsKey(o.SigningKey), "Files:SigningKey must be base64 of at least 32 bytes.")
            .Validate(o => o.LinkLifetime > TimeSpan.Zero && o.LinkLifetime <= TimeSpan.FromDays(1), "Files:LinkLifetime must be between 0 and 1 day.");
        services.AddSingleton<SignedFileLinks>();
        services.AddSingleton<IFileLinks>(sp => sp.GetRequiredService<SignedFileLinks>());
        return services;
    }

    private static bool IsKey(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var length) && length >= 32;
    }
}
