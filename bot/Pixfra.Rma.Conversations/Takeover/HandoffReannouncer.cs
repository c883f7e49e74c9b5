using Pixfra.Rma.Cards.Text;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Persistence;
using NodaTime;

namespace Pixfra.Rma.Conversations.Takeover;

/// <summary>
/// Handoffs nobody claimed within <see cref="SupportOptions.ReannounceAfter"/> are announced again in their staff
/// thread (or posted again when no thread was created). Marking the handoff announced is ETag-checked, so with
/// several instances running each reminder goes out once.
/// </summary>
public static class HandoffReannouncer
{
    public static async Task<IReadOnlyList<OutboundMessage>> DueAsync(IHandoffStore store, SupportOptions options, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var culture = BotCulture.FromLocale(options.StaffLocale);
        var after = Duration.FromTimeSpan(options.ReannounceAfter);
        var due = new List<OutboundMessage>();
        string? token = null;
        do
        {
            var page = await store.ListWaitingAsync(new PageRequest(100, token), cancellationToken);
            foreach (var stored in page.Items.Where(h => now - h.Value.AnnouncedAt >= after))
            {
                var handoff = stored.Value with { AnnouncedAt = now };
                try
                {
                    await store.SaveAsync(handoff, stored.ETag, cancellationToken);
                }
                catch (ConcurrencyConflictException)
                {
                    continue; // claimed, cancelled or announced by someone else meanwhile
                }

                due.Add(handoff.StaffThread is { } thread
                    ? OutboundMessage.Send(thread, Reply.OfText(BotText.Format(
                        "Handoff_StillWaiting",
                        culture,
                        (long)(now - handoff.CreatedAt).TotalMinutes,
                        Cards.Templates.MarkdownEscaper.Escape(handoff.Requester.Name ?? BotText.Get("Handoff_Unknown", culture)),
                        Cards.Templates.MarkdownEscaper.Escape(handoff.DistributorName ?? BotText.Get("Handoff_Unknown", culture)),
                        BotText.Get($"Handoff_Reason_{handoff.Reason}", culture))))
                    : OutboundMessage.StartThread(handoff.Id, Reply.OfCard(HandoffCardView.Render(handoff, culture))));
            }

            token = page.ContinuationToken;
        }
        while (token is not null);

        return due;
    }
}
