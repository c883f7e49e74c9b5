using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pixfra.Rma.Cards.Templates;
using Pixfra.Rma.Cards.Text;

namespace Pixfra.Rma.Cards.Rendering;

/// <summary>Binds a card model to its template in the reader's language.</summary>
public static class CardRenderer
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    internal static readonly JsonSerializerOptions ModelJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never,
    };

    public static RenderedCard Render<TModel>(TModel model, CultureInfo culture)
        where TModel : ICardModel
    {
        ArgumentNullException.ThrowIfNull(culture);
        var data = ToData(model);
        var card = TemplateBinder.Bind(CardTemplates.Get(TModel.TemplateName), data, key => BotText.Find(key, culture));
        return new RenderedCard(TModel.TemplateName, card, PlainTextFallback.From(card));
    }

    internal static JsonNode ToData<TModel>(TModel model) =>
        JsonSerializer.SerializeToNode(model, ModelJson) ?? throw new ArgumentNullException(nameof(model));
}

/// <summary>An expanded Adaptive Card and its plain-text rendering for channels without cards.</summary>
public sealed record RenderedCard(string TemplateName, JsonObject Card, string FallbackText);
