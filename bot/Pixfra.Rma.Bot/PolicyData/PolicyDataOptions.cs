namespace Pixfra.Rma.Bot.PolicyData;

/// <summary>Where the policy's operator data lives; relative paths are relative to the app's folder.</summary>
public sealed class PolicyDataOptions
{
    public string HolidaysPath { get; set; } = Path.Combine("data", "holidays-cn");

    public string CatalogPath { get; set; } = Path.Combine("data", "catalog.sample.json");

    public string Resolve(string path) => Path.GetFullPath(path, AppContext.BaseDirectory);
}
