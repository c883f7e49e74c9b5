using NodaTime;
using Pixfra.Rma.Conversations.Registry;
using Pixfra.Rma.Domain.Catalog;

namespace Pixfra.Rma.Storage.Tests.Registry;

public sealed class ShipmentCsvReaderTests
{
    public static TheoryData<string, int, ShipmentCsvProblem, string?> BadFiles => new()
    {
        { "sn,date\nPX1,2025-01-01", 1, ShipmentCsvProblem.BadHeader, "sn,date" },
        { "serial_number,delivered_on\nPX0001", 2, ShipmentCsvProblem.WrongFieldCount, "PX0001" },
        { "serial_number,delivered_on\nPX0001,2025-01-01,extra", 2, ShipmentCsvProblem.WrongFieldCount, "PX0001,2025-01-01,extra" },
        { "serial_number,delivered_on\n,2025-01-01", 2, ShipmentCsvProblem.BadSerialNumber, "" },
        { "serial_number,delivered_on\nPX 0001,2025-01-01", 2, ShipmentCsvProblem.BadSerialNumber, "PX 0001" },
        { "serial_number,delivered_on\nPX1,2025-01-01", 2, ShipmentCsvProblem.BadSerialNumber, "PX1" },
        { "serial_number,delivered_on\nPX0001,2025-02-30", 2, ShipmentCsvProblem.BadDate, "2025-02-30" },
        { "serial_number,delivered_on\n\nPX0001,2025/01/01", 3, ShipmentCsvProblem.BadDate, "2025/01/01" },
        { "serial_number,delivered_on\nPX0001,2025-01-01\npx0001,2025-01-02", 3, ShipmentCsvProblem.ConflictingDuplicate, "PX0001" },
        { "serial_number,delivered_on\n", 1, ShipmentCsvProblem.NoRows, null },
        { "", 1, ShipmentCsvProblem.NoRows, null },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Parse_BadFile_ReportsTheLineAndProblem(string csv, int line, ShipmentCsvProblem problem, string? value)
    {
        var result = ShipmentCsvReader.Parse(new StringReader(csv));

        Assert.Equal([new ShipmentCsvError(line, problem, value)], result.Errors);
    }

    [Fact]
    public void Parse_EveryBadLine_IsReportedNotJustTheFirst()
    {
        var result = ShipmentCsvReader.Parse(new StringReader("serial_number,delivered_on\nPX0001,x\nPX0002,2025-01-01\nPX0003,y\n"));

        Assert.Equal([2, 4], result.Errors.Select(e => e.Line));
    }

    [Fact]
    public void Parse_GoodFile_TrimsUnquotesSkipsBlankLinesAndMergesSameDateDuplicates()
    {
        const string Csv = "\uFEFFSerial_Number , Delivered_On\r\n\"PX0001\", 2025-01-31 \r\n\r\nＰＸ０００２,2024-02-29\npx0001,2025-01-31\n";

        var result = ShipmentCsvReader.Parse(new StringReader(Csv));

        Assert.True(result.IsValid);
        Assert.Equal(
            [new ShipmentRecord(SerialNumber.Parse("PX0001"), new LocalDate(2025, 1, 31)), new ShipmentRecord(SerialNumber.Parse("PX0002"), new LocalDate(2024, 2, 29))],
            result.Records);
    }
}
