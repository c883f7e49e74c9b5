using Pixfra.Rma.Bot.Hosting;

namespace Pixfra.Rma.Bot.Tests;

public sealed class AppRegistrationOptionsValidatorTests
{
    private const string AppId = "7f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f";
    private const string Tenant = "6d3c9b3e-5b7a-4a35-9a3e-1f0f7f2d9a01";

    [Theory]
    [InlineData("", null, null, null, true)] // authentication off: nothing else matters
    [InlineData(AppId, "secret", Tenant, "SingleTenant", true)]
    [InlineData(AppId, "secret", Tenant, null, true)] // empty type means SingleTenant
    [InlineData(AppId, "secret", null, "SingleTenant", false)] // single tenant needs its tenant
    [InlineData(AppId, null, Tenant, "SingleTenant", false)] // and a secret
    [InlineData(AppId, "secret", null, "MultiTenant", true)]
    [InlineData(AppId, null, Tenant, "UserAssignedMSI", true)]
    [InlineData(AppId, "secret", Tenant, "UserAssignedMSI", false)] // a managed identity has no secret
    [InlineData(AppId, null, null, "UserAssignedMSI", false)]
    [InlineData(AppId, "secret", Tenant, "Anonymous", false)]
    [InlineData("my-bot", "secret", Tenant, "SingleTenant", false)] // the app id is a client id GUID
    public void Validate_Registration_AcceptsOnlyWorkableCombinations(string appId, string? password, string? tenant, string? appType, bool valid)
    {
        var options = new AppRegistrationOptions
        {
            MicrosoftAppId = appId,
            MicrosoftAppPassword = password,
            MicrosoftAppTenantId = tenant,
            MicrosoftAppType = appType,
        };

        var result = new AppRegistrationOptionsValidator().Validate(null, options);

        Assert.Equal(valid, result.Succeeded);
    }
}
