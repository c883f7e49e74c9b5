using System.Text;
using Pixfra.Rma.Slack.Verification;
using Pixfra.Rma.Testing.Slack;

namespace Pixfra.Rma.Slack.Tests;

public sealed class SlackSignatureTests
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&command=%2Fweather";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1531420618);

    public static TheoryData<string, string?, string?, string, int, bool> Cases => new()
    {
        // description, timestamp, signature, secret, seconds from the timestamp to now, valid
        { "signed now", "1531420618", SignedBy(Secret, "1531420618"), Secret, 0, true },
        { "signed 299 s ago", "1531420618", SignedBy(Secret, "1531420618"), Secret, 299, true },
        { "stale: signed 301 s ago", "1531420618", SignedBy(Secret, "1531420618"), Secret, 301, false },
        { "from the future: 301 s ahead", "1531420618", SignedBy(Secret, "1531420618"), Secret, -301, false },
        { "forged with another secret", "1531420618", SignedBy("another-secret", "1531420618"), Secret, 0, false },
        { "signature of another timestamp", "1531420618", SignedBy(Secret, "1531420619"), Secret, 0, false },
        { "signature in upper case hex", "1531420618", SignedBy(Secret, "1531420618").ToUpperInvariant(), Secret, 0, false },
        { "no signature", "1531420618", null, Secret, 0, false },
        { "no timestamp", null, SignedBy(Secret, "1531420618"), Secret, 0, false },
        { "timestamp not a number", "15314206x8", SignedBy(Secret, "15314206x8"), Secret, 0, false },
        { "no signing secret configured", "1531420618", SignedBy(string.Empty, "1531420618"), string.Empty, 0, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_Request_IsAccepted_OnlyWhenSignedWithTheSecret_WithinFiveMinutes(string description, string? timestamp, string? signature, string secret, int age, bool valid)
    {
        var result = SlackSignature.Verify(secret, timestamp, signature, Encoding.UTF8.GetBytes(Body), Now.AddSeconds(age), TimeSpan.FromMinutes(5));

        Assert.True(valid == result.IsValid, $"{description}: {result.Reason}");
    }

    [Fact]
    public void The_Signature_MatchesSlacksDocumentedExample()
    {
        // Slack's "Verifying requests from Slack" example: secret, timestamp and body give this signature.
        const string Example = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
        Assert.Equal(
            "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
            SlackSignature.Compute(Secret, "1531420618", Encoding.UTF8.GetBytes(Example)));
    }

    private static string SignedBy(string secret, string timestamp) => SignedSlackRequest.Signature(secret, timestamp, Body);
}
