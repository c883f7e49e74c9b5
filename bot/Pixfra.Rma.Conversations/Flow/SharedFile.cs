namespace Pixfra.Rma.Conversations.Flow;

/// <summary>A file attached to a message, as the channel described it: its name and, if it has one, a link to it.</summary>
public sealed record SharedFile(string Name, Uri? Link);
