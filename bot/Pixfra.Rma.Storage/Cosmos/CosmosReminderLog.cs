using Microsoft.Azure.Cosmos;
using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Conversations.Reminders;
using Pixfra.Rma.Domain.Rma;

namespace Pixfra.Rma.Storage.Cosmos;

/// <summary>
/// Reminder records in the <c>reminders</c> container, pk = RMA number, id = reminder id: the scan reads one number's
/// records with a single-partition query, and a claim is a create (409 when it exists) or an ETag-checked replace.
/// </summary>
public sealed class CosmosReminderLog(CosmosDatabase database) : IReminderLog
{
    public async Task<Versioned<ReminderRecord>?> GetAsync(RmaNumber number, string reminderId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(reminderId);
        var container = await database.ContainerAsync(CosmosContainers.Reminders, cancellationToken);
        var document = await CosmosDocuments.ReadAsync(container, CosmosIds.From(reminderId), number.ToString(), cancellationToken);
        return document?.Versioned<ReminderRecord>();
    }

    public async Task<IReadOnlyList<Versioned<ReminderRecord>>> ListAsync(RmaNumber number, CancellationToken cancellationToken)
    {
        var container = await database.ContainerAsync(CosmosContainers.Reminders, cancellationToken);
        var pk = number.ToString();
        var query = new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk ORDER BY c.id").WithParameter("@pk", pk);
        return [.. (await CosmosDocuments.QueryAllAsync(container, query, pk, cancellationToken)).Select(d => d.Versioned<ReminderRecord>())];
    }

    public async Task<string> SaveAsync(ReminderRecord record, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentException.ThrowIfNullOrEmpty(record.ReminderId);
        var container = await database.ContainerAsync(CosmosContainers.Reminders, cancellationToken);
        var body = CosmosDocument.Envelope(CosmosIds.From(record.ReminderId), record.Number.ToString(), record, ("state", record.State.ToString()));
        return await CosmosDocuments.WriteAsync(container, body, expectedETag, "reminder", cancellationToken);
    }
}
