using System.Data;
using System.Data.Common;
using Chb.Hub.Diagnostics;
using Chb.Hub.Options;
using Dapper;
using DbUp;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Chb.Hub.Data.PostgreSql;

/// <summary>
/// A shared PostgreSQL database for several hub instances. Writers run at READ COMMITTED and serialise on the change
/// sequence row lock, so sequences are handed out in commit order across instances.
/// </summary>
internal sealed class PostgreSqlHubDatabase : IHubDatabase, IDisposable, IAsyncDisposable
{
    // Any fixed 64-bit key works: it only has to be the same for every hub instance ("CHBHUB" in ASCII).
    private const long MigrationLockKey = 0x434842485542;
    private const string LockMigrations = "SELECT pg_advisory_lock(@Key)";
    private const string UnlockMigrations = "SELECT pg_advisory_unlock(@Key)";

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _connectionString;
    private readonly ILogger<PostgreSqlHubDatabase> _logger;

    public PostgreSqlHubDatabase(IOptions<StorageOptions> options, ILoggerFactory loggerFactory, ILogger<PostgreSqlHubDatabase> logger)
    {
        _connectionString = options.Value.ConnectionString
            ?? throw new OptionsValidationException(StorageOptions.SectionName, typeof(StorageOptions), ["ConnectionString is required for PostgreSql."]);
        _dataSource = new NpgsqlDataSourceBuilder(_connectionString).UseLoggerFactory(loggerFactory).Build();
        _logger = logger;
    }

    public string Provider => StorageProviders.PostgreSql;

    public ISqlDialect Sql { get; } = new PostgreSqlDialect();

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
        => await _dataSource.OpenConnectionAsync(cancellationToken);

    public async Task<WriteScope> BeginWriteAsync(CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await WriteScope.BeginAsync(connection, IsolationLevel.ReadCommitted, gate: null, Sql, cancellationToken);
    }

    public Task InsertRecordsAsync(WriteScope scope, IReadOnlyList<SourceRecordRow> rows, CancellationToken cancellationToken)
        => PostgreSqlRecordCopy.WriteAsync(scope, rows, cancellationToken);

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var key = new { Key = MigrationLockKey };

        // Instances starting together would each try to create the tables: a session lock lets one migrate at a time.
        await connection.ExecuteAsync(new CommandDefinition(LockMigrations, key, commandTimeout: 150, cancellationToken: cancellationToken));
        try
        {
            var target = new NpgsqlConnectionStringBuilder(_connectionString);
            HubLog.ServerStoreOpened(_logger, Provider, $"{target.Host}:{target.Port}/{target.Database}", connection.ServerVersion);
            SchemaMigrations.Apply(DeployChanges.To.PostgresqlDatabase(_connectionString), Provider, _logger);
        }
        finally
        {
            await connection.ExecuteAsync(new CommandDefinition(UnlockMigrations, key, cancellationToken: CancellationToken.None));
        }
    }

    public void Dispose() => _dataSource.Dispose();

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
