using Pixfra.Rma.Conversations.Directories;
using Pixfra.Rma.Conversations.Flow;

namespace Pixfra.Rma.Conversations.Welcome;

/// <summary>
/// P1: who is speaking. Staff come from the staff directory (active members only), distributors from the
/// directory of authorized distributors by their Teams or Slack identity. The answer is kept in the state
/// for a while and then looked up again, so removing someone from a directory takes effect.
/// </summary>
public static class IdentityResolver
{
    public static async Task ResolveAsync(FlowTurn turn)
    {
        var state = turn.State;
        var fresh = state.IdentityCheckedAt is { } checkedAt
            && state.IdentityUserId == turn.Speaker.UserId
            && turn.Now - checkedAt < NodaTime.Duration.FromTimeSpan(turn.Services.Options.IdentityRecheckAfter);
        if (fresh && state.Role is Role.Distributor or Role.Staff)
        {
            return;
        }

        var staff = await FindStaffAsync(turn);
        if (staff is not null)
        {
            turn.State = state with { Role = Role.Staff, StaffId = staff.Id, DistributorId = null, IdentityCheckedAt = turn.Now, IdentityUserId = turn.Speaker.UserId, Draft = null, Step = IdleUnlessIdentity(state) };
            return;
        }

        var distributor = await FindDistributorAsync(turn);
        if (distributor is not null)
        {
            // A draft belongs to one organisation: a colleague may continue it, someone from another may not.
            var keepDraft = state.Draft?.DistributorId == distributor.Id;
            turn.State = state with
            {
                Role = Role.Distributor,
                DistributorId = distributor.Id,
                StaffId = null,
                IdentityCheckedAt = turn.Now,
                IdentityUserId = turn.Speaker.UserId,
                Draft = keepDraft ? state.Draft : null,
                Step = keepDraft ? state.Step : IdleUnlessIdentity(state),
            };
            return;
        }

        // Someone who lost their directory entry, or another person in a group chat, gets no one else's access.
        var samePerson = state.IdentityUserId == turn.Speaker.UserId;
        var role = !samePerson || state.Role is Role.Distributor or Role.Staff ? Role.Unknown : state.Role;
        turn.State = state with { Role = role, DistributorId = null, StaffId = null, IdentityCheckedAt = turn.Now, IdentityUserId = turn.Speaker.UserId, Draft = null, Step = IdleUnlessIdentity(state) };
    }

    private static async Task<StaffMember?> FindStaffAsync(FlowTurn turn)
    {
        var speaker = turn.Speaker;
        var member = speaker switch
        {
            { AadObjectId: { Length: > 0 } aad } => await turn.Services.Staff.FindByEntraObjectIdAsync(aad, turn.CancellationToken),
            { SlackTeamId: { Length: > 0 } team } => await turn.Services.Staff.FindBySlackUserIdAsync(speaker.UserId, turn.CancellationToken) is { } slackMember
                && string.Equals(slackMember.SlackTeamId, team, StringComparison.Ordinal) ? slackMember : null,
            _ => null,
        };
        return member is { Active: true } ? member : null;
    }

    private static async Task<Distributor?> FindDistributorAsync(FlowTurn turn)
    {
        var speaker = turn.Speaker;
        if (speaker is { TenantId: { Length: > 0 } tenant })
        {
            return await turn.Services.Distributors.FindByTeamsAsync(tenant, speaker.AadObjectId ?? string.Empty, turn.CancellationToken);
        }

        if (speaker is { SlackTeamId: { Length: > 0 } team })
        {
            return await turn.Services.Distributors.FindBySlackAsync(team, speaker.UserId, turn.CancellationToken);
        }

        return null;
    }

    private static FlowStep IdleUnlessIdentity(ConversationState state) => state.Step == FlowStep.Identity ? FlowStep.Identity : FlowStep.Idle;
}
