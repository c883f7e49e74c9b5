using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pixfra.Rma.Protocol.Authentication;
using Pixfra.Rma.Protocol.Connector;
using Pixfra.Rma.Protocol.Hosting;
using Pixfra.Rma.Protocol.Proactive;
using Pixfra.Rma.Protocol.Turns;

namespace Pixfra.Rma.Protocol.Tests.Hosting;

public sealed class AddBotProtocolTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<Microsoft.Extensions.Hosting.IHostApplicationLifetime, StubLifetime>();
        return services.AddBotProtocol(configuration).BuildServiceProvider();
    }

    [Theory]
    [InlineData("SingleTenant", "t1", BotAppType.SingleTenant)]
    [InlineData("MultiTenant", "t1", BotAppType.MultiTenant)]
    [InlineData("UserAssignedMSI", "t1", BotAppType.UserAssignedMSI)]
    [InlineData("", "t1", BotAppType.SingleTenant)]
    [InlineData(null, "t1", BotAppType.SingleTenant)]
    [InlineData(null, null, BotAppType.MultiTenant)]
    public void ConventionalSettingNames_AreBoundFromTheRoot(string? appType, string? tenant, BotAppType expected)
    {
        using var services = Build(new()
        {
            ["MicrosoftAppId"] = "app",
            ["MicrosoftAppPassword"] = appType == "UserAssignedMSI" ? null : "secret",
            ["MicrosoftAppTenantId"] = tenant,
            ["MicrosoftAppType"] = appType,
        });

        var options = services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;

        Assert.Equal("app", options.MicrosoftAppId);
        Assert.Equal(expected, options.EffectiveAppType);
    }

    [Fact]
    public void HalfConfiguredRegistration_FailsValidation()
    {
        using var services = Build(new() { ["MicrosoftAppId"] = "app", ["MicrosoftAppType"] = "SingleTenant" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value);

        Assert.Contains("SingleTenant needs MicrosoftAppTenantId.", error.Failures);
    }

    [Fact]
    public void SectionSettings_AndDefaults_AreBound()
    {
        using var services = Build(new()
        {
            ["BotAuthentication:OpenIdMetadataUrl"] = "http://127.0.0.1:1/meta",
            ["BotConnector:AllowLoopbackHttp"] = "true",
            ["BotProtocol:MaxRequestBodyBytes"] = "1000",
        });

        Assert.Equal(new Uri("http://127.0.0.1:1/meta"), services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value.OpenIdMetadataUrl);
        Assert.True(services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value.IsAuthenticationDisabled);
        Assert.True(services.GetRequiredService<IOptions<ConnectorOptions>>().Value.AllowLoopbackHttp);
        Assert.Equal(1000, services.GetRequiredService<IOptions<BotProtocolOptions>>().Value.MaxRequestBodyBytes);
    }

    [Fact]
    public void EveryPortHasAnImplementation_AndStorageAdaptersRegisteredEarlierWin()
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection().AddLogging();
        var mine = new InMemoryConversationReferenceStore();
        services.AddSingleton<IConversationReferenceStore>(mine);
        services.AddSingleton<Microsoft.Extensions.Hosting.IHostApplicationLifetime, StubLifetime>();
        using var provider = services.AddBotProtocol(configuration).BuildServiceProvider();

        Assert.Same(mine, provider.GetRequiredService<IConversationReferenceStore>());
        Assert.IsType<InMemoryProcessedActivityStore>(provider.GetRequiredService<IProcessedActivityStore>());
        Assert.IsType<ConnectorClient>(provider.GetRequiredService<IConnectorClient>());
        Assert.IsType<ProactiveMessenger>(provider.GetRequiredService<IProactiveMessenger>());
        Assert.IsType<BotAuthenticator>(provider.GetRequiredService<IBotAuthenticator>());
        Assert.IsType<MsalBotTokenProvider>(provider.GetRequiredService<IBotTokenProvider>());
        Assert.NotNull(provider.GetRequiredService<BotMessageEndpoint>());
    }

    private sealed class StubLifetime : Microsoft.Extensions.Hosting.IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
