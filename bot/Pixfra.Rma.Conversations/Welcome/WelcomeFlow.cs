using Pixfra.Rma.Cards.Models;
using Pixfra.Rma.Conversations.Directories;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Support;
using Pixfra.Rma.Conversations.Takeover;

namespace Pixfra.Rma.Conversations.Welcome;

/// <summary>P1–P2: the welcome and command menu, the distributor-or-end-user question, and its answers.</summary>
public static class WelcomeFlow
{
    private static readonly (string Command, string Description)[] DistributorCommands =
    [
        ("Help_NewRma_Command", "Help_NewRma"),
        ("Help_MyRmas_Command", "Help_MyRmas"),
        ("Help_Status_Command", "Help_Status"),
        ("Help_Warranty_Command", "Help_Warranty"),
        ("Help_Reissue_Command", "Help_Reissue"),
        ("Help_Cancel_Command", "Help_Cancel"),
        ("Help_Support_Command", "Help_Support"),
    ];

    /// <summary>The menu for whoever is speaking: known distributors and staff get the commands, others the question.</summary>
    public static async Task WelcomeAsync(FlowTurn turn)
    {
        switch (turn.State.Role)
        {
            case Role.Distributor:
                var distributor = await turn.Services.Distributors.GetAsync(turn.State.DistributorId!, turn.CancellationToken);
                turn.Card(Menu(turn, turn.Text("Welcome_Greeting_Distributor", Name(turn), distributor?.Value.Name ?? string.Empty)));
                break;
            case Role.Staff:
                turn.Card(Menu(turn, turn.Text("Welcome_Greeting_Staff", Name(turn))));
                break;
            case Role.EndUser:
                turn.Card(new EndUserCard());
                break;
            default:
                AskIdentity(turn, error: null);
                break;
        }
    }

    public static void AskIdentity(FlowTurn turn, string? error)
    {
        turn.State = turn.State with { Step = FlowStep.Identity };
        turn.Card(new IdentityQuestionCard(error));
    }

    /// <summary>P2: an end user is sent to their seller, with what to bring; no RMA is ever opened for them.</summary>
    public static void EndUser(FlowTurn turn)
    {
        turn.State = turn.State with { Step = FlowStep.Idle, Role = Role.EndUser, Draft = null };
        turn.Card(new EndUserCard());
    }

    /// <summary>
    /// P1: a self-declared distributor. A valid staff-issued invite code links this chat identity to the
    /// distributor; without one the request is recorded for staff and the user is told how registration works.
    /// </summary>
    public static async Task DistributorAsync(FlowTurn turn, string? inviteCode)
    {
        if (!string.IsNullOrWhiteSpace(inviteCode))
        {
            var code = inviteCode.Trim();
            if (code.Length > 40)
            {
                AskIdentity(turn, turn.Text("Identity_InviteCode_Invalid"));
                return;
            }

            var distributor = await turn.Services.Distributors.FindByInviteCodeAsync(code, turn.CancellationToken);
            if (distributor is null)
            {
                AskIdentity(turn, turn.Text("Identity_InviteCode_Invalid"));
                return;
            }

            await LinkAsync(turn, distributor);
            turn.State = turn.State with { Step = FlowStep.Idle, Role = Role.Distributor, DistributorId = distributor.Id, IdentityCheckedAt = turn.Now, IdentityUserId = turn.Speaker.UserId };
            turn.Card(Menu(turn, turn.Text("Welcome_Greeting_Distributor", Name(turn), distributor.Name)));
            return;
        }

        var request = await SupportFlow.RecordAsync(turn, SupportRequestKind.Registration, rmaNumber: null, details: null);
        turn.State = turn.State with { Step = FlowStep.Idle, Role = Role.UnregisteredDistributor };
        turn.Card(new RegistrationCard(request.Id));
        await HandoffFlow.EscalateAsync(turn, HandoffReason.IdentityUnknown, request.Id);
    }

    private static async Task LinkAsync(FlowTurn turn, Distributor distributor)
    {
        var identity = turn.Speaker switch
        {
            { AadObjectId: { Length: > 0 } aad } => DistributorIdentity.TeamsUser(aad),
            { SlackTeamId: { Length: > 0 } team } => DistributorIdentity.SlackUser(team, turn.Speaker.UserId),
            _ => null,
        };
        var stored = await turn.Services.Distributors.GetAsync(distributor.Id, turn.CancellationToken);
        if (identity is null || stored is null || stored.Value.Identities.Contains(identity))
        {
            return;
        }

        await turn.Services.Distributors.SaveAsync(stored.Value with { Identities = [.. stored.Value.Identities, identity] }, stored.ETag, turn.CancellationToken);
    }

    private static WelcomeCard Menu(FlowTurn turn, string greeting) =>
        new(greeting, [.. DistributorCommands.Select(c => new CommandHelp(turn.Text(c.Command), turn.Text(c.Description)))]);

    private static string Name(FlowTurn turn) => string.IsNullOrWhiteSpace(turn.Speaker.Name) ? turn.Text("Welcome_NoName") : turn.Speaker.Name;
}
