namespace Pixfra.Rma.Storage.Sqlite;

/// <summary>
/// How far a connection's commits must have reached before they return (SQLite's <c>synchronous</c> in WAL mode).
/// An issued RMA number must survive a power cut, because it was shown; a chat's draft, its de-duplication claims and
/// its conversation reference only need to survive the process, and an fsync per turn for them would be most of a
/// turn's cost. A later full commit syncs the log with every commit before it.
/// </summary>
public enum CommitDurability
{
    /// <summary><c>synchronous = FULL</c>: the log is synced to disk at every commit.</summary>
    SurvivesPowerLoss,

    /// <summary><c>synchronous = NORMAL</c>: the commit is in the log (the OS has it); synced at the next checkpoint or full commit.</summary>
    SurvivesProcessCrash,
}
