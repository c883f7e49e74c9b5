using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pixfra.Rma.Cards.Models;
using Pixfra.Rma.Cards.Rendering;
using Pixfra.Rma.Cards.Text;
using Pixfra.Rma.Protocol.Activities;

namespace Pixfra.Rma.Bot.Demo;

/// <summary>
/// TEMPORARY demo behaviour until the RMA flows of issue 5 replace it: a welcome card when the bot is
/// installed or people join, an echo of text (with the bot's @mention removed) plus a test card, an
/// acknowledgement of Action.Submit clicks and an in-place card update for Action.Execute.
/// Pure: activity in, replies out; the handler does the sending.
/// </summary>
internal static class WelcomeAndEchoReplies
{
    /// <summary>
    /// The bot being added is announced twice (installationUpdate and a conversationUpdate adding the bot):
    /// the installation welcomes, conversationUpdate only welcomes people added later.
    /// </summary>
    public static bool ShouldWelcome(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type switch
        {
            ActivityTypes.InstallationUpdate => activity.Action is null || activity.Action.StartsWith("add", StringComparison.OrdinalIgnoreCase),
            ActivityTypes.ConversationUpdate => activity.MembersAdded is { Count: > 0 } added
                && added.All(member => member.Id != activity.Recipient?.Id),
            _ => false,
        };
    }

    public static Activity Welcome(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var culture = BotCulture.FromLocale(activity.Locale);
        var name = activity.MembersAdded?.FirstOrDefault(m => m.Id != activity.Recipient?.Id)?.Name ?? activity.From?.Name ?? "";
        var card = CardRenderer.Render(
            new WelcomeCard(
                string.IsNullOrWhiteSpace(name) ? BotText.Get("Demo_GreetingAnonymous", culture) : BotText.Format("Demo_Greeting", culture, name),
                [
                    Command("Command_NewRma_Keywords", "Welcome_Command_NewRma", culture),
                    Command("Command_MyRmas_Keywords", "Welcome_Command_MyRmas", culture),
                    Command("Command_TalkToSupport_Keywords", "Welcome_Command_TalkToSupport", culture),
                    Command("Command_Help_Keywords", "Welcome_Command_Help", culture),
                ]),
            culture);
        return activity.CreateReply() with { Attachments = [Attachment.AdaptiveCard(card.Card)], ReplyToId = null };
    }

    public static Activity Echo(Activity activity, string textWithoutMention)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var culture = BotCulture.FromLocale(activity.Locale);
        return activity.CreateReply(BotText.Format("Demo_Echo", culture, textWithoutMention)) with
        {
            Attachments = [Attachment.AdaptiveCard(CounterCard.Render(0, culture))],
        };
    }

    /// <summary>An Action.Submit click: a message with <c>value</c> (the action's data merged with the inputs) and no text.</summary>
    public static Activity AcknowledgeSubmit(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var culture = BotCulture.FromLocale(activity.Locale);
        var what = activity.Value?["verb"] is JsonValue verb && verb.TryGetValue<string>(out var text)
            ? text
            : activity.Value?.ToJsonString(new JsonSerializerOptions { WriteIndented = false }) ?? "";
        return activity.CreateReply(BotText.Format("Demo_SubmitReceived", culture, what));
    }

    /// <summary>An Action.Execute click on the test card: the same card, counted up, replaces it in place.</summary>
    public static AdaptiveCardInvokeResponse Execute(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var culture = BotCulture.FromLocale(activity.Locale);
        var action = activity.ValueAs<AdaptiveCardInvokeValue>()?.Action;
        if (action?.Verb != CounterCard.CountVerb)
        {
            return AdaptiveCardInvokeResponse.Error(400, "UnknownVerb", "This card action is not known.");
        }

        return AdaptiveCardInvokeResponse.Card(CounterCard.Render(CounterCard.CountFrom(action.Data) + 1, culture));
    }

    public static bool IsSubmit(Activity activity) =>
        activity is { Type: ActivityTypes.Message, Value: JsonObject } && string.IsNullOrWhiteSpace(activity.Text);

    private static CommandHelp Command(string keywordsKey, string descriptionKey, CultureInfo culture) =>
        new(BotText.Get(keywordsKey, culture).Split('|')[0], BotText.Get(descriptionKey, culture));
}
