using Pixfra.Rma.Testing;

namespace Pixfra.Rma.Deployment.Tests;

internal static class DeploymentFiles
{
    public static string BicepFolder => RepositoryPaths.InRoot("deployment", "bicep");

    public static string TeamsFolder => RepositoryPaths.InRoot("deployment", "teams");

    public static string MainBicep => Path.Combine(BicepFolder, "main.bicep");

    /// <summary>Every .bicep and .bicepparam file under deployment/, relative to the repository root.</summary>
    public static TheoryData<string> BicepFiles()
    {
        var files = Directory.EnumerateFiles(RepositoryPaths.InRoot("deployment"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".bicep", StringComparison.Ordinal) || f.EndsWith(".bicepparam", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f))
            .Order(StringComparer.Ordinal);
        return [.. files];
    }
}
