using Pixfra.Rma.Bot.Hosting;
using Pixfra.Rma.Bot.Telemetry;

var builder = WebApplication.CreateBuilder(args);

builder.Logging.AddBotLogging(builder.Environment);
builder.Services.AddAuthenticationModeWarning();
builder.Services.AddBotTelemetry(builder.Configuration);
builder.Services.AddHealthChecks();

var app = builder.Build();

app.MapHealthChecks("/healthz");

app.Run();

/// <summary>Entry point; partial so WebApplicationFactory can reach it from tests.</summary>
public partial class Program;
