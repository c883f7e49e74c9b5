using NodaTime;
using Pixfra.Rma.Conversations.Registry;
using Pixfra.Rma.Domain.Catalog;

namespace Pixfra.Rma.Storage.Tests.Contract;

public abstract partial class StorageContractTests
{
    [Fact]
    public async Task Shipment_Unknown_IsNull()
    {
        Assert.Null(await Stores.Shipments.FindAsync(SerialNumber.Parse("PXNONE01"), Ct));
    }

    [Fact]
    public async Task Shipment_Upserted_IsFoundAndReplacedByTheNextImport()
    {
        await Stores.Shipments.UpsertAsync([new ShipmentRecord(SerialNumber.Parse("PX0100"), new LocalDate(2024, 2, 29))], Ct);
        Assert.Equal(new LocalDate(2024, 2, 29), (await Stores.Shipments.FindAsync(SerialNumber.Parse("px0100"), Ct))?.DeliveredOn);

        await Stores.Shipments.UpsertAsync([new ShipmentRecord(SerialNumber.Parse("PX0100"), new LocalDate(2024, 3, 1))], Ct);
        Assert.Equal(new LocalDate(2024, 3, 1), (await Stores.Shipments.FindAsync(SerialNumber.Parse("px0100"), Ct))?.DeliveredOn);
    }

    [Fact]
    public async Task Shipment_LargeCsvImport_WritesEveryRowInBatches()
    {
        const int Rows = 1_234;
        var csv = "serial_number,delivered_on\n" + string.Join('\n', Enumerable.Range(0, Rows).Select(i => $"PX{i:D6},2025-01-{(i % 28) + 1:D2}"));

        var result = await new ShipmentImporter(Stores.Shipments).ImportAsync(new StringReader(csv), Ct);

        Assert.Equal(new ShipmentImportResult(Rows, []), result with { Errors = [] });
        Assert.Empty(result.Errors);
        Assert.Equal(new LocalDate(2025, 1, 1), (await Stores.Shipments.FindAsync(SerialNumber.Parse("PX000000"), Ct))?.DeliveredOn);
        Assert.Equal(new LocalDate(2025, 1, (1233 % 28) + 1), (await Stores.Shipments.FindAsync(SerialNumber.Parse("PX001233"), Ct))?.DeliveredOn);
    }

    [Fact]
    public async Task Shipment_CsvWithABadRow_WritesNothing()
    {
        const string Csv = "serial_number,delivered_on\nPX0001,2025-01-01\nPX0002,01/02/2025\n";

        var result = await new ShipmentImporter(Stores.Shipments).ImportAsync(new StringReader(Csv), Ct);

        Assert.Equal(0, result.Imported);
        Assert.Equal([new ShipmentCsvError(3, ShipmentCsvProblem.BadDate, "01/02/2025")], result.Errors);
        Assert.Null(await Stores.Shipments.FindAsync(SerialNumber.Parse("PX0001"), Ct));
    }
}
