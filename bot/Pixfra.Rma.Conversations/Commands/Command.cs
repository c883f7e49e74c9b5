namespace Pixfra.Rma.Conversations.Commands;

/// <summary>The commands a user can type at any step, in English or Simplified Chinese.</summary>
public enum CommandKind
{
    Help,
    NewRma,
    MyRmas,
    Status,
    Reissue,
    Cancel,
    TalkToSupport,
    Warranty,

    /// <summary>Staff: the unclaimed handoffs.</summary>
    Queue,

    /// <summary>Staff: everything about an RMA, by number or serial number.</summary>
    Lookup,

    /// <summary>Staff: move an RMA to a status (received, inspecting, in repair, shipped back, closed + reason).</summary>
    SetStatus,

    /// <summary>Staff: exclude a line after inspection, with the reason.</summary>
    Exclude,

    /// <summary>Staff: ask the distributor for more information (a card in their chat).</summary>
    Ask,

    /// <summary>Staff: a note on the case that only staff see.</summary>
    Note,

    /// <summary>Staff, in a handoff thread: end the takeover, optionally at a named step.</summary>
    HandBack,

    /// <summary>Staff, in a handoff thread: close the handoff.</summary>
    Resolve,
}

/// <summary>
/// A recognised command and its argument, normalised (an RMA number or a serial number), if any;
/// <see cref="Text"/> is the same argument with its letter case kept (reasons, questions, notes).
/// </summary>
public sealed record Command(CommandKind Kind, string? Argument, string? Text = null)
{
    public static IReadOnlySet<CommandKind> StaffOnly { get; } = new HashSet<CommandKind>
    {
        CommandKind.Queue, CommandKind.Lookup, CommandKind.SetStatus, CommandKind.Exclude, CommandKind.Ask, CommandKind.Note, CommandKind.HandBack, CommandKind.Resolve,
    };

    public bool IsStaffOnly => StaffOnly.Contains(Kind);
}
