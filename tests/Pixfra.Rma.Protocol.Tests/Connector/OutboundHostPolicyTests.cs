using Pixfra.Rma.Protocol.Connector;

namespace Pixfra.Rma.Protocol.Tests.Connector;

public sealed class OutboundHostPolicyTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/apac/", false, true)]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/teams", false, true)]
    [InlineData("https://slack.botframework.com/", false, true)]
    [InlineData("https://botframework.com/", false, true)]
    [InlineData("https://contoso-my.sharepoint.com/x", false, true)]
    [InlineData("https://evil.example/", false, false)]
    [InlineData("https://smba.trafficmanager.net.evil.example/", false, false)]
    [InlineData("https://notbotframework.com/", false, false)]
    [InlineData("http://smba.trafficmanager.net/apac/", true, false)]
    [InlineData("http://127.0.0.1:56150/_connector", false, false)]
    [InlineData("http://127.0.0.1:56150/_connector", true, true)]
    [InlineData("http://localhost:56150/_connector", true, true)]
    [InlineData("http://[::1]:56150/_connector", true, true)]
    [InlineData("http://10.0.0.5/_connector", true, false)]
    [InlineData("ftp://smba.trafficmanager.net/", true, false)]
    public void MayCarryBotToken_OnlyHttpsToAllowListedHosts_OrLoopbackWhenAllowed(string url, bool allowLoopbackHttp, bool expected) =>
        Assert.Equal(expected, OutboundHostPolicy.MayCarryBotToken(new Uri(url), new ConnectorOptions { AllowLoopbackHttp = allowLoopbackHttp }));
}
