using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Pixfra.Rma.Bot.Telemetry;
using Activity = System.Diagnostics.Activity;

namespace Pixfra.Rma.Bot.Tests;

/// <summary>The host's OpenTelemetry pipeline sees each turn: the bot's span and turn-duration histogram, next to the request's.</summary>
public sealed class HostTelemetryTests
{
    private static string RefreshClick() => new JsonObject
    {
        ["type"] = "invoke",
        ["name"] = "adaptiveCard/action",
        ["id"] = Guid.NewGuid().ToString(),
        ["channelId"] = "msteams",
        ["serviceUrl"] = "http://127.0.0.1:9/_connector",
        ["conversation"] = new JsonObject { ["id"] = "a:telemetry-chat", ["conversationType"] = "personal" },
        ["from"] = new JsonObject { ["id"] = "29:user" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot" },
        ["locale"] = "en-US",
        ["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "rma.refresh", ["data"] = new JsonObject { ["rma"] = "RMA-0000-0000" } },
            ["trigger"] = "manual",
        },
    }.ToJsonString();

    private static IEnumerable<MetricPoint> Points(Metric metric)
    {
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            yield return point;
        }
    }

    private static string? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
            {
                return tag.Value as string;
            }
        }

        return null;
    }

    [Fact]
    public async Task Invoke_ThroughTheHost_IsAnsweredInTheBodyAndTracedAndMeasured()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        await using (var host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseSetting("MicrosoftAppId", "")
            .ConfigureTestServices(services => services
                .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans))
                .ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics)))))
        {
            using var client = host.CreateClient();
            using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(RefreshClick(), Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

            // An unknown user refreshing a card of an RMA they cannot see: answered in the body, not with a card.
            Assert.Equal("application/vnd.microsoft.error", body["type"]?.GetValue<string>());
            Assert.Equal(404, body["statusCode"]?.GetValue<int>());
            host.Services.GetRequiredService<MeterProvider>().ForceFlush();
        }

        var turn = Assert.Single(spans, s => s.Source.Name == BotTelemetry.Name && Equals(s.GetTagItem("bot.conversation.id"), "a:telemetry-chat"));
        Assert.Equal("turn invoke", turn.DisplayName);
        Assert.Equal("a:telemetry-chat", turn.GetTagItem("bot.conversation.id"));
        Assert.Contains(spans, s => s.Source.Name == "Microsoft.AspNetCore");
        Assert.Contains(metrics.Where(m => m.Name == BotTelemetry.TurnDurationInstrument).SelectMany(Points), point => Tag(point, "bot.activity.type") == "invoke");
    }
}
