using System.Data.Common;

namespace Chb.Hub.Data;

/// <summary>The storage provider seam: connections, the write path and the SQL that differs by engine.</summary>
internal interface IHubDatabase
{
    /// <summary>Gets the provider name, such as <c>Sqlite</c>.</summary>
    string Provider { get; }

    /// <summary>Gets the engine-specific SQL.</summary>
    ISqlDialect Sql { get; }

    /// <summary>Opens a connection for reading; the caller disposes it.</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Opens a connection with a write transaction; nothing is stored until the scope commits.</summary>
    Task<WriteScope> BeginWriteAsync(CancellationToken cancellationToken);

    /// <summary>Inserts new source records inside <paramref name="scope"/> by the engine's fastest path for a batch.</summary>
    Task InsertRecordsAsync(WriteScope scope, IReadOnlyList<SourceRecordRow> rows, CancellationToken cancellationToken);

    /// <summary>
    /// Finds which of the distinct idempotency <paramref name="keys"/> <paramref name="agency"/> has stored, inside
    /// <paramref name="scope"/>, by the engine's fastest path for a batch (by default <see cref="ISqlDialect.FindKeys"/> in chunks).
    /// </summary>
    Task<Dictionary<string, StoredKey>> FindKeysAsync(WriteScope scope, string agency, IReadOnlyList<string> keys, CancellationToken cancellationToken)
        => StoredKeys.FindAsync(scope, agency, keys, cancellationToken);

    /// <summary>Creates or upgrades the schema and checks the store's integrity.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);
}

/// <summary>SQL whose text differs between engines. Parameter names are the same in every dialect.</summary>
internal interface ISqlDialect
{
    /// <summary>
    /// Locks the change sequence row until the transaction ends (<c>FOR UPDATE</c>, <c>UPDLOCK</c>). Writers take it
    /// before reading what is stored, so two hub instances never both decide that the same key is new.
    /// </summary>
    string LockChangeSequence { get; }

    /// <summary>Reserves <c>@Count</c> audit positions (locking the audit counter row) and returns the last one.</summary>
    string ReserveAudit => "UPDATE sequence_counters SET value = value + @Count WHERE name = 'audit' RETURNING value";

    /// <summary>At most <c>@Limit</c> audit entries after position <c>@After</c>, optionally for one <c>@Actor</c>.</summary>
    string AuditPage => $"SELECT {AuditSql.Columns} FROM audit_log WHERE position > @After AND (@Actor IS NULL OR actor = @Actor) ORDER BY position LIMIT @Limit";

    /// <summary>Reads the committed change sequence without locking it.</summary>
    string ReadChangeSequence => "SELECT value FROM sequence_counters WHERE name = 'change'";

    /// <summary>Reserves <c>@Count</c> change sequence values and returns the last one reserved.</summary>
    string ReserveSequences { get; }

    /// <summary>Finds stored records of <c>@Agency</c> among the idempotency keys <c>@Keys</c>.</summary>
    string FindKeys { get; }

    /// <summary>Inserts or updates one agency from <c>@Code</c>, <c>@Name</c> and <c>@Kind</c>.</summary>
    string UpsertAgency { get; }

    /// <summary>
    /// Rewrites <c>column IN @List</c> for the engine; pass the list as <see cref="SqlList"/>. Dapper expands a list
    /// into one parameter per item, except on PostgreSQL, where it sends a real array that needs <c>= ANY(@List)</c>;
    /// SQLite reads one JSON array.
    /// </summary>
    string InLists(string sql) => sql;

    /// <summary>One page of quarantine entries after <c>@After</c>, optionally for <c>@Agency</c>, at most <c>@Limit</c>.</summary>
    string QuarantinePage { get; }
}
