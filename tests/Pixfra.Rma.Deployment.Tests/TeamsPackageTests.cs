using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Pixfra.Rma.Testing;

namespace Pixfra.Rma.Deployment.Tests;

public sealed class TeamsPackageTests
{
    private const string BotAppId = "3f2a9c1e-7b4d-4e8a-9c61-2d5e8f0a1b3c";

    private static string ValidatorScript => Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "js", "validate-manifest.js");

    private static string ManifestPath => Path.Combine(DeploymentFiles.TeamsFolder, "manifest.json");

    [Fact]
    public async Task The_manifest_is_valid_against_the_bundled_schema_of_its_version()
    {
        var output = await NodeScript.RunAsync(Path.GetFullPath(ValidatorScript), [ManifestPath], TestContext.Current.CancellationToken);

        Assert.Contains("\"valid\":true", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_validator_refuses_a_manifest_the_schema_does_not_allow()
    {
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(ManifestPath, TestContext.Current.CancellationToken))!;
        manifest["bots"]![0]!["scopes"] = new JsonArray("personal", "everywhere");
        var path = Path.Combine(Path.GetTempPath(), $"manifest-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, manifest.ToJsonString(), TestContext.Current.CancellationToken);
        try
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(
                () => NodeScript.RunAsync(Path.GetFullPath(ValidatorScript), [path], TestContext.Current.CancellationToken));

            Assert.Contains("/bots/0/scopes/1", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task The_manifest_uses_the_newest_bundled_schema_version()
    {
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(ManifestPath, TestContext.Current.CancellationToken))!;
        var schemas = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(ValidatorScript))!, "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams");
        var newest = Directory.EnumerateDirectories(schemas)
            .Select(Path.GetFileName)
            .Where(name => name!.StartsWith('v') && Version.TryParse(name[1..], out _))
            .Select(name => Version.Parse(name![1..]))
            .Max();

        Assert.Equal(newest, Version.Parse((string)manifest["manifestVersion"]!));
    }

    [Fact]
    public async Task The_bot_works_in_personal_chats_teams_and_group_chats_and_takes_files()
    {
        var bot = JsonNode.Parse(await File.ReadAllTextAsync(ManifestPath, TestContext.Current.CancellationToken))!["bots"]![0]!;

        Assert.Equal(["groupChat", "personal", "team"], bot["scopes"]!.AsArray().Select(s => (string)s!).Order(StringComparer.Ordinal));
        Assert.True((bool?)bot["supportsFiles"]);
    }

    [Fact]
    public async Task The_command_list_matches_the_commands_the_help_card_lists()
    {
        var bot = JsonNode.Parse(await File.ReadAllTextAsync(ManifestPath, TestContext.Current.CancellationToken))!["bots"]![0]!;
        var titles = bot["commandLists"]!.AsArray()
            .SelectMany(list => list!["commands"]!.AsArray().Select(c => (string)c!["title"]!))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

        // "status RMA-…" → "status": the placeholder is the argument the user types after the command.
        var resx = XDocument.Load(RepositoryPaths.InRoot("bot", "Pixfra.Rma.Cards", "Text", "BotText.resx"));
        var helpCommands = resx.Root!.Elements("data")
            .Where(d => ((string)d.Attribute("name")!).StartsWith("Help_", StringComparison.Ordinal)
                && ((string)d.Attribute("name")!).EndsWith("_Command", StringComparison.Ordinal))
            .Select(d => string.Join(' ', ((string)d.Element("value")!).Split(' ').Where(word => !word.Contains('…', StringComparison.Ordinal))));
        var expected = helpCommands.Append("help").Order(StringComparer.Ordinal);

        Assert.Equal(expected, titles);
    }

    [Theory]
    [InlineData("color", 192)]
    [InlineData("outline", 32)]
    public async Task Each_icon_has_its_required_size_and_transparency_for_the_outline(string icon, int size)
    {
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(ManifestPath, TestContext.Current.CancellationToken))!;
        var png = await File.ReadAllBytesAsync(Path.Combine(DeploymentFiles.TeamsFolder, (string)manifest["icons"]![icon]!), TestContext.Current.CancellationToken);

        var header = PngHeader.Read(png);

        Assert.Equal((size, size), (header.Width, header.Height));
        if (icon == "outline")
        {
            Assert.True(header.HasAlpha, "The outline icon must be white on a transparent background.");
        }
    }

    [Fact]
    public async Task The_package_script_fills_in_the_ids_and_zips_the_manifest_with_both_icons()
    {
        var folder = Directory.CreateTempSubdirectory("teams-package-");
        try
        {
            var zip = Path.Combine(folder.FullName, "package.zip");
            await RunPackageScriptAsync([BotAppId, "", zip]);

            using var archive = ZipFile.OpenRead(zip);
            Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
            var manifestPath = Path.Combine(folder.FullName, "manifest.json");
            archive.GetEntry("manifest.json")!.ExtractToFile(manifestPath);
            var manifest = JsonNode.Parse(await File.ReadAllTextAsync(manifestPath, TestContext.Current.CancellationToken))!;
            Assert.Equal(BotAppId, (string?)manifest["id"]);
            Assert.Equal(BotAppId, (string?)manifest["bots"]![0]!["botId"]);
            await NodeScript.RunAsync(Path.GetFullPath(ValidatorScript), [manifestPath], TestContext.Current.CancellationToken);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_package_script_refuses_an_app_id_that_is_not_a_guid()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => RunPackageScriptAsync(["not-a-guid", "", Path.Combine(Path.GetTempPath(), "never.zip")]));

        Assert.Contains("must be a GUID", error.Message, StringComparison.Ordinal);
    }

    private static async Task RunPackageScriptAsync(string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(DeploymentFiles.TeamsFolder, "build-package.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"build-package.sh exited with {process.ExitCode}: {await stderr}{await stdout}");
        }
    }
}
