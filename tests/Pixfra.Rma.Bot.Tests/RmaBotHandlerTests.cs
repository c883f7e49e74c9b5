using System.Text.Json.Nodes;
using Pixfra.Rma.Bot.Rma;
using Pixfra.Rma.Cards.Models;
using Pixfra.Rma.Cards.Rendering;
using Pixfra.Rma.Cards.Text;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Protocol.Activities;

namespace Pixfra.Rma.Bot.Tests;

public sealed class RmaBotHandlerTests
{
    private static readonly RenderedCard Card = CardRenderer.Render(new EndUserCard(), BotCulture.English);

    [Fact]
    public void Teams_GetsTheAdaptiveCard_WithASummaryForNotifications()
    {
        var activity = RmaBotHandler.ToActivity(Incoming("msteams"), Reply.OfCard(Card));

        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
        Assert.False(string.IsNullOrWhiteSpace(activity.Summary));
    }

    [Fact]
    public void Slack_WhichDoesNotRenderAdaptiveCards_GetsThePlainTextFallback()
    {
        var activity = RmaBotHandler.ToActivity(Incoming("slack"), Reply.OfCard(Card));

        Assert.Null(activity.Attachments);
        Assert.Equal(Card.FallbackText, activity.Text);
    }

    [Fact]
    public void Speaker_FromTeams_CarriesTenantAndEntraObjectId()
    {
        var speaker = RmaBotHandler.SpeakerOf(Incoming("msteams"));

        Assert.Equal(("tenant-1", "aad-1", "29:user"), (speaker.TenantId, speaker.AadObjectId, speaker.UserId));
    }

    private static Activity Incoming(string channelId) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = channelId,
        From = new ChannelAccount { Id = "29:user", AadObjectId = "aad-1" },
        Conversation = new ConversationAccount { Id = "conv", TenantId = "tenant-1" },
        ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
    };
}
