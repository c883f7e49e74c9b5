using Microsoft.Extensions.Options;

namespace Pixfra.Rma.Evidence.Hosting;

/// <summary>Names the setting and its allowed range, so a bad value stops the host with a message an operator can act on.</summary>
public sealed class EvidenceInspectionOptionsValidator : IValidateOptions<EvidenceInspectionOptions>
{
    /// <summary>The file is held in memory while it is checked (and in a byte array, so under 2 GiB in any case).</summary>
    public const long MaxBytesCeiling = 256L * 1024 * 1024;

    /// <summary>A full-resolution PNG decode takes 4 bytes per pixel; 200 MP would be 800 MB for one file.</summary>
    public const long MaxPixelsCeiling = 200_000_000;

    public const int MinShortSideCeiling = 10_000;

    public const int MaxPdfPagesCeiling = 10_000;

    private const string Prefix = EvidenceInspectionOptions.Section + ":";

    public ValidateOptionsResult Validate(string? name, EvidenceInspectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.MaxBytes is < 1 or > MaxBytesCeiling)
        {
            failures.Add($"{Prefix}{nameof(options.MaxBytes)} must be 1–{MaxBytesCeiling} bytes (the file is held in memory while it is checked); it is {options.MaxBytes}.");
        }

        if (options.MaxPixels is < 1 or > MaxPixelsCeiling)
        {
            failures.Add($"{Prefix}{nameof(options.MaxPixels)} must be 1–{MaxPixelsCeiling} (a decode takes 4 bytes per pixel); it is {options.MaxPixels}.");
        }

        if (options.MinShortSide is < 1 or > MinShortSideCeiling)
        {
            failures.Add($"{Prefix}{nameof(options.MinShortSide)} must be 1–{MinShortSideCeiling} pixels; it is {options.MinShortSide}.");
        }
        else if ((long)options.MinShortSide * options.MinShortSide > options.MaxPixels)
        {
            failures.Add($"{Prefix}{nameof(options.MinShortSide)} squared ({(long)options.MinShortSide * options.MinShortSide}) is above {Prefix}{nameof(options.MaxPixels)} ({options.MaxPixels}): no image could pass both.");
        }

        if (!double.IsFinite(options.MinSharpness) || options.MinSharpness < 0)
        {
            failures.Add($"{Prefix}{nameof(options.MinSharpness)} must be a finite number ≥ 0 (0 turns the blur check off); it is {options.MinSharpness}.");
        }

        if (options.MaxPdfPages is < 1 or > MaxPdfPagesCeiling)
        {
            failures.Add($"{Prefix}{nameof(options.MaxPdfPages)} must be 1–{MaxPdfPagesCeiling}; it is {options.MaxPdfPages}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
