namespace Pixfra.Rma.Conversations.Registry;

/// <summary>What is wrong with one line of a shipment CSV file.</summary>
public enum ShipmentCsvProblem
{
    /// <summary>The first line is not <c>serial_number,delivered_on</c>.</summary>
    BadHeader,

    /// <summary>The line does not have exactly two fields.</summary>
    WrongFieldCount,

    /// <summary>The serial number is not one (see <see cref="Domain.Catalog.SerialNumber"/>): empty, wrong length or characters.</summary>
    BadSerialNumber,

    /// <summary>The date is not an ISO date (yyyy-MM-dd).</summary>
    BadDate,

    /// <summary>The serial number appeared on an earlier line with a different date.</summary>
    ConflictingDuplicate,

    /// <summary>The file has a header and nothing else.</summary>
    NoRows,
}
