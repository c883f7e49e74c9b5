namespace Pixfra.Rma.Protocol.Authentication;

/// <summary>The <c>MicrosoftAppType</c> setting. It only changes outbound credentials (PROTOCOL.md §1).</summary>
public enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMSI,
}
