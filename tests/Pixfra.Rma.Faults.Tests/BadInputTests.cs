using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Pixfra.Rma.Faults.Tests.Driver;
using Pixfra.Rma.Faults.Tests.Hosting;
using Pixfra.Rma.Testing.Evidence;

namespace Pixfra.Rma.Faults.Tests;

/// <summary>
/// Issue 11: malformed and hostile activities each get a clear 4xx with a reason (or a reply the user can read), and
/// the host keeps serving. Hostile file contents are covered by tests/Pixfra.Rma.Evidence.Tests; here the files
/// arrive over HTTP.
/// </summary>
public sealed class BadInputTests : DevelopmentHostTests
{
    public static TheoryData<string> Corpus() => [.. BadActivities.Keys];

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task AMalformedActivity_IsRefusedWithA4xxAndAReason_AndTheHostKeepsServing(string name)
    {
        var (body, contentType, expected) = BadActivities[name];
        using var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await Http.PostAsync(Messages, content, Ct);
        var reason = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(expected, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(reason), "no reason given");
        Assert.DoesNotContain("   at ", reason, StringComparison.Ordinal);
        await RmaScript.StillServingAsync(Http, Messages, Ct);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("not a media type")]
    public async Task AValidActivityWithAWrongContentType_IsRefusedWith415(string contentType)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Valid()));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await Http.PostAsync(Messages, content, Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await RmaScript.StillServingAsync(Http, Messages, Ct);
    }

    public static TheoryData<string, string> HostileFiles() => new()
    {
        { "a PNG with a JPEG header", "label.png" },
        { "a decompression bomb of 20000×20000 pixels", "label.png" },
        { "a zero-byte file", "label.jpg" },
        { "an SVG with a script", "label.svg" },
        { "a JPEG whose header claims 60000×60000 pixels", "label.jpg" },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public async Task AHostileFile_IsRefusedWithItsNameAndAReason_AndThePhotoStepStaysWhereItWas(string sample, string fileName)
    {
        await using var files = await FileHost.StartAsync();
        var chat = await RmaScript.AtTheFirstPhotoAsync(Http, Messages, "a:bad-file-" + Guid.NewGuid().ToString("N"), Ct);

        var replies = await chat.PostAsync(FileMessages.Activity(chat, fileName, files.Add($"{Guid.NewGuid():N}-{fileName}", Samples.Named(sample))), Ct);

        var said = FileMessages.Said(replies);
        Assert.Contains(fileName, said, StringComparison.Ordinal);
        Assert.Contains("Now send: Label photo of unit 1", said, StringComparison.Ordinal);
        await RmaScript.StillServingAsync(Http, Messages, Ct);
    }

    [Fact]
    public async Task APdfRenamedToJpg_IsTakenForThePdfItIs_AndNeverOfferedAsAPhoto()
    {
        await using var files = await FileHost.StartAsync();
        var chat = await RmaScript.AtTheFirstPhotoAsync(Http, Messages, "a:bad-renamed-pdf", Ct);

        var said = FileMessages.Said(await chat.PostAsync(FileMessages.Activity(chat, "label.jpg", files.Add($"{Guid.NewGuid():N}-label.jpg", EvidenceSamples.InvoicePdf())), Ct));

        // Asked what it is, as the PDF it is: a photo place is never offered for it.
        Assert.Contains("label.jpg", said, StringComparison.Ordinal);
        Assert.Contains("PDF document", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Label photo", said, StringComparison.OrdinalIgnoreCase);
    }


    private static readonly Dictionary<string, (byte[] Body, string ContentType, HttpStatusCode Expected)> BadActivities = new()
    {
        ["truncated JSON"] = (Encoding.UTF8.GetBytes(Valid()[..60]), "application/json", HttpStatusCode.BadRequest),
        ["wrong types"] = (Encoding.UTF8.GetBytes(Valid().Replace("\"conversation\":{\"id\":\"a:bad\"}", "\"conversation\":42", StringComparison.Ordinal)), "application/json", HttpStatusCode.BadRequest),
        ["type is a number"] = (Encoding.UTF8.GetBytes(Valid().Replace("\"type\":\"message\"", "\"type\":7", StringComparison.Ordinal)), "application/json", HttpStatusCode.BadRequest),
        ["huge text"] = (Encoding.UTF8.GetBytes(Valid(new string('x', 4 * 1024 * 1024))), "application/json", HttpStatusCode.RequestEntityTooLarge),
        ["deeply nested JSON"] = (Encoding.UTF8.GetBytes(Valid()[..^1] + ",\"value\":" + new string('[', 10_000) + new string(']', 10_000) + "}"), "application/json", HttpStatusCode.BadRequest),
        ["invalid UTF-8"] = ([.. Encoding.UTF8.GetBytes(Valid()[..^2]), 0xC3, 0x28, 0xFF, (byte)'"', (byte)'}'], "application/json", HttpStatusCode.BadRequest),
        ["a form post"] = (Encoding.UTF8.GetBytes("type=message&text=hi"), "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType),
        ["empty body"] = ([], "application/json", HttpStatusCode.BadRequest),
    };

    private static string Valid(string text = "hello") => new JsonObject
    {
        ["type"] = "message",
        ["id"] = "bad-input",
        ["channelId"] = "msteams",
        ["serviceUrl"] = "http://127.0.0.1:9/teams/",
        ["conversation"] = new JsonObject { ["id"] = "a:bad" },
        ["from"] = new JsonObject { ["id"] = "29:user" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot" },
        ["deliveryMode"] = "expectReplies",
        ["text"] = text,
    }.ToJsonString();
}
