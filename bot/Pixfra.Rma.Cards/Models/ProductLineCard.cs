namespace Pixfra.Rma.Cards.Models;

/// <summary>
/// The form for one returned unit (P9, P13, P15), with the units added so far. After a refusal the form
/// comes back with what the user typed and the reasons, so nothing is lost.
/// </summary>
/// <param name="CaseToken">The draft's number: a submit from a card of another draft is recognised as stale.</param>
/// <param name="Today">The latest invoice date the date picker offers (ISO, China date).</param>
public sealed record ProductLineCard(
    IReadOnlyList<LineSummaryView> Lines,
    IReadOnlyList<ChoiceView> Models,
    ProductLineValues Values,
    IReadOnlyList<MessageView> Errors,
    string CaseToken,
    string Today) : ICardModel
{
    public static string TemplateName => "product-line";

    public bool HasLines => Lines.Count > 0;

    public bool HasErrors => Errors.Count > 0;
}

/// <summary>What the form shows in its inputs; empty strings, never null, because inputs take strings.</summary>
public sealed record ProductLineValues(
    string SerialNumber,
    string Model,
    string PartNumber,
    string Fault,
    string Painted,
    string Tampered,
    string LabelRemoved,
    string InvoiceDate,
    string NoSubstitute)
{
    public static ProductLineValues Empty { get; } = new(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, "false");
}

public sealed record LineSummaryView(string Heading, string Summary);

public sealed record ChoiceView(string Title, string Value);

public sealed record MessageView(string Text);
