using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Pixfra.Rma.Deployment.Tests;

/// <summary>main.bicep compiled to ARM JSON once per test run: what Azure actually receives.</summary>
internal static partial class CompiledTemplate
{
    private static readonly Lazy<Task<JsonNode>> Main = new(CompileMainAsync);

    public static Task<JsonNode> MainAsync() => Main.Value;

    /// <summary>Every object in the template (nested module templates included), depth first.</summary>
    public static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var child in obj.SelectMany(p => Objects(p.Value)))
                {
                    yield return child;
                }

                break;
            case JsonArray array:
                foreach (var child in array.SelectMany(Objects))
                {
                    yield return child;
                }

                break;
        }
    }

    /// <summary>A module template's variable, following <c>[variables('x')]</c> (how loadJsonContent is compiled).</summary>
    public static JsonNode Variable(JsonNode template, string name)
    {
        var variables = Objects(template)
            .Select(o => o["variables"] as JsonObject)
            .Single(v => v is not null && v.ContainsKey(name))!;
        var value = variables[name]!;
        while (value is JsonValue v && v.TryGetValue<string>(out var text) && VariableReference().Match(text) is { Success: true } match)
        {
            value = variables[match.Groups[1].Value]!;
        }

        return value;
    }

    private static async Task<JsonNode> CompileMainAsync()
    {
        var result = await BicepCli.RunAsync(["build", DeploymentFiles.MainBicep, "--stdout"], CancellationToken.None);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"bicep build main.bicep failed: {result}");
        }

        return JsonNode.Parse(result.StandardOutput)!;
    }

    [GeneratedRegex(@"^\[variables\('([^']+)'\)\]$")]
    private static partial Regex VariableReference();
}
