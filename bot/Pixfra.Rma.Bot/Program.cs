using Pixfra.Rma.Bot.PolicyData;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddHealthChecks();
builder.Services.AddPolicyData(builder.Configuration);

var app = builder.Build();

app.MapHealthChecks("/healthz");

app.Run();

/// <summary>Entry point; partial so WebApplicationFactory can reach it from tests.</summary>
public partial class Program;
