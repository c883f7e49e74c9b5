using NodaTime;

namespace Pixfra.Rma.Conversations.Evidence;

/// <summary>A file that passed inspection and is stored, waiting for the user to say what it is.</summary>
/// <param name="Id">Its number in this batch, as the assignment card names it.</param>
public sealed record PendingFile(int Id, string BlobName, string ContentType, long SizeBytes, string Sha256, string? FileName, bool IsImage, Instant ReceivedAt);
