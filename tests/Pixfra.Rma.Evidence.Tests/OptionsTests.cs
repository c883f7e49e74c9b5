using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pixfra.Rma.Conversations.Evidence;
using Pixfra.Rma.Evidence.Hosting;
using Pixfra.Rma.Testing.Evidence;

namespace Pixfra.Rma.Evidence.Tests;

/// <summary>Section <c>Evidence</c>: defaults need no setting, values bind, a bad value stops the host naming its key.</summary>
public sealed class OptionsTests
{
    [Fact]
    public void The_defaults_are_the_documented_limits()
    {
        var options = new EvidenceInspectionOptions();

        Assert.Equal((20L * 1024 * 1024, 50_000_000L, 480, 60.0, 50), (options.MaxBytes, options.MaxPixels, options.MinShortSide, options.MinSharpness, options.MaxPdfPages));
    }

    [Fact]
    public void With_no_evidence_section_the_host_starts_with_the_defaults()
    {
        using var services = Build([]);

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.IsType<EvidenceInspector>(services.GetRequiredService<IEvidenceInspector>());
        Assert.Equal(20L * 1024 * 1024, services.GetRequiredService<IOptions<EvidenceInspectionOptions>>().Value.MaxBytes);
    }

    [Fact]
    public async Task Settings_from_the_evidence_section_are_the_ones_the_inspector_applies()
    {
        using var services = Build(new()
        {
            ["Evidence:MaxBytes"] = "5000000",
            ["Evidence:MaxPixels"] = "1000000",
            ["Evidence:MinShortSide"] = "300",
            ["Evidence:MinSharpness"] = "12.5",
            ["Evidence:MaxPdfPages"] = "2",
        });
        services.GetRequiredService<IStartupValidator>().Validate();
        var inspector = services.GetRequiredService<IEvidenceInspector>();

        var pdf = await inspector.InspectAsync(new MemoryStream(PdfFiles.Invoice(pages: 3)), TestContext.Current.CancellationToken);
        var photo = await inspector.InspectAsync(new MemoryStream(Samples.Photo(Scene.Label, 1600, 1200)), TestContext.Current.CancellationToken);

        Assert.Equal(new FileRefusal(FileRefusalReason.PdfPages, 2, 3), pdf.Refusal);
        Assert.Equal(new FileRefusal(FileRefusalReason.TooManyPixels, 1_000_000, 1_920_000), photo.Refusal);
        var options = services.GetRequiredService<IOptions<EvidenceInspectionOptions>>().Value;
        Assert.Equal((5_000_000L, 300, 12.5), (options.MaxBytes, options.MinShortSide, options.MinSharpness));
    }

    [Theory]
    [InlineData("MaxBytes", "0")]
    [InlineData("MaxBytes", "-5")]
    [InlineData("MaxBytes", "300000000")]
    [InlineData("MaxPixels", "0")]
    [InlineData("MaxPixels", "1000000000")]
    [InlineData("MinShortSide", "0")]
    [InlineData("MinShortSide", "20000")]
    [InlineData("MinSharpness", "-1")]
    [InlineData("MinSharpness", "NaN")]
    [InlineData("MinSharpness", "Infinity")]
    [InlineData("MaxPdfPages", "0")]
    [InlineData("MaxPdfPages", "100000")]
    public void A_value_out_of_range_stops_the_host_naming_the_key(string key, string value)
    {
        using var services = Build(new() { [$"Evidence:{key}"] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains($"Evidence:{key}", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_minimum_short_side_no_image_under_the_pixel_limit_could_reach_is_refused()
    {
        using var services = Build(new() { ["Evidence:MinShortSide"] = "2000", ["Evidence:MaxPixels"] = "3000000" });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Evidence:MinShortSide", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Evidence:MaxPixels", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_value_is_reported_at_once()
    {
        var result = new EvidenceInspectionOptionsValidator().Validate(null, new EvidenceInspectionOptions { MaxBytes = 0, MaxPdfPages = 0 });

        Assert.True(result.Failed);
        Assert.Equal(2, result.Failures!.Count());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddEvidenceInspection(configuration).BuildServiceProvider();
    }
}
