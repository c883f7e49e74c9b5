using Pixfra.Rma.Cards.Models;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Issue;
using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Domain.Rma;

namespace Pixfra.Rma.Conversations.MyRmas;

/// <summary>
/// The organisation's RMAs, one RMA's card, and the card's self-refresh. A distributor only ever sees their
/// own organisation's cases: anyone else's number answers exactly like a number that does not exist.
/// </summary>
public static class MyRmasFlow
{
    private const int MaxPageTokenLength = 512;

    public static async Task ListAsync(FlowTurn turn, string? pageToken)
    {
        var token = pageToken is { Length: > 0 and <= MaxPageTokenLength } ? pageToken : null;
        Page<Versioned<RmaCase>> page;
        try
        {
            page = await turn.Services.Cases.ListByDistributorAsync(turn.State.DistributorId!, new PageRequest(turn.Services.Options.ListPageSize, token), turn.CancellationToken);
        }
        catch (ArgumentException)
        {
            // A continuation token from a tampered card: start from the first page.
            page = await turn.Services.Cases.ListByDistributorAsync(turn.State.DistributorId!, PageRequest.First(turn.Services.Options.ListPageSize), turn.CancellationToken);
        }

        turn.Card(new RmaListCard(
            [.. page.Items.Select(c => new RmaListItemView(c.Value.Number.ToString(), turn.Text($"Status_{RmaCardView.EffectiveStatus(c.Value, turn.Now)}"), RmaCardView.Countdown(turn, c.Value)))],
            page.ContinuationToken ?? string.Empty));
    }

    public static async Task StatusAsync(FlowTurn turn, string? typedNumber)
    {
        var stored = await FindOwnAsync(turn, typedNumber);
        if (stored is not null)
        {
            turn.Replies.Add(Reply.OfCard(await RmaCardView.RenderAsync(turn, stored.Value)));
        }
    }

    /// <summary>Action.Execute <c>rma.refresh</c>: the same card with the countdown as of now.</summary>
    public static async Task RefreshAsync(FlowTurn turn, string? typedNumber)
    {
        if (turn.State.Role is not (Role.Distributor or Role.Staff)
            || !RmaNumber.TryParse(typedNumber, out var number)
            || await turn.Services.Cases.GetAsync(number, turn.CancellationToken) is not { } stored
            || !MayRead(turn, stored.Value))
        {
            return;
        }

        turn.InvokeCard = await RmaCardView.RenderAsync(turn, stored.Value);
    }

    /// <summary>The case (with its ETag) if it exists and the speaker may see it; otherwise says so and returns null.</summary>
    public static async Task<Versioned<RmaCase>?> FindOwnAsync(FlowTurn turn, string? typedNumber)
    {
        if (string.IsNullOrWhiteSpace(typedNumber))
        {
            turn.Say("Rma_Number_Missing");
            return null;
        }

        if (!RmaNumber.TryParse(typedNumber, out var number))
        {
            turn.Say("Rma_Number_Invalid", Clip(typedNumber));
            return null;
        }

        var stored = await turn.Services.Cases.GetAsync(number, turn.CancellationToken);
        if (stored is null || !MayRead(turn, stored.Value))
        {
            turn.Say("Rma_Number_NotFound", number);
            return null;
        }

        return stored;
    }

    private static bool MayRead(FlowTurn turn, RmaCase rmaCase) =>
        turn.State.Role == Role.Staff || (turn.State.Role == Role.Distributor && rmaCase.DistributorId == turn.State.DistributorId);

    private static string Clip(string text) => text.Length > 30 ? text[..30] + "…" : text;
}
