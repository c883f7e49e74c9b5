using Microsoft.Extensions.Time.Testing;

namespace Pixfra.Rma.Storage.Tests.Contract;

/// <summary>
/// The behaviour every storage adapter must have. Each adapter's test class derives from this and only says how to
/// make fresh stores; the checks live in the partial files beside this one, one per kind of document.
/// </summary>
public abstract partial class StorageContractTests : IAsyncLifetime
{
    protected static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    protected FakeTimeProvider Time { get; } = new(Start);

    protected StoresUnderTest Stores { get; private set; } = null!;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected abstract Task<StoresUnderTest> CreateStoresAsync(TimeProvider time);

    public async ValueTask InitializeAsync() => Stores = await CreateStoresAsync(Time);

    public async ValueTask DisposeAsync()
    {
        if (Stores is not null)
        {
            await Stores.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Text that breaks naive encodings: Chinese, emoji (surrogate pairs), quotes, a NUL-free control mix.</summary>
    protected const string Unicode = "热成像仪 镜头故障 📷🔥 \"quoted\" \\ back\\slash \u00e9\u0301 tab\tend";

    protected static string Large(int chars) => string.Concat(Enumerable.Repeat(Unicode, (chars / Unicode.Length) + 1))[..chars];
}
