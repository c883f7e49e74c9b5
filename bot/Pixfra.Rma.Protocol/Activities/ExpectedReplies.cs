namespace Pixfra.Rma.Protocol.Activities;

/// <summary>The body answered to a <c>deliveryMode: expectReplies</c> request.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
