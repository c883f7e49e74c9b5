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
}

/// <summary>A recognised command and its argument as typed (an RMA number or a serial number), if any.</summary>
public sealed record Command(CommandKind Kind, string? Argument);
