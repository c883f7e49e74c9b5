namespace Pixfra.Rma.Cards.Models;

/// <summary>The organisation's RMAs, newest first, a page at a time.</summary>
public sealed record RmaListCard(IReadOnlyList<RmaListItemView> Items, string NextPage) : ICardModel
{
    public static string TemplateName => "rma-list";

    public bool HasItems => Items.Count > 0;

    public bool HasMore => NextPage.Length > 0;
}

public sealed record RmaListItemView(string Number, string Status, string Detail);
