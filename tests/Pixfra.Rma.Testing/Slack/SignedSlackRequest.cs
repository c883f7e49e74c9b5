using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Pixfra.Rma.Testing.Slack;

/// <summary>
/// Requests as Slack sends them, signed as Slack documents it — computed here independently of the bot's verifier,
/// so a mistake there cannot hide in both.
/// </summary>
public static class SignedSlackRequest
{
    public static HttpRequestMessage Events(string path, string json, string signingSecret, DateTimeOffset at, int? retryNum = null) =>
        Signed(path, json, "application/json", signingSecret, at, retryNum);

    public static HttpRequestMessage Interactivity(string path, string payloadJson, string signingSecret, DateTimeOffset at) =>
        Signed(path, "payload=" + Uri.EscapeDataString(payloadJson), "application/x-www-form-urlencoded", signingSecret, at, null);

    public static string Signature(string signingSecret, string timestamp, string body)
    {
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"));
        return "v0=" + Convert.ToHexString(hash).ToLowerInvariant();
    }

    private static HttpRequestMessage Signed(string path, string body, string contentType, string signingSecret, DateTimeOffset at, int? retryNum)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", Signature(signingSecret, timestamp, body));
        if (retryNum is { } n)
        {
            request.Headers.Add("X-Slack-Retry-Num", n.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return request;
    }
}
