using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pixfra.Rma.Cards.Templates;

/// <summary>
/// Expands a card template against data, on JSON nodes (never by string replacement), so every bound value
/// is JSON-escaped by construction. Supports the templating constructs our templates use:
/// <c>${path}</c> (a whole-string expression keeps the value's JSON type), interpolation inside strings,
/// <c>$data</c> (repeat an array element per item, or switch scope to an object) and <c>$when</c> (which must
/// evaluate to a boolean). Missing data is an error, never a silently left <c>${…}</c>.
/// </summary>
/// <remarks>
/// Text bound into markdown-processed properties (a TextBlock's <c>text</c>, a fact's <c>title</c>/<c>value</c>)
/// is markdown-escaped, so user text such as a fault description cannot turn into links or emphasis.
/// TextRun text is never processed as markdown and is bound unchanged.
/// </remarks>
public static class TemplateBinder
{
    private const string DataKey = "$data";
    private const string WhenKey = "$when";

    public static JsonObject Bind(JsonObject template, JsonNode data, Func<string, string?> strings, bool escapeMarkdown = true)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(strings);

        var binder = new Binding(data, strings, escapeMarkdown);
        var root = new Scope(data, Index: null);
        if (template.ContainsKey(DataKey))
        {
            throw new TemplateBindingException("$data on the card root is not supported; bind the model directly.");
        }

