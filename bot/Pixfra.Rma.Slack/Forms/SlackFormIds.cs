using System.Security.Cryptography;

namespace Pixfra.Rma.Slack.Forms;

/// <summary>Form ids are random (a button's value must not let anyone guess another conversation's form), and forms do not last forever.</summary>
public static class SlackFormIds
{
    /// <summary>How long a posted form can still be opened and submitted.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(2);

    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
}
