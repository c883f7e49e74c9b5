namespace Pixfra.Rma.Conversations.Flow;

/// <summary>Where a conversation is; stored, so the bot resumes there after a restart.</summary>
public enum FlowStep
{
    /// <summary>Nothing in progress: the menu.</summary>
    Idle,

    /// <summary>Asked whether the user is a distributor or an end user (P1, P2).</summary>
    Identity,

    /// <summary>Confirming the pre-shipment checklist (P11), item <see cref="ConversationState.ChecklistIndex"/>.</summary>
    Checklist,

    /// <summary>Adding units one by one (P9, P13, P15).</summary>
    Lines,

    /// <summary>Adding units as a pasted list.</summary>
    BulkLines,

    /// <summary>Sending the photos and documents the units need (P10, P13).</summary>
    Evidence,

    /// <summary>Reading the warranty verdicts before confirming (P4–P9).</summary>
    Review,
}
