namespace Pixfra.Rma.Evidence.Content;

/// <summary>
/// What <see cref="BoundedReader"/> read: either the whole content, or the news that it is over the limit, with
/// <see cref="LengthAtLeast"/> = the stream's length when it tells one, else the bytes read before stopping (the limit + 1).
/// </summary>
internal sealed record BoundedContent(ReadOnlyMemory<byte> Bytes, bool OverLimit, long LengthAtLeast);
