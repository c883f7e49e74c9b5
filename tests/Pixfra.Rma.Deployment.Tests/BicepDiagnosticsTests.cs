using System.Text.Json.Nodes;
using Pixfra.Rma.Testing;

namespace Pixfra.Rma.Deployment.Tests;

/// <summary>
/// A wrong property name, enum value or API version is only a Bicep warning (exit code 0), so any diagnostic at
/// all fails: `bicep build` must print nothing to stderr and `bicep lint` must report an empty SARIF result list.
/// </summary>
public sealed class BicepDiagnosticsTests
{
    public static TheoryData<string> Files => DeploymentFiles.BicepFiles();

    [Fact]
    public void The_deployment_folder_holds_the_main_template_its_modules_and_an_example_parameter_file()
    {
        var files = DeploymentFiles.BicepFiles().Select(row => row.Data).ToList();

        Assert.Contains(Path.Combine("deployment", "bicep", "main.bicep"), files);
        Assert.Contains(Path.Combine("deployment", "bicep", "main.bicepparam"), files);
        Assert.Contains(files, f => f.StartsWith(Path.Combine("deployment", "bicep", "modules"), StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Each_file_builds_without_any_diagnostic(string file)
    {
        var path = RepositoryPaths.InRoot(file);
        var output = Path.Combine(Path.GetTempPath(), $"bicep-{Guid.NewGuid():N}.json");
        try
        {
            string[] arguments = path.EndsWith(".bicepparam", StringComparison.Ordinal)
                ? ["build-params", path, "--outfile", output]
                : ["build", path, "--outfile", output];
            var result = await BicepCli.RunAsync(arguments, TestContext.Current.CancellationToken);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.True(string.IsNullOrWhiteSpace(result.StandardError), result.ToString());
            Assert.True(File.Exists(output), result.ToString());
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Each_file_lints_with_an_empty_sarif_result_list(string file)
    {
        var result = await BicepCli.RunAsync(
            ["lint", RepositoryPaths.InRoot(file), "--diagnostics-format", "sarif"], TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, result.ToString());
        var sarif = JsonNode.Parse(result.StandardOutput)!;
        var runs = sarif["runs"]!.AsArray();
        Assert.NotEmpty(runs);
        var results = runs.SelectMany(run => run!["results"]?.AsArray() ?? []).ToList();
        Assert.True(results.Count == 0, string.Join('\n', results.Select(r => r!.ToJsonString())));
    }
}
