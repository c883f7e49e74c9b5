using Pixfra.Rma.Conversations.Evidence;

namespace Pixfra.Rma.Evidence.Images;

/// <summary>
/// The outcome of the image checks: the displayed size and sharpness, or a refusal; <see cref="Detail"/> says for
/// the log why a file counted as damaged (never shown to the user).
/// </summary>
internal sealed record ImageCheck(FileRefusal? Refusal, int Width, int Height, double Sharpness, string? Detail)
{
    public static ImageCheck Passed(int width, int height, double sharpness) => new(null, width, height, sharpness, null);

    public static ImageCheck Refused(FileRefusal refusal) => new(refusal, 0, 0, 0, null);

    public static ImageCheck Damaged(string detail) => new(new FileRefusal(FileRefusalReason.Damaged), 0, 0, 0, detail);
}
