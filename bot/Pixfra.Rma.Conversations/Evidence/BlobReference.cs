namespace Pixfra.Rma.Conversations.Evidence;

/// <summary>
/// Where a stored photo or document is: <see cref="Name"/> is generated from the content (its SHA-256 in hex), never
/// from the user's file name, so the same file uploaded twice is stored once. Cases hold these, never bytes.
/// </summary>
public sealed record BlobReference(string Name, string ContentType, long Length, string Sha256);
