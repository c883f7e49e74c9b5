namespace Pixfra.Rma.Faults.Tests.Hosting;

/// <summary>Tests against one in-process Development host per test, through its in-memory client.</summary>
public abstract class DevelopmentHostTests : IAsyncLifetime
{
    private readonly DevelopmentHost _host = new();

    protected HttpClient Http { get; private set; } = null!;

    protected Uri Messages => _host.Messages;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        Http = _host.CreateClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _host.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
