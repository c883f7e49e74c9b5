using System.Runtime.CompilerServices;

namespace Pixfra.Rma.Slack.Tests;

/// <summary>
/// The bot hosts these tests start keep their SQLite file and blobs in a folder of this test run, not in the source
/// tree, so runs never see each other's conversations.
/// </summary>
internal static class TemporaryStorage
{
    [ModuleInitializer]
    internal static void UseTemporaryFolder()
    {
        var folder = Directory.CreateTempSubdirectory("pixfra-slack-tests-").FullName;
        Environment.SetEnvironmentVariable("Storage__Sqlite__Path", Path.Combine(folder, "rma.db"));
        Environment.SetEnvironmentVariable("Blobs__FileSystem__Path", Path.Combine(folder, "blobs"));
    }
}
