using Pixfra.Rma.Storage.Tests.Servers;

// One Cosmos-compatible server and one Azurite for the whole test assembly: each takes seconds (Azurite up to tens
// of seconds on a loaded machine) to start, and tests isolate themselves with a fresh database or container.
[assembly: AssemblyFixture(typeof(CosmosServerFixture))]
[assembly: AssemblyFixture(typeof(AzuriteFixture))]
