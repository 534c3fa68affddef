using System.Data;
using System.Data.Common;
using Chb.Hub.Diagnostics;
using Chb.Hub.Options;
using Dapper;
using DbUp;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Options;

namespace Chb.Hub.Data.SqlServer;

/// <summary>
/// A shared SQL Server database for several hub instances. Writers run at READ COMMITTED and serialise on the change
/// sequence row's update lock, so sequences are handed out in commit order across instances.
/// </summary>
internal sealed class SqlServerHubDatabase : IHubDatabase, IDisposable, IAsyncDisposable
{
    private const string LockMigrations = """
        DECLARE @result int;
        EXEC @result = sp_getapplock @Resource = N'chb-hub-migrations', @LockMode = N'Exclusive', @LockOwner = N'Session', @LockTimeout = @TimeoutMs;
        IF @result < 0 THROW 50000, N'Another hub instance is still migrating the schema.', 1;
        """;

    private const string UnlockMigrations = "EXEC sp_releaseapplock @Resource = N'chb-hub-migrations', @LockOwner = N'Session'";

    private const string InsertRecords = """
        INSERT INTO source_records (sequence, agency, partner_reference, idempotency_key, payload_hash, kind, adapter_id, push_id, body, received_at)
        SELECT sequence, agency, partner_reference, idempotency_key, payload_hash, kind, adapter_id, push_id, body, received_at FROM @Rows
        """;

    private readonly DbDataSource _dataSource;
    private readonly string _connectionString;
    private readonly ILogger<SqlServerHubDatabase> _logger;

    public SqlServerHubDatabase(IOptions<StorageOptions> options, ILogger<SqlServerHubDatabase> logger)
    {
        _connectionString = options.Value.ConnectionString
            ?? throw new OptionsValidationException(StorageOptions.SectionName, typeof(StorageOptions), ["ConnectionString is required for SqlServer."]);
        // SqlClient has no typed data source yet (dotnet/SqlClient#2119); the factory's BCL one pools the same way.
        _dataSource = SqlClientFactory.Instance.CreateDataSource(_connectionString);
        _logger = logger;
    }

    public string Provider => StorageProviders.SqlServer;

    public ISqlDialect Sql { get; } = new SqlServerDialect();

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
        => await _dataSource.OpenConnectionAsync(cancellationToken);

    public async Task<WriteScope> BeginWriteAsync(CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await WriteScope.BeginAsync(connection, IsolationLevel.ReadCommitted, gate: null, Sql, cancellationToken);
    }

    // A table-valued parameter: one round trip, and Microsoft's guidance favours it over SqlBulkCopy below ~1,000 rows.
    public Task InsertRecordsAsync(WriteScope scope, IReadOnlyList<SourceRecordRow> rows, CancellationToken cancellationToken)
        => scope.Connection.ExecuteAsync(new CommandDefinition(
            InsertRecords, new { Rows = new SourceRecordTableParameter(rows) }, scope.Transaction, cancellationToken: cancellationToken));

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);

        // Instances starting together would each try to create the tables: a session lock lets one migrate at a time.
        await connection.ExecuteAsync(new CommandDefinition(LockMigrations, new { TimeoutMs = 120_000 }, commandTimeout: 150, cancellationToken: cancellationToken));
        try
        {
            var target = new SqlConnectionStringBuilder(_connectionString);
            HubLog.ServerStoreOpened(_logger, Provider, $"{target.DataSource}/{target.InitialCatalog}", connection.ServerVersion);
            SchemaMigrations.Apply(DeployChanges.To.SqlDatabase(_connectionString), Provider, _logger);
        }
        finally
        {
            await connection.ExecuteAsync(new CommandDefinition(UnlockMigrations, cancellationToken: CancellationToken.None));
        }
    }

    public void Dispose() => _dataSource.Dispose();

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
