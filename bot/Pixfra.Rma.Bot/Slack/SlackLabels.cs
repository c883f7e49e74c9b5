using System.Globalization;
using Pixfra.Rma.Cards.Text;
using Pixfra.Rma.Slack.BlockKit;

namespace Pixfra.Rma.Bot.Slack;

/// <summary>The Block Kit texts a card does not carry (form buttons, modal title, field errors), from the bot's resources.</summary>
public static class SlackLabels
{
    public static BlockKitLabels For(CultureInfo culture) => new(
        BotText.Get("Slack_OpenForm_Button", culture),
        BotText.Get("Slack_OpenFormFor_Button", culture),
        BotText.Get("Slack_Form_Title", culture),
        BotText.Get("Common_Cancel_Button", culture),
        BotText.Get("Slack_Form_Required", culture),
        BotText.Get("Slack_Form_Invalid", culture),
        BotText.Get("Slack_Form_TooLong", culture),
        BotText.Get("Slack_Form_InvalidDate", culture),
        BotText.Get("Slack_Refresh_Button", culture));
}
