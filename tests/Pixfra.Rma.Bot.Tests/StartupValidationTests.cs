using Microsoft.Extensions.Options;

namespace Pixfra.Rma.Bot.Tests;

/// <summary>A half-configured app registration stops the host at start, not at the first message.</summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("SingleTenant", "secret", "")] // single tenant without its tenant
    [InlineData("MultiTenant", "", "")] // no secret
    [InlineData("UserAssignedMSI", "secret", BotHostFactory.TenantId)] // a managed identity has no secret
    public async Task IncompleteRegistration_StopsTheHostAtStart(string appType, string password, string tenant)
    {
        await using var host = new BotHostFactory(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = BotHostFactory.AppId,
            ["MicrosoftAppPassword"] = password,
            ["MicrosoftAppTenantId"] = tenant,
            ["MicrosoftAppType"] = appType,
        });

        var error = Record.Exception(() => host.CreateClient());

        Assert.IsType<OptionsValidationException>(error?.GetBaseException() ?? error);
    }

    [Fact]
    public async Task AuthenticationOff_StartsAndServesHealth()
    {
        await using var host = BotHostFactory.AuthenticationOff();
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.True(response.IsSuccessStatusCode);
    }
}
