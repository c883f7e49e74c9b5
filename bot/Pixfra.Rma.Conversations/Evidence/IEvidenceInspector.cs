namespace Pixfra.Rma.Conversations.Evidence;

/// <summary>
/// Checks a photo or document by its content before it is accepted (clauses P10, P13): the type comes from the bytes
/// and a real decode, never from the file name or the declared type.
/// </summary>
public interface IEvidenceInspector
{
    /// <summary>
    /// Reads the content once, stopping as soon as it passes the size limit, and either accepts it (with the bytes to
    /// store) or refuses it with a reason the user can act on. Never throws for bad content.
    /// </summary>
    Task<FileInspection> InspectAsync(Stream content, CancellationToken cancellationToken);
}
