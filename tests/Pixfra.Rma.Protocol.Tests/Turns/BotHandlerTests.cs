using System.Text.Json.Nodes;
using Pixfra.Rma.Protocol.Activities;
using Pixfra.Rma.Protocol.Authentication;
using Pixfra.Rma.Protocol.Proactive;
using Pixfra.Rma.Protocol.Turns;

namespace Pixfra.Rma.Protocol.Tests.Turns;

public sealed class BotHandlerTests
{
    private sealed class RecordingHandler : BotHandler
    {
        public List<string> Calls { get; } = [];

        protected override Task OnMessageAsync(ITurnContext turn, CancellationToken cancellationToken)
        {
            Calls.Add("message");
            return Task.CompletedTask;
        }

        protected override Task OnCardSubmitAsync(ITurnContext turn, JsonNode value, CancellationToken cancellationToken)
        {
            Calls.Add("submit " + value.ToJsonString());
            return Task.CompletedTask;
        }

        protected override Task OnConversationUpdateAsync(ITurnContext turn, CancellationToken cancellationToken)
        {
            Calls.Add("conversationUpdate");
            return Task.CompletedTask;
        }

        protected override Task OnInstallationUpdateAsync(ITurnContext turn, CancellationToken cancellationToken)
        {
            Calls.Add("installationUpdate");
            return Task.CompletedTask;
        }

        protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardActionAsync(ITurnContext turn, AdaptiveCardInvokeValue value, CancellationToken cancellationToken)
        {
            Calls.Add("execute " + value.Action!.Verb);
            return Task.FromResult(AdaptiveCardInvokeResponse.Message("done"));
        }

        protected override Task OnOtherActivityAsync(ITurnContext turn, CancellationToken cancellationToken)
        {
            Calls.Add("other " + turn.Activity.Type);
            return Task.CompletedTask;
        }
    }

    private sealed class FakeTurn(Activity activity) : ITurnContext
    {
        public Activity Activity => activity;

        public BotAuthenticationResult Authentication => BotAuthenticationResult.Anonymous();

        public ConversationKey Conversation => new("msteams", "a:1");

        public ConversationReference? Reference => null;

        public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<ResourceResponse>> SendAsync(IEnumerable<Activity> activities, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<ResourceResponse> UpdateAsync(string activityId, Activity activity, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task DeleteAsync(string activityId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task SendTypingAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }

    public static TheoryData<string, string> RoutedFixtures() => new()
    {
        { "playground-message-personal.json", "message" },
        { "playground-message-personal-value.json", """submit {"action":"submitClicked","ticket":42,"comment":"my comment"}""" },
        { "playground-conversationUpdate-personal.json", "conversationUpdate" },
        { "playground-installationUpdate-personal.json", "installationUpdate" },
        { "playground-invoke-adaptiveCard-action-personal-value.json", "execute approve" },
        { "teams-groupchat-mention.json", "message" },
        { "slack-message.json", "message" },
    };

    [Theory]
    [MemberData(nameof(RoutedFixtures))]
    public async Task EachKindOfActivity_ReachesItsMethod(string fixture, string expected)
    {
        var handler = new RecordingHandler();

        await handler.OnTurnAsync(new FakeTurn(ActivityJson.Deserialize(Activities.Fixtures.Read(fixture))!), TestContext.Current.CancellationToken);

        Assert.Equal([expected], handler.Calls);
    }

    [Fact]
    public async Task AdaptiveCardAction_AnswersHttp200_WithTheHandlersBody()
    {
        var activity = ActivityJson.Deserialize(Activities.Fixtures.Read("playground-invoke-adaptiveCard-action-personal-value.json"))!;

        var response = await new RecordingHandler().OnTurnAsync(new FakeTurn(activity), TestContext.Current.CancellationToken);

        Assert.Equal(200, response!.Status);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"done"}"""), response.Body));
    }

    [Fact]
    public async Task AdaptiveCardAction_WithoutAction_AnswersAnErrorBody()
    {
        var activity = new Activity { Type = ActivityTypes.Invoke, Name = "adaptiveCard/action", Value = new JsonObject() };

        var response = await new RecordingHandler().OnTurnAsync(new FakeTurn(activity), TestContext.Current.CancellationToken);

        Assert.Equal(200, response!.Status);
        Assert.Equal(400, (int)response.Body!["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.error", (string?)response.Body["type"]);
    }

    [Fact]
    public async Task UnknownActivityType_IsIgnoredQuietly()
    {
        var handler = new RecordingHandler();

        var response = await handler.OnTurnAsync(new FakeTurn(new Activity { Type = "somethingNew" }), TestContext.Current.CancellationToken);

        Assert.Null(response);
        Assert.Equal(["other somethingNew"], handler.Calls);
    }
}
