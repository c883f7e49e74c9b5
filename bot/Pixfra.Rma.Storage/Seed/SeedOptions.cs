namespace Pixfra.Rma.Storage.Seed;

/// <summary>
/// <c>Storage:Seed</c>: directory entries inserted at start when missing. <see cref="Sample"/> loads the fictional
/// demo directory shipped with the bot; <see cref="Path"/> a JSON file of the same shape (relative to the content root).
/// </summary>
public sealed class SeedOptions
{
    public const string Section = "Storage:Seed";

    public bool Sample { get; set; }

    public string? Path { get; set; }
}
