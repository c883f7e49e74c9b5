namespace Pixfra.Rma.EndToEnd.Tests.Harness;

/// <summary>Tests share one Playground: a unique word in each message tells whose reply is whose.</summary>
internal static class Nonce
{
    public static string Next() => Guid.NewGuid().ToString("N")[..10];
}
