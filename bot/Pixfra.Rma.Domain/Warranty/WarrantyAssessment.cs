using NodaTime;

namespace Pixfra.Rma.Domain.Warranty;

/// <summary>
/// The warranty of one unit on one day: a verdict for the components and, where the model has a
/// removable battery, one for the battery (clause P5 gives them different terms). The explanation a
/// user reads is rendered from these facts in their language.
/// </summary>
/// <param name="Start">When the warranty started and on what evidence; null when neither date is known.</param>
/// <param name="Battery">Null when the model has no removable battery or the category no battery term.</param>
/// <param name="Provisional">True when a last day rests on a holiday schedule not published yet (clause P8).</param>
/// <param name="StartInFuture">True when the claimed start date is after the evaluation day, which no valid invoice can show.</param>
public sealed record WarrantyAssessment(
    LocalDate EvaluatedOn,
    WarrantyStart? Start,
    CoverageVerdict Components,
    CoverageVerdict? Battery,
    TamperAnswers Tamper,
    bool Provisional,
    bool StartInFuture)
{
    /// <summary>The verdicts that apply, components first.</summary>
    public IEnumerable<CoverageVerdict> Verdicts => Battery is null ? [Components] : [Components, Battery];
}
