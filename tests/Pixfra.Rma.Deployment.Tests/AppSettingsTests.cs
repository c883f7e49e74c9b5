using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Pixfra.Rma.Storage.Blobs;
using Pixfra.Rma.Storage.Cosmos;
using Pixfra.Rma.Storage.Hosting;

namespace Pixfra.Rma.Deployment.Tests;

/// <summary>The web app's settings in the compiled Bicep against what the host reads (App Service: "__" for ":").</summary>
public sealed partial class AppSettingsTests
{
    /// <summary>What the host needs in Azure beyond the [Required] options, and why.</summary>
    public static TheoryData<string> RequiredSettings => new(
        "MicrosoftAppId",                          // empty would switch authentication off
        "MicrosoftAppType",                        // SingleTenant or UserAssignedMSI
        "MicrosoftAppTenantId",                    // both types need the tenant
        "MicrosoftAppPassword",                    // a vault reference for SingleTenant, empty for UserAssignedMSI
        "AZURE_CLIENT_ID",                         // DefaultAzureCredential picks the user-assigned identity
        "Storage__Provider",                       // default Sqlite would write to the app's disk
        "Storage__Cosmos__CreateIfNotExists",      // the data-plane role cannot create containers
        "Blobs__Provider",                         // default FileSystem would write to the app's disk
        "Blobs__AzureBlob__ServiceUri",            // keyless blob access
        "Blobs__AzureBlob__ContainerName",
        "APPLICATIONINSIGHTS_CONNECTION_STRING",   // telemetry to Azure Monitor
        "DemoData__Enabled",                       // never seed the fictional directory in production
        "Files__PublicBaseUrl",                    // links to photos must use the public name, not the listener's
        "Files__SigningKey",                       // one key for every instance, from Key Vault
        "Slack__SigningSecret",                    // the Slack app, from Key Vault (refused requests until set)
        "Slack__BotToken");

    [Theory]
    [MemberData(nameof(RequiredSettings))]
    public async Task The_web_app_sets(string name)
    {
        var settings = await AppSettingsAsync();

        Assert.Contains(name, settings.Keys);
    }

    [Fact]
    public async Task The_web_app_sets_every_required_cosmos_option()
    {
        var settings = await AppSettingsAsync();
        var required = typeof(CosmosStorageOptions).GetProperties()
            .Where(p => p.GetCustomAttribute<RequiredAttribute>() is not null)
            .Select(p => SettingName(CosmosStorageOptions.Section, p.Name))
            .ToList();

        Assert.NotEmpty(required);
        Assert.All(required, name => Assert.Contains(name, settings.Keys));
    }

    [Fact]
    public async Task The_storage_providers_are_cosmos_and_azure_blob()
    {
        var settings = await AppSettingsAsync();

        Assert.Equal(StorageProvider.Cosmos, Enum.Parse<StorageProvider>(settings["Storage__Provider"]));
        Assert.Equal(BlobProvider.AzureBlob, Enum.Parse<BlobProvider>(settings["Blobs__Provider"]));
    }

    /// <summary>A mistyped option name would be ignored silently by configuration binding.</summary>
    [Theory]
    [InlineData("Storage__Cosmos__", typeof(CosmosStorageOptions))]
    [InlineData("Blobs__AzureBlob__", typeof(AzureBlobOptions))]
    public async Task Every_storage_setting_names_a_real_option(string prefix, Type options)
    {
        var settings = await AppSettingsAsync();
        var names = settings.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.NotNull(options.GetProperty(name[prefix.Length..])));
    }

    [Fact]
    public async Task Settings_that_could_hold_a_secret_are_key_vault_references()
    {
        var settings = await AppSettingsAsync();
        var sensitive = settings.Where(s => SecretLike().IsMatch(s.Key)).ToList();

        Assert.NotEmpty(sensitive);
        Assert.All(sensitive, s => Assert.Contains("@Microsoft.KeyVault(SecretUri=", s.Value, StringComparison.Ordinal));
        Assert.DoesNotContain("Storage__Cosmos__Key", settings.Keys);
        Assert.DoesNotContain("Blobs__AzureBlob__ConnectionString", settings.Keys);
    }

    private static async Task<Dictionary<string, string>> AppSettingsAsync()
    {
        var template = await CompiledTemplate.MainAsync();
        var appSettings = CompiledTemplate.Objects(template)
            .Select(o => o["appSettings"])
            .OfType<JsonArray>()
            .Single();
        return appSettings.ToDictionary(s => (string)s!["name"]!, s => (string)s!["value"]!, StringComparer.Ordinal);
    }

    private static string SettingName(string section, string property) => $"{section.Replace(":", "__", StringComparison.Ordinal)}__{property}";

    [GeneratedRegex("password|secret|token|key$|connection_?string", RegexOptions.IgnoreCase)]
    private static partial Regex SecretLike();
}
