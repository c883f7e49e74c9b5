using Microsoft.Extensions.Time.Testing;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Protocol.Tests.Proactive;

public sealed class RecentConversationReferencesTests
{
    private static readonly ConversationReference Reference = new(
        "msteams", "https://smba.trafficmanager.net/emea/", "a:1", "personal", "t-1", "28:bot", "Pixfra RMA", "29:u", "U", null, "en-US");

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void AReferenceNeverSaved_IsNotRemembered() =>
        Assert.False(new RecentConversationReferences(_clock).WasSaved(Reference));

    [Fact]
    public void TheSameReference_IsRememberedAsSaved()
    {
        var recent = new RecentConversationReferences(_clock);
        recent.Saved(Reference);

        Assert.True(recent.WasSaved(Reference with { }));
    }

    [Theory]
    [InlineData("serviceUrl")]
    [InlineData("locale")]
    [InlineData("userName")]
    public void AChangedReference_MustBeSavedAgain(string change)
    {
        var recent = new RecentConversationReferences(_clock);
        recent.Saved(Reference);

        var changed = change switch
        {
            "serviceUrl" => Reference with { ServiceUrl = "https://smba.trafficmanager.net/apac/" },
            "locale" => Reference with { Locale = "zh-CN" },
            _ => Reference with { UserName = "王小明" },
        };

        Assert.False(recent.WasSaved(changed));
    }

    [Fact]
    public void AfterItsLifetime_TheReferenceIsSavedAgain_InCaseAnotherInstanceWroteADifferentOne()
    {
        var recent = new RecentConversationReferences(_clock);
        recent.Saved(Reference);

        _clock.Advance(RecentConversationReferences.Lifetime);

        Assert.False(recent.WasSaved(Reference));
    }

    [Fact]
    public void WhenFull_ItStartsOver_RatherThanGrowing()
    {
        var recent = new RecentConversationReferences(_clock);
        for (var i = 0; i < RecentConversationReferences.Capacity; i++)
        {
            recent.Saved(Reference with { ConversationId = $"a:{i}" });
        }

        recent.Saved(Reference with { ConversationId = "a:one-more" });

        Assert.False(recent.WasSaved(Reference with { ConversationId = "a:0" }));
        Assert.True(recent.WasSaved(Reference with { ConversationId = "a:one-more" }));
    }
}
