using System.Text.Json.Nodes;

namespace Pixfra.Rma.Faults.Tests.Driver;

/// <summary>Messages that carry files, and everything the bot said back, as one text.</summary>
public static class FileMessages
{
    /// <summary>A message carrying one Teams file (download info), as Teams sends a file picked in a 1:1 chat.</summary>
    public static JsonObject Activity(ExpectRepliesChat chat, string name, Uri download)
    {
        var activity = chat.NewActivity();
        var url = download.AbsoluteUri;
        activity["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["contentUrl"] = url,
            ["name"] = name,
            ["content"] = new JsonObject { ["downloadUrl"] = url, ["uniqueId"] = Guid.NewGuid().ToString(), ["fileType"] = Path.GetExtension(name).TrimStart('.') },
        });
        return activity;
    }

    public static string Said(IEnumerable<JsonObject> replies)
    {
        var all = replies.ToList();
        return string.Join('\n', all.Select(r => (string?)r["text"]).Concat(ExpectRepliesChat.Cards(all).Select(CardActions.AllText)));
    }
}
