namespace Pixfra.Rma.Cards.Models;

/// <summary>The first card a user sees: what the bot does and the commands it understands.</summary>
public sealed record WelcomeCard(string Greeting, IReadOnlyList<CommandHelp> Commands) : ICardModel
{
    public static string TemplateName => "welcome";
}

/// <summary>A command as the user types it, with what it does.</summary>
public sealed record CommandHelp(string Command, string Description);
