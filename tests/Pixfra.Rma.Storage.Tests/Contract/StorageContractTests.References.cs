using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Storage.Tests.Contract;

public abstract partial class StorageContractTests
{
    private static ConversationReference Reference(string serviceUrl, string userName = "王小明 🙂") => new(
        "msteams", serviceUrl, "19:abc/def@thread.tacv2", "personal", "tenant-1", "28:bot", "Pixfra RMA",
        "29:user", userName, "aad-1", "zh-CN");

    [Fact]
    public async Task Reference_NeverSaved_IsNull()
    {
        Assert.Null(await Stores.References.FindAsync(new ConversationKey("msteams", "nobody"), Ct));
    }

    [Fact]
    public async Task Reference_SavedTwice_KeepsTheLatest()
    {
        await Stores.References.SaveAsync(Reference("https://smba.trafficmanager.net/emea/"), Ct);
        var latest = Reference("https://smba.trafficmanager.net/apac/", Unicode);

        await Stores.References.SaveAsync(latest, Ct);

        Assert.Equal(latest, await Stores.References.FindAsync(latest.Key, Ct));
    }
}
