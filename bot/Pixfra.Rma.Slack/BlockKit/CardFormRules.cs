using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Pixfra.Rma.Slack.BlockKit;

/// <summary>
/// The checks a Teams client makes before it sends a card's inputs (<c>isRequired</c>, <c>regex</c>, <c>maxLength</c>,
/// a valid date within <c>min</c>/<c>max</c>, a choice that is offered), made here because Slack's modals make only some
/// of them. Each broken rule gives the card's <c>errorMessage</c>, or a general text, keyed by the input id (= the
/// modal's block id). The flow validates everything again; this only keeps the user in the form.
/// </summary>
public static class CardFormRules
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(100);

    public static IReadOnlyDictionary<string, string> Check(JsonObject card, IReadOnlyDictionary<string, string> values, BlockKitLabels labels)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(labels);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in CardElements.Inputs(card))
        {
            var id = CardElements.Text(input, "id")!;
            var value = values.GetValueOrDefault(id, string.Empty);
            if (Problem(input, value, labels) is { } problem)
            {
                errors[id] = problem;
            }
        }

        return errors;
    }

    private static string? Problem(JsonObject input, string value, BlockKitLabels labels)
    {
        var own = CardElements.Text(input, "errorMessage");
        var type = CardElements.Text(input, "type");
        var empty = value.Trim().Length == 0 || (type == "Input.Toggle" && SlackModalBuilder.IsRequired(input) && value != (CardElements.Text(input, "valueOn") ?? "true"));
        if (empty)
        {
            return SlackModalBuilder.IsRequired(input) ? own ?? labels.Required : null;
        }

        if (input["maxLength"] is JsonValue max && max.TryGetValue<int>(out var maxLength) && maxLength > 0 && value.Length > maxLength)
        {
            return own ?? labels.TooLong;
        }

        if (type == "Input.Text" && CardElements.Text(input, "regex") is { Length: > 0 } pattern && !Matches(pattern, value))
        {
            return own ?? labels.Invalid;
        }

        if (type == "Input.Date" && !DateWithin(input, value))
        {
            return own ?? labels.InvalidDate;
        }

        if (type == "Input.ChoiceSet" && SlackModalBuilder.Choices(input) is { Count: > 0 } choices
            && !value.Split(',').All(v => choices.Any(c => c.Value == v)))
        {
            return own ?? labels.Invalid;
        }

        return null;
    }

    private static bool DateWithin(JsonObject input, string value) =>
        CardFormDates.TryParse(value, out var date)
        && (CardElements.Text(input, "min") is not { } min || !CardFormDates.TryParse(min, out var from) || date >= from)
        && (CardElements.Text(input, "max") is not { } max || !CardFormDates.TryParse(max, out var to) || date <= to);

    // The card's own pattern, which Adaptive Cards apply to the whole value; a pattern too slow to finish is not enforced here.
    private static bool Matches(string pattern, string value)
    {
        try
        {
            return Regex.IsMatch(value, "^(?:" + pattern + ")$", RegexOptions.None, RegexTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
