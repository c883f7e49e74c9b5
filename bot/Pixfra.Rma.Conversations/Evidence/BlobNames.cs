namespace Pixfra.Rma.Conversations.Evidence;

/// <summary>Blob names are lowercase SHA-256 hex strings; anything else is refused before it reaches a path or URL.</summary>
public static class BlobNames
{
    public static bool IsValid(string? name) =>
        name is { Length: 64 } && name.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    public static void ThrowIfInvalid(string name)
    {
        if (!IsValid(name))
        {
            throw new ArgumentException("A blob name is the 64-character lowercase hex SHA-256 of its content.", nameof(name));
        }
    }
}
