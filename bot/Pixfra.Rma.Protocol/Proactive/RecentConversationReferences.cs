using System.Collections.Concurrent;

namespace Pixfra.Rma.Protocol.Proactive;

/// <summary>
/// The references this process saved lately, so a turn does not write an unchanged one again (it changes only when
/// Teams moves a conversation's serviceUrl, or a name or locale changes). Entries live <see cref="Lifetime"/>: another
/// instance may have saved a different reference meanwhile, and after that the next activity writes it again. Bounded:
/// when full it starts over, which costs one write per conversation.
/// </summary>
public sealed class RecentConversationReferences(TimeProvider timeProvider)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<ConversationKey, (ConversationReference Reference, DateTimeOffset Until)> _saved = new();

    /// <summary>True when exactly this reference was saved by this process within <see cref="Lifetime"/>.</summary>
    public bool WasSaved(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return _saved.TryGetValue(reference.Key, out var entry) && entry.Reference == reference && entry.Until > timeProvider.GetUtcNow();
    }

    public void Saved(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (_saved.Count >= Capacity)
        {
            _saved.Clear();
        }

        _saved[reference.Key] = (reference, timeProvider.GetUtcNow() + Lifetime);
    }
}
