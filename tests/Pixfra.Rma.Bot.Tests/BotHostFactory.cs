using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Pixfra.Rma.Bot.Tests;

/// <summary>The real host in memory with the given settings on top of its own (e.g. an app id to turn authentication on).</summary>
internal sealed class BotHostFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public const string AppId = "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f";
    public const string TenantId = "6d3c9b3e-5b7a-4a35-9a3e-1f0f7f2d9a01";

    public static BotHostFactory AuthenticationOff() => new(new Dictionary<string, string?> { ["MicrosoftAppId"] = "" });

    public static BotHostFactory AuthenticationOn() => new(new Dictionary<string, string?>
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["MicrosoftAppTenantId"] = TenantId,
        ["MicrosoftAppType"] = "SingleTenant",
    });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
