namespace Pixfra.Rma.Conversations.Flow;

/// <summary>
/// A file the user sent with a message. Nothing is fetched until a step wants it: <see cref="OpenAsync"/> downloads
/// it (from an allowed host, with a size limit and a timeout) and throws
/// <see cref="Evidence.FileUnavailableException"/> when it cannot.
/// </summary>
/// <param name="Name">The name the sender gave it: shown to people, never used to decide its type or where it is stored.</param>
public sealed record IncomingFile(string? Name, Func<CancellationToken, Task<Stream>> OpenAsync);
