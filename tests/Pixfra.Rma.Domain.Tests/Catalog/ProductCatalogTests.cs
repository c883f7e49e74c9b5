using Pixfra.Rma.Domain.Catalog;
using Pixfra.Rma.Testing;

namespace Pixfra.Rma.Domain.Tests.Catalog;

public sealed class ProductCatalogTests
{
    private static readonly ProductCatalog Catalog = ShippedData.SampleCatalog;

    [Fact]
    public void P5_WarrantyTerms_AreData_ThreeYearsComponentsOneYearBattery()
    {
        var model = Catalog.FindModel("sample-tc384")!;
        var terms = Catalog.CategoryOf(model).Terms;

        Assert.Equal(3, terms.ComponentYears);
        Assert.Equal(1, terms.BatteryYears);
        Assert.NotEmpty(terms.WearingParts);
    }

    [Fact]
    public void SampleCatalog_IsLabelledAsSample()
    {
        Assert.True(Catalog.IsSample);
        Assert.Contains("SAMPLE", Catalog.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void P13_NumbersThatDoNotFitTheModel_AreFlagged()
    {
        var model = Catalog.FindModel("SAMPLE-TC384")!;

        Assert.Empty(model.Check(SerialNumber.Parse("PX384A1B2C3D"), PartNumber.Parse("1.0.01.384-A1")));
        Assert.Equal(
            [CatalogMismatch.SerialNumberNotOfModel, CatalogMismatch.PartNumberNotOfModel],
            model.Check(SerialNumber.Parse("PX640A1B2C3D"), PartNumber.Parse("1.0.01.640-A1")));
    }

    [Fact]
    public void P13_PartNumber_FindsItsModel()
    {
        Assert.Equal(["SAMPLE-TC640"], Catalog.ModelsWithPartNumber(PartNumber.Parse("1.0.01.640-A1")).Select(m => m.Code));
    }

    [Theory]
    [InlineData("""{ "name": "x", "categories": [], "models": [ { "code": "M", "name": "M", "category": "nope", "serialNumberPattern": "A+", "partNumbers": [] } ] }""", "unknown category")]
    [InlineData("""{ "name": "x", "categories": [], "models": [ { "code": "M", "name": "M", "category": "c", "serialNumberPattern": "(", "partNumbers": [] } ] }""", "serialNumberPattern")]
    [InlineData("""{ "name": "x", "categories": [ { "id": "c", "name": "C", "warranty": { "componentYears": 0 } } ], "models": [] }""", "positive")]
    public void MalformedCatalog_IsRefusedWithTheReason(string json, string expected)
    {
        var error = Assert.Throws<FormatException>(() => ProductCatalogJson.Parse(json, "catalog.json"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
