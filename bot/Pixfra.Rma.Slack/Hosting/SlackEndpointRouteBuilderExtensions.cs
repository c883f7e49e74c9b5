using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Pixfra.Rma.Slack.Hosting;

public static class SlackEndpointRouteBuilderExtensions
{
    /// <summary><c>POST {prefix}/events</c> (Events API) and <c>POST {prefix}/interactivity</c>; the Slack app manifest points at both.</summary>
    public static IEndpointRouteBuilder MapSlackApp(this IEndpointRouteBuilder endpoints, string prefix = "/api/slack")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost(prefix + "/events", (HttpContext context, SlackRequestEndpoint endpoint) => endpoint.HandleEventsAsync(context));
        endpoints.MapPost(prefix + "/interactivity", (HttpContext context, SlackRequestEndpoint endpoint) => endpoint.HandleInteractivityAsync(context));
        return endpoints;
    }
}
