using Pixfra.Rma.Bot.DemoData;
using Pixfra.Rma.Bot.Files;
using Pixfra.Rma.Bot.Hosting;
using Pixfra.Rma.Bot.PolicyData;
using Pixfra.Rma.Bot.Reminders;
using Pixfra.Rma.Bot.Rma;
using Pixfra.Rma.Bot.Slack;
using Pixfra.Rma.Bot.Telemetry;
using Pixfra.Rma.Evidence.Hosting;
using Pixfra.Rma.Protocol.Hosting;
using Pixfra.Rma.Slack.Hosting;
using Pixfra.Rma.Storage.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.Logging.AddBotLogging(builder.Environment);
builder.Services.AddRmaBot(builder.Configuration, builder.Environment);
builder.Services.AddBotTelemetry(builder.Configuration);
builder.Services.AddHealthChecks();
builder.Services.AddPolicyData(builder.Configuration);
builder.Services.AddRmaStorage(builder.Configuration);
builder.Services.AddRmaConversation(builder.Configuration);
builder.Services.AddEvidenceInspection(builder.Configuration);
builder.Services.AddFileLinks(builder.Configuration);
builder.Services.AddDemoData();
builder.Services.AddReminders(builder.Configuration);
builder.Services.AddSlackRma(builder.Configuration);

var app = builder.Build();

app.MapHealthChecks("/healthz");
app.MapBotMessages("/api/messages");
app.MapEvidenceFiles("/files");
app.MapSlackApp("/api/slack");

app.Run();

/// <summary>Entry point; partial so WebApplicationFactory can reach it from tests.</summary>
public partial class Program;
