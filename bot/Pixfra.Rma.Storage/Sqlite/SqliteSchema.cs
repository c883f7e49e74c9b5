namespace Pixfra.Rma.Storage.Sqlite;

/// <summary>
/// The schema as ordered migration scripts: index i brings version i to i + 1. Append only, never edit a
/// script that shipped. Every document table keeps the JSON and an <c>etag</c> (a fresh GUID per write, checked in
/// the UPDATE's WHERE clause); columns beside the JSON exist only for lookups, each with an index.
/// Times are Unix milliseconds (UTC), so comparisons are integer comparisons.
/// </summary>
internal static class SqliteSchema
{
    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE conversation_state (
            key TEXT NOT NULL PRIMARY KEY,
            json TEXT NOT NULL,
            etag TEXT NOT NULL);

        CREATE TABLE conversation_reference (
            key TEXT NOT NULL PRIMARY KEY,
            json TEXT NOT NULL,
            etag TEXT NOT NULL);

        CREATE TABLE processed_activity (
            key TEXT NOT NULL PRIMARY KEY,
            expires_at INTEGER NOT NULL);
        CREATE INDEX ix_processed_activity_expires_at ON processed_activity (expires_at);

        CREATE TABLE lease (
            name TEXT NOT NULL PRIMARY KEY,
            owner TEXT NOT NULL,
            expires_at INTEGER NOT NULL);

        CREATE TABLE distributor (
            id TEXT NOT NULL PRIMARY KEY,
            json TEXT NOT NULL,
            etag TEXT NOT NULL);
        CREATE TABLE distributor_identity (
            identity TEXT NOT NULL,
            distributor_id TEXT NOT NULL REFERENCES distributor (id) ON DELETE CASCADE,
            PRIMARY KEY (identity, distributor_id));
        CREATE INDEX ix_distributor_identity_distributor_id ON distributor_identity (distributor_id);

        CREATE TABLE staff_member (
            id TEXT NOT NULL PRIMARY KEY,
            entra_object_id TEXT NULL,
            slack_user_id TEXT NULL,
            json TEXT NOT NULL,
            etag TEXT NOT NULL);
        CREATE INDEX ix_staff_member_entra_object_id ON staff_member (entra_object_id);
        CREATE INDEX ix_staff_member_slack_user_id ON staff_member (slack_user_id);

        CREATE TABLE repair_station (
            id TEXT NOT NULL PRIMARY KEY,
            json TEXT NOT NULL,
            etag TEXT NOT NULL);

        CREATE TABLE shipment (
            serial_number TEXT NOT NULL PRIMARY KEY,
            delivered_on TEXT NOT NULL);
        """,
        """
        CREATE TABLE rma_case (
            number TEXT NOT NULL PRIMARY KEY,
            distributor_id TEXT NOT NULL,
            status TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            validity_ends_at INTEGER NULL,
            json TEXT NOT NULL,
            etag TEXT NOT NULL);
        CREATE INDEX ix_rma_case_distributor ON rma_case (distributor_id, created_at, number);
        CREATE INDEX ix_rma_case_status ON rma_case (status, created_at, number);
        CREATE INDEX ix_rma_case_validity ON rma_case (status, validity_ends_at, number);

        CREATE TABLE rma_case_serial (
            serial_number TEXT NOT NULL,
            number TEXT NOT NULL REFERENCES rma_case (number) ON DELETE CASCADE,
            PRIMARY KEY (serial_number, number));
        CREATE INDEX ix_rma_case_serial_number ON rma_case_serial (number);
        """,
        """
        CREATE TABLE support_request (
            id TEXT NOT NULL PRIMARY KEY,
            created_at INTEGER NOT NULL,
            json TEXT NOT NULL);
        CREATE INDEX ix_support_request_created_at ON support_request (created_at, id);
        """,
        """
        CREATE TABLE reminder (
            number TEXT NOT NULL,
            reminder_id TEXT NOT NULL,
            json TEXT NOT NULL,
            etag TEXT NOT NULL,
            PRIMARY KEY (number, reminder_id));
        """,
        """
        CREATE TABLE handoff (
            id TEXT NOT NULL PRIMARY KEY,
            state TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            distributor_conversation TEXT NOT NULL,
            staff_thread TEXT NULL,
            json TEXT NOT NULL,
            etag TEXT NOT NULL);
        CREATE INDEX ix_handoff_state ON handoff (state, created_at, id);
        CREATE INDEX ix_handoff_staff_thread ON handoff (staff_thread);
        CREATE INDEX ix_handoff_distributor_conversation ON handoff (distributor_conversation, state, created_at);
        """,
    ];
}
