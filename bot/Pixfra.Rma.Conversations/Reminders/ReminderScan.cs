using NodaTime;
using Pixfra.Rma.Conversations.Cases;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Conversations.State;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Conversations.Reminders;

/// <summary>
/// One pass over the authorized numbers that end soon (the validity index, never every case): sends the reminder
/// that is due for each, records the missed ones as skipped, and moves numbers whose window has ended to Expired
/// once their final message is settled. Safe to run in several instances at once: each send is claimed in the
/// reminder log first, and only the instance whose claim was written sends.
/// </summary>
public sealed class ReminderScan(
    IRmaCaseStore cases,
    IConversationStateStore states,
    IReminderLog log,
    IReminderSender sender,
    ReminderPolicy policy,
    string instanceId)
{
    public async Task<ReminderScanResult> RunOnceAsync(Instant now, CancellationToken cancellationToken)
    {
        var daysBefore = policy.DaysBefore;
        var endsBefore = now + ReminderSchedule.Horizon(daysBefore);
        var result = ReminderScanResult.None;
        string? token = null;
        do
        {
            var page = await cases.ListByValidityEndAsync(RmaStatus.Authorized, endsBefore, new PageRequest(policy.PageSize, token), cancellationToken);
            foreach (var stored in page.Items)
            {
                result = result.Plus(await ProcessAsync(stored, daysBefore, now, cancellationToken));
            }

            token = page.ContinuationToken;
        }
        while (token is not null);

        return result;
    }

    private async Task<ReminderScanResult> ProcessAsync(Versioned<RmaCase> stored, IReadOnlyList<int> daysBefore, Instant now, CancellationToken cancellationToken)
    {
        var rmaCase = stored.Value;
        var due = rmaCase.Validity is { } validity ? ReminderSchedule.DueAt(validity, now, daysBefore) : [];
        var counts = new Counts { Cases = 1 };
        if (due.Count == 0)
        {
            return counts.ToResult();
        }

        if (rmaCase.RaisedIn is { } chat && await UnderTakeoverAsync(chat, cancellationToken))
        {
            // The support person speaks for the bot now; what is still due goes out when they hand back.
            counts.Deferred++;
            return counts.ToResult();
        }

        var records = (await log.ListAsync(rmaCase.Number, cancellationToken)).ToDictionary(r => r.Value.ReminderId, StringComparer.Ordinal);
        foreach (var missed in due.Take(due.Count - 1))
        {
            await SkipMissedAsync(rmaCase, missed, records.GetValueOrDefault(missed), now, counts, cancellationToken);
        }

        var latest = due[^1];
        var settled = await SendIfDueAsync(rmaCase, latest, records.GetValueOrDefault(latest), now, counts, cancellationToken);
        if (latest == ReminderId.Expired && settled)
        {
            await ExpireAsync(rmaCase.Number, now, counts, cancellationToken);
        }

        return counts.ToResult();
    }

    private async Task<bool> UnderTakeoverAsync(ConversationAddress chat, CancellationToken cancellationToken)
    {
        var state = await states.GetAsync<ConversationState>(new ConversationKey(chat.ChannelId, chat.ConversationId), cancellationToken);
        return state?.Value.Takeover is not null;
    }

    /// <summary>A reminder whose moment passed while a later one is due (the bot was down): recorded, not sent.</summary>
    private async Task SkipMissedAsync(RmaCase rmaCase, string reminderId, Versioned<ReminderRecord>? record, Instant now, Counts counts, CancellationToken cancellationToken)
    {
        var skipped = record switch
        {
            null => ReminderRecord.SkippedNow(rmaCase.Number, reminderId, now, "superseded by a later reminder"),
            { Value.State: ReminderState.Failed } r when !r.Value.IsSettled => r.Value.Skip(now, "superseded by a later reminder"),
            { Value.State: ReminderState.Sending } r when ClaimExpired(r.Value, now) => r.Value.Skip(now, "superseded by a later reminder"),
            _ => null,
        };
        if (skipped is not null && await TryWriteAsync(skipped, record?.ETag, cancellationToken) is not null)
        {
            counts.Skipped++;
        }
    }

    /// <summary>Claims, sends and records the reminder if nobody did; true when it is settled afterwards.</summary>
    private async Task<bool> SendIfDueAsync(RmaCase listed, string reminderId, Versioned<ReminderRecord>? record, Instant now, Counts counts, CancellationToken cancellationToken)
    {
        var claim = record switch
        {
            null => ReminderRecord.Claimed(listed.Number, reminderId, instanceId, now),
            { Value.State: ReminderState.Failed, Value.NextTryAt: { } next } r when next <= now => r.Value.Claim(instanceId, now),
            { Value.State: ReminderState.Sending } r when ClaimExpired(r.Value, now) => r.Value.Claim(instanceId, now),
            _ => null,
        };
        if (claim is null)
        {
            return record!.Value.IsSettled;
        }

        var claimETag = await TryWriteAsync(claim, record?.ETag, cancellationToken);
        if (claimETag is null)
        {
            return false;   // Another instance claimed it first; it sends.
        }

        // The listing may be a moment old: a case shipped, cancelled or reissued since then gets nothing.
        var current = await cases.GetAsync(listed.Number, cancellationToken);
        if (current is null || current.Value.Status != RmaStatus.Authorized || current.Value.Validity != listed.Validity)
        {
            await TryWriteAsync(claim.Skip(now, "the case changed"), claimETag, cancellationToken);
            counts.Skipped++;
            return false;
        }

        var outcome = current.Value.RaisedIn is { } chat
            ? await sender.SendAsync(Notice(current.Value, chat, reminderId, now), cancellationToken)
            : new ReminderDelivery(ReminderDeliveryOutcome.Unreachable, "the case records no chat");
        var done = outcome.Outcome switch
        {
            ReminderDeliveryOutcome.Delivered => claim.Delivered(now),
            ReminderDeliveryOutcome.Unreachable => claim.Unreachable(now, outcome.Detail),
            _ => claim.Failed(now, claim.Attempts + 1 < policy.MaxAttempts ? now + Duration.FromTimeSpan(policy.RetryDelay) : null, outcome.Detail),
        };
        switch (done.State)
        {
            case ReminderState.Sent:
                counts.Sent++;
                break;
            case ReminderState.Unreachable:
                counts.Unreachable++;
                break;
            default:
                counts.Failed++;
                break;
        }

        // A conflict here means our claim timed out and another instance took it over: it records the outcome.
        return await TryWriteAsync(done, claimETag, cancellationToken) is not null && done.IsSettled;
    }

    private async Task ExpireAsync(Domain.Rma.RmaNumber number, Instant now, Counts counts, CancellationToken cancellationToken)
    {
        var current = await cases.GetAsync(number, cancellationToken);
        if (current is null || current.Value.Status != RmaStatus.Authorized || current.Value.Validity?.IsExpiredAt(now) != true)
        {
            return;
        }

        try
        {
            await cases.SaveAsync(current.Value.Expire(now), current.ETag, cancellationToken);
            counts.Expired++;
        }
        catch (ConcurrencyConflictException)
        {
            // Someone changed the case meanwhile (a reissue, a shipment): the next scan sees what they did.
        }
    }

    private bool ClaimExpired(ReminderRecord record, Instant now) =>
        record.ClaimedAt is not { } claimedAt || claimedAt + Duration.FromTimeSpan(policy.ClaimTimeout) <= now;

    private async Task<string?> TryWriteAsync(ReminderRecord record, string? expectedETag, CancellationToken cancellationToken)
    {
        try
        {
            return await log.SaveAsync(record, expectedETag, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            return null;
        }
    }

    private static ReminderNotice Notice(RmaCase rmaCase, ConversationAddress chat, string reminderId, Instant now)
    {
        var validity = rmaCase.Validity!;
        return new ReminderNotice(
            chat,
            rmaCase.Number,
            reminderId,
            validity.IsExpiredAt(now),
            validity.DaysLeftAt(now),
            validity.LastDay,
            [.. rmaCase.CoveredLines.Select(l => new ReminderUnit(l.SerialNumber.ToString(), l.ModelCode))]);
    }

    private sealed class Counts
    {
        public int Cases { get; set; }

        public int Sent { get; set; }

        public int Failed { get; set; }

        public int Unreachable { get; set; }

        public int Skipped { get; set; }

        public int Deferred { get; set; }

        public int Expired { get; set; }

        public ReminderScanResult ToResult() => new(Cases, Sent, Failed, Unreachable, Skipped, Deferred, Expired);
    }
}