        return binder.BindObject(template, root, isFact: false)
            ?? throw new TemplateBindingException("$when removed the whole card.");
    }

    private readonly record struct Scope(JsonNode? Data, int? Index);

    private sealed class Binding(JsonNode root, Func<string, string?> strings, bool escapeMarkdown)
    {
        public JsonObject? BindObject(JsonObject source, Scope scope, bool isFact)
        {
            if (source.TryGetPropertyValue(WhenKey, out var when) && !EvaluateCondition(when, scope))
            {
                return null;
            }

            var type = source.TryGetPropertyValue("type", out var typeNode) && typeNode is JsonValue v
                && v.TryGetValue<string>(out var typeName) ? typeName : null;
            var result = new JsonObject();
            foreach (var (key, value) in source)
            {
                if (key is DataKey or WhenKey)
                {
                    continue;
                }

                var escape = escapeMarkdown && ((type == "TextBlock" && key == "text") || (isFact && key is "title" or "value"));
                result[key] = key == "facts" && value is JsonArray facts
                    ? BindArray(facts, scope, itemsAreFacts: true)
                    : BindNode(value, scope, escape);
            }

            return result;
        }

        private JsonNode? BindNode(JsonNode? node, Scope scope, bool escape) => node switch
        {
            JsonObject obj when obj.ContainsKey(DataKey) => BindScopedObject(obj, scope),
            JsonObject obj => BindObject(obj, scope, isFact: false),
            JsonArray array => BindArray(array, scope, itemsAreFacts: false),
            JsonValue value when value.GetValueKind() == JsonValueKind.String => BindString(value.GetValue<string>(), scope, escape),
            null => null,
            _ => node.DeepClone(),
        };

        private JsonObject? BindScopedObject(JsonObject obj, Scope scope)
        {
            var data = EvaluateData(obj[DataKey], scope);
            if (data is JsonArray)
            {
                throw new TemplateBindingException("$data bound to an array is only allowed on an element of an array.");
            }

            return BindObject(obj, new Scope(data, null), isFact: false);
        }

        private JsonArray BindArray(JsonArray source, Scope scope, bool itemsAreFacts)
        {
            var result = new JsonArray();
            foreach (var item in source)
            {
                if (item is JsonObject obj && obj.ContainsKey(DataKey))
                {
                    var data = EvaluateData(obj[DataKey], scope);
                    if (data is JsonArray items)
                    {
                        for (var i = 0; i < items.Count; i++)
                        {
                            AddIfPresent(result, BindObject(obj, new Scope(items[i], i), itemsAreFacts));
                        }
                    }
                    else
                    {
                        AddIfPresent(result, BindObject(obj, new Scope(data, null), itemsAreFacts));
                    }

                    continue;
                }

                if (item is JsonObject plain)
                {
                    AddIfPresent(result, BindObject(plain, scope, itemsAreFacts));
                    continue;
                }

                result.Add(BindNode(item, scope, escape: false));
            }

            return result;
        }

        private static void AddIfPresent(JsonArray array, JsonObject? item)
        {
            if (item is not null)
            {
                array.Add(item);
            }
        }

        private JsonNode? EvaluateData(JsonNode? expression, Scope scope)
        {
            var source = expression is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
            if (source is null || !TryWholeExpression(source, out var inner))
            {
                throw new TemplateBindingException($"$data must be a single ${{path}} expression, found '{expression?.ToJsonString()}'.");
            }

            return Resolve(TemplateExpression.Parse(inner), scope);
        }

        private bool EvaluateCondition(JsonNode? condition, Scope scope)
        {
            var source = condition is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
            if (source is null || !TryWholeExpression(source, out var inner))
            {
                throw new TemplateBindingException($"$when must be a single ${{path}} expression, found '{condition?.ToJsonString()}'.");
            }

            var expression = TemplateExpression.Parse(inner);
            var value = Resolve(expression, scope);
            if (value is not JsonValue jsonValue || !jsonValue.TryGetValue<bool>(out var flag))
            {
                throw new TemplateBindingException($"$when '${{{inner}}}' must be a boolean, found '{value?.ToJsonString() ?? "null"}'.");
            }

            return flag != expression.Negated;
        }

        private JsonNode? BindString(string text, Scope scope, bool escape)
        {
            if (!text.Contains("${", StringComparison.Ordinal))
            {
                return JsonValue.Create(text);
            }

            if (TryWholeExpression(text, out var whole))
            {
                var value = Resolve(TemplateExpression.Parse(whole), scope);
                return value is JsonValue scalar && scalar.GetValueKind() == JsonValueKind.String
                    ? JsonValue.Create(Escape(scalar.GetValue<string>(), escape))
                    : value?.DeepClone() ?? throw new TemplateBindingException($"'${{{whole}}}' is null.");
            }

            var builder = new StringBuilder(text.Length);
            var position = 0;
            while (position < text.Length)
            {
                var open = text.IndexOf("${", position, StringComparison.Ordinal);
                if (open < 0)
                {
                    builder.Append(text, position, text.Length - position);
                    break;
                }

                var close = text.IndexOf('}', open);
                if (close < 0)
                {
                    throw new TemplateBindingException($"Unclosed expression in '{text}'.");
                }

                builder.Append(text, position, open - position);
                var inner = text[(open + 2)..close];
                builder.Append(Escape(Stringify(Resolve(TemplateExpression.Parse(inner), scope), inner), escape));
                position = close + 1;
            }

            return JsonValue.Create(builder.ToString());
        }

        private static string Escape(string value, bool escape) => escape ? MarkdownEscaper.Escape(value) : value;

        private static string Stringify(JsonNode? value, string expression) => value switch
        {
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
            JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>() ? "true" : "false",
            JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.ToJsonString(),
            null => throw new TemplateBindingException($"'${{{expression}}}' is null."),
            _ => throw new TemplateBindingException($"'${{{expression}}}' is not a scalar and cannot be put inside text."),
        };

        private JsonNode? Resolve(TemplateExpression expression, Scope scope)
        {
            var path = expression.Path;
            JsonNode? node;
            var next = 1;
            switch (path[0].Name)
            {
                case "$root":
                    node = root;
                    break;
                case "$data":
                    node = scope.Data;
                    break;
                case "$index":
                    node = scope.Index is { } index
                        ? JsonValue.Create(index)
                        : throw new TemplateBindingException($"'${{{expression.Source}}}' used outside a repeated element.");
                    break;
                default:
                    node = scope.Data;
                    next = 0;
                    break;
            }

            if (ReferenceEquals(node, root) && path.Count == next + 2 && path[next].Name == "strings"
                && root is JsonObject rootObject && !rootObject.ContainsKey("strings"))
            {
                var key = path[next + 1].Name ?? throw new TemplateBindingException($"Bad string key in '${{{expression.Source}}}'.");
                return JsonValue.Create(strings(key) ?? throw new TemplateBindingException($"No text resource named '{key}'."));
            }

            for (var i = next; i < path.Count; i++)
            {
                var step = path[i].Step(node);
                if (step is null && !(node is JsonObject o && path[i].Name is { } name && o.ContainsKey(name)))
                {
                    throw new TemplateBindingException($"'${{{expression.Source}}}' does not resolve: no '{Describe(path[i])}' in the data.");
                }

                node = step;
            }

            return node;
        }

        private static string Describe(PathSegment segment) =>
            segment.Name ?? string.Create(CultureInfo.InvariantCulture, $"[{segment.Index}]");

        private static bool TryWholeExpression(string text, out string inner)
        {
            if (text.StartsWith("${", StringComparison.Ordinal) && text.EndsWith('}') && text.IndexOf('}') == text.Length - 1)
            {
                inner = text[2..^1];
                return true;
            }

            inner = string.Empty;
            return false;
        }
    }
}
