namespace Pixfra.Rma.Evidence.Images;

/// <summary>A grayscale image, luminance 0–255, row by row.</summary>
internal sealed record GrayImage(int Width, int Height, float[] Pixels);
