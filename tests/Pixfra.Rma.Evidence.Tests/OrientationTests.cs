using Pixfra.Rma.Testing.Evidence;

namespace Pixfra.Rma.Evidence.Tests;

/// <summary>Width and height are reported as the photo is shown, after its EXIF orientation.</summary>
public sealed class OrientationTests
{
    [Theory]
    [InlineData((ushort)1, 800, 600)]
    [InlineData((ushort)3, 800, 600)]
    [InlineData((ushort)6, 600, 800)]
    [InlineData((ushort)8, 600, 800)]
    public async Task A_phone_photo_reports_its_displayed_size_after_the_exif_orientation(ushort orientation, int width, int height)
    {
        var photo = JpegExif.WithOrientation(Samples.Photo(Scene.Label, 800, 600), orientation);

        var accepted = (await Inspection.InspectAsync(photo)).Accepted();

        Assert.Equal((width, height), (accepted.Width, accepted.Height));
        Assert.Equal(photo, accepted.Content.ToArray());
    }

    [Fact]
    public async Task A_portrait_photo_held_sideways_is_checked_on_its_short_side_either_way()
    {
        var photo = JpegExif.WithOrientation(Samples.Photo(Scene.Label, 640, 479), 6);

        var refusal = (await Inspection.InspectAsync(photo)).Refused();

        Assert.Equal((479L, 480L), (refusal.Actual, refusal.Limit));
    }
}
