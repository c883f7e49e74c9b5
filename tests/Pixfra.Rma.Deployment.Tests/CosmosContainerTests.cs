using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Azure.Cosmos;
using Pixfra.Rma.Storage.Cosmos;

namespace Pixfra.Rma.Deployment.Tests;

/// <summary>
/// The app runs with Storage:Cosmos:CreateIfNotExists = false in Azure, so the containers the Bicep creates must be
/// exactly the ones the storage adapter would create: names, partition keys, TTL and composite indexes.
/// </summary>
public sealed class CosmosContainerTests
{
    [Fact]
    public async Task The_Bicep_creates_the_containers_the_storage_adapter_expects()
    {
        var template = await CompiledTemplate.MainAsync();

        var deployed = CompiledTemplate.Variable(template, "cosmosContainers").AsArray()
            .Select(c => Describe(c!))
            .Order(StringComparer.Ordinal);
        var expected = CosmosContainers.All().Select(Describe).Order(StringComparer.Ordinal);

        Assert.Equal(expected, deployed);
    }

    [Fact]
    public async Task The_cosmos_account_takes_no_keys_and_the_web_app_identity_gets_the_data_contributor_role()
    {
        var template = await CompiledTemplate.MainAsync();
        var objects = CompiledTemplate.Objects(template).ToList();

        var account = objects.Single(o => (string?)o["type"] == "Microsoft.DocumentDB/databaseAccounts");
        Assert.True((bool?)account["properties"]!["disableLocalAuth"]);
        var roleAssignment = objects.Single(o => (string?)o["type"] == "Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments");
        Assert.Contains("variables('dataContributorRoleId')", (string?)roleAssignment["properties"]!["roleDefinitionId"], StringComparison.Ordinal);
        // Built-in "Cosmos DB Built-in Data Contributor".
        Assert.Equal("00000000-0000-0000-0000-000000000002", (string?)CompiledTemplate.Variable(template, "dataContributorRoleId"));
    }

    private static string Describe(ContainerProperties container) =>
        Format(
            container.Id,
            container.PartitionKeyPath,
            container.DefaultTimeToLive,
            container.IndexingPolicy.CompositeIndexes.Select(index => index.Select(p => (p.Path, p.Order.ToString().ToUpperInvariant()))));

    private static string Describe(JsonNode container) =>
        Format(
            (string)container["name"]!,
            (string)container["partitionKeyPath"]!,
            (int?)container["defaultTtl"],
            (container["compositeIndexes"]?.AsArray() ?? []).Select(index =>
                index!.AsArray().Select(p => ((string)p!["path"]!, ((string)p["order"]!).ToUpperInvariant()))));

    private static string Format(string name, string partitionKey, int? ttl, IEnumerable<IEnumerable<(string Path, string Order)>> composites) =>
        string.Create(CultureInfo.InvariantCulture, $"{name} pk={partitionKey} ttl={ttl?.ToString(CultureInfo.InvariantCulture) ?? "none"} composites=[")
        + string.Join("; ", composites.Select(index => string.Join(", ", index.Select(p => $"{p.Path} {p.Order}"))))
        + "]";
}
