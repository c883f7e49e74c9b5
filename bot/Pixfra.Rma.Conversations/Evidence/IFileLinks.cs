using NodaTime;

namespace Pixfra.Rma.Conversations.Evidence;

/// <summary>
/// Short-lived links to stored files. The flows hand one out only to someone allowed to see the case (staff, or the
/// distributor who owns it), at the moment they ask, so a link in an old card or a forwarded message soon dies.
/// </summary>
public interface IFileLinks
{
    /// <summary>A link that opens the blob until a short time after <paramref name="now"/>.</summary>
    Uri LinkFor(string blobName, string contentType, Instant now);
}
