namespace Pixfra.Rma.Testing;

/// <summary>Where the repository and the shared design folder (<c>../shared</c>) are, seen from a test run.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The repository root: the folder holding <c>Pixfra.Rma.Bot.sln</c>.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The shared design and reference folder beside the clone (<c>../shared</c>).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string InRoot(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string InShared(params string[] parts) => Path.Combine([Shared, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pixfra.Rma.Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Pixfra.Rma.Bot.sln above {AppContext.BaseDirectory}.");
    }
}
