using NodaTime;
using Pixfra.Rma.Domain.Catalog;
using Pixfra.Rma.Domain.Warranty;

namespace Pixfra.Rma.Conversations.Lines;

/// <summary>One unit as entered and validated, before the registry and the warranty rules are applied.</summary>
public sealed record UnitEntry(
    ProductModel Model,
    SerialNumber SerialNumber,
    PartNumber? PartNumber,
    string Fault,
    TamperAnswers Tamper,
    LocalDate? InvoiceDate,
    bool NoSubstitute);
