namespace Pixfra.Rma.Storage.Hosting;

/// <summary><c>Storage:Provider</c>: where documents live. SQLite when the setting is absent.</summary>
public enum StorageProvider
{
    Sqlite,
    Cosmos,
}
