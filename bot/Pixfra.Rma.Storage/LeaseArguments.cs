namespace Pixfra.Rma.Storage;

internal static class LeaseArguments
{
    public static void Check(string name, string owner, TimeSpan duration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
    }
}
