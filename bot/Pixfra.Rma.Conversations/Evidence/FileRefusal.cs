namespace Pixfra.Rma.Conversations.Evidence;

/// <summary>Why a file was not accepted; each reason has its own message telling the user what to send instead.</summary>
public enum FileRefusalReason
{
    /// <summary>Zero bytes.</summary>
    Empty,

    /// <summary>More bytes than allowed (<see cref="FileRefusal.Limit"/> bytes); reading stopped at the limit.</summary>
    TooLarge,

    /// <summary>Neither JPEG, PNG nor PDF by its content (whatever its name says).</summary>
    UnsupportedType,

    /// <summary>A vector image (SVG): it can carry script and shows nothing of a real unit.</summary>
    Svg,

    /// <summary>HEIC/HEIF (iPhone default): no decoder here; the user is asked for JPEG or PNG.</summary>
    Heic,

    /// <summary>Looks like a JPEG, PNG or PDF but does not decode (truncated, wrong header, corrupt).</summary>
    Damaged,

    /// <summary>More pixels than allowed (<see cref="FileRefusal.Limit"/>): refused from the header, before decoding.</summary>
    TooManyPixels,

    /// <summary>Smaller than the minimum resolution (<see cref="FileRefusal.Limit"/> pixels on the short side).</summary>
    TooSmall,

    /// <summary>Too blurred to read (<see cref="FileRefusal.Actual"/> sharpness under <see cref="FileRefusal.Limit"/>).</summary>
    Blurred,

    /// <summary>A PDF that needs a password.</summary>
    PdfEncrypted,

    /// <summary>A PDF with no pages, or more pages than allowed.</summary>
    PdfPages,
}

/// <summary>A refusal with the figures its message quotes (the limit, and what the file had).</summary>
public sealed record FileRefusal(FileRefusalReason Reason, long? Limit = null, long? Actual = null);
