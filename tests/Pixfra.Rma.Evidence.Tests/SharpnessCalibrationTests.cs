using Pixfra.Rma.Conversations.Evidence;
using Pixfra.Rma.Testing.Evidence;

namespace Pixfra.Rma.Evidence.Tests;

/// <summary>
/// The blur threshold against the generated corpus. "Sharp" is each scene as drawn (blur 0) and slightly soft
/// (Gaussian σ 0.8 px at 1600 wide, a readable but not crisp phone photo); "blurred" is σ 6, 8 and 10 px at 1600 wide,
/// scaled with the size, where the label's serial number can no longer be read. JPEG quality 90.
///
/// Measured on 2026-12-02 (variance of the Laplacian at a short side of 480 px; SkiaSharp 4.155.0):
///
///   scene       blur   640×480  1600×1200  4000×3000
///   Label       0       3974.4     3310.7     3367.9
///   Label       0.8     3974.4     1421.6     1935.6   (σ 0.32 px at 640 wide: Skia's blur leaves it unchanged)
///   Label       3        179.9      112.6      152.0   (in between, not in either group)
///   Label       4.5       81.8       44.6       42.9   (in between, not in either group)
///   Label       6         12.3       15.7       13.7
///   Label       8          5.2        4.3        3.8
///   Label       10         2.4        1.6        1.6
///   Appearance  0        940.8      775.2      835.8
///   Appearance  0.8      940.8      259.6      403.9
///   Appearance  3         19.7       10.0       14.6
///   Appearance  6          2.0        1.5        1.3
///   Appearance  10         0.9        0.4        0.4
///   Document    0       7813.4     6203.9     6592.0
///   Document    0.8     7813.4     2392.1     3543.4
///   Document    3        154.8       88.9      136.2
///   Document    6          6.7        7.9        6.7
///   Document    10         1.9        1.0        1.0
///
/// Sharp group minimum 259.6, blurred group maximum 15.7. The threshold 60 sits near their geometric mean (63.8):
/// 4.3× under the softest sharp photo and 3.8× over the sharpest blurred one.
/// </summary>
public sealed class SharpnessCalibrationTests
{
    public const double SharpGroupMinimum = 259.6;
    public const double BlurredGroupMaximum = 15.7;

    public static TheoryData<Scene, int, int, float> Sharp => Cases(0f, 0.8f);

    public static TheoryData<Scene, int, int, float> Blurred => Cases(6f, 8f, 10f);

    [Theory]
    [MemberData(nameof(Sharp))]
    public async Task A_sharp_photo_passes_at_every_size(Scene scene, int width, int height, float blurAt1600)
    {
        var accepted = (await Inspection.InspectAsync(Samples.Photo(scene, width, height, blurAt1600))).Accepted();

        Assert.InRange(accepted.Sharpness!.Value, SharpGroupMinimum * 0.9, double.MaxValue);
    }

    [Theory]
    [MemberData(nameof(Blurred))]
    public async Task A_blurred_photo_is_refused_at_every_size(Scene scene, int width, int height, float blurAt1600)
    {
        var refusal = (await Inspection.InspectAsync(Samples.Photo(scene, width, height, blurAt1600))).Refused();

        Assert.Equal(FileRefusalReason.Blurred, refusal.Reason);
        Assert.InRange(refusal.Actual!.Value, 0, (long)(BlurredGroupMaximum * 1.1));
    }

    [Theory]
    [InlineData(Scene.Label)]
    [InlineData(Scene.Appearance)]
    [InlineData(Scene.Document)]
    public async Task The_same_scene_measures_alike_at_every_resolution(Scene scene)
    {
        var options = new EvidenceInspectionOptions { MinSharpness = 0 };
        var measured = new List<double>();
        foreach (var (width, height) in Sizes)
        {
            measured.Add((await Inspection.InspectAsync(Samples.Photo(scene, width, height), options)).Accepted().Sharpness!.Value);
        }

        // Without the normalised scale the 12 MP photo would measure several times lower than the VGA one.
        Assert.InRange(measured.Max() / measured.Min(), 1, 1.5);
    }

    [Fact]
    public void The_default_threshold_keeps_a_threefold_margin_on_both_sides_of_the_corpus()
    {
        var threshold = new EvidenceInspectionOptions().MinSharpness;

        Assert.InRange(threshold, BlurredGroupMaximum * 3, SharpGroupMinimum / 3);
    }

    private static readonly (int Width, int Height)[] Sizes = [(640, 480), (1600, 1200), (4000, 3000)];

    private static TheoryData<Scene, int, int, float> Cases(params float[] blurs)
    {
        var cases = new TheoryData<Scene, int, int, float>();
        foreach (var scene in Enum.GetValues<Scene>())
        {
            foreach (var (width, height) in Sizes)
            {
                foreach (var blur in blurs)
                {
                    cases.Add(scene, width, height, blur);
                }
            }
        }

        return cases;
    }
}
