namespace Pixfra.Rma.Slack.BlockKit;

/// <summary>Where blocks are shown; Slack allows 50 blocks in a message and 100 in a modal or App Home.</summary>
public enum BlockKitSurface
{
    Message,
    Modal,
}
