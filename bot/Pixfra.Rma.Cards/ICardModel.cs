namespace Pixfra.Rma.Cards;

/// <summary>
/// A typed model for one template in <c>cards/</c>. Its public properties are the template's data
/// (camelCase in the template); localised static text comes from <c>${strings.Key}</c>.
/// </summary>
public interface ICardModel
{
    /// <summary>The template's file name without extension (kebab-case), e.g. <c>rma-number</c>.</summary>
    static abstract string TemplateName { get; }
}
