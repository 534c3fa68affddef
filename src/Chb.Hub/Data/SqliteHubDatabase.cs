using System.Data;
using System.Data.Common;
using Chb.Hub.Diagnostics;
using Chb.Hub.Options;
using Dapper;
using DbUp;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Chb.Hub.Data;

/// <summary>
/// The embedded default: one SQLite file in WAL mode with <c>synchronous=FULL</c>, so a commit that
/// returned survives a crash. SQLite allows one writer at a time, so writers queue on an in-process gate
/// rather than spinning on SQLITE_BUSY.
/// </summary>
internal sealed class SqliteHubDatabase : IHubDatabase, IDisposable
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SQLitePCL.sqlite3, object> Configured = [];
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly string _connectionString;
    private readonly string _setup;
    private readonly ILogger<SqliteHubDatabase> _logger;

    public SqliteHubDatabase(IOptions<StorageOptions> options, IHostEnvironment environment, ILogger<SqliteHubDatabase> logger)
    {
        var path = options.Value.SqlitePath;
        FilePath = Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(environment.ContentRootPath, path));
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = 30,
        }.ToString();
        _setup = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PRAGMA synchronous = FULL; PRAGMA cache_size = -{options.Value.SqliteCacheMiB * 1024};");
        _logger = logger;
    }

    public string FilePath { get; }

    public string Provider => StorageProviders.Sqlite;

    public ISqlDialect Sql { get; } = new SqliteDialect();

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // Not stored in the file: every connection must ask for durable commits and its page cache
            // (Hub:Storage:SqliteCacheMiB, 16 MiB; SQLite's default is 2 MiB) itself. A pooled connection keeps its native
            // handle, and the handle keeps its settings, so each handle is set up once.
            var handle = connection.Handle;
            if (handle is null || !Configured.TryGetValue(handle, out _))
            {
                await connection.ExecuteAsync(new CommandDefinition(_setup, cancellationToken: cancellationToken));
                if (handle is not null)
                {
                    Configured.AddOrUpdate(handle, Configured);
                }
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<WriteScope> BeginWriteAsync(CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        var release = new GateRelease(_writeGate);
        DbConnection connection;
        try
        {
            connection = await OpenAsync(cancellationToken);
        }
        catch
        {
            release.Dispose();
            throw;
        }

        // Microsoft.Data.Sqlite begins IMMEDIATE transactions: the write lock is taken up front.
        return await WriteScope.BeginAsync(connection, IsolationLevel.Unspecified, release, Sql, cancellationToken);
    }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        await using (var connection = await OpenAsync(cancellationToken))
        {
            var mode = await connection.ExecuteScalarAsync<string>(new CommandDefinition("PRAGMA journal_mode = WAL;", cancellationToken: cancellationToken));
            var check = await connection.ExecuteScalarAsync<string>(new CommandDefinition("PRAGMA quick_check;", cancellationToken: cancellationToken));
            if (!string.Equals(check, "ok", StringComparison.Ordinal))
            {
                HubLog.StoreIntegrityFailed(_logger, FilePath, check ?? "no answer");
                throw new InvalidOperationException($"The SQLite store at {FilePath} failed its integrity check: {check}");
            }

            HubLog.StoreOpened(_logger, Provider, FilePath, mode ?? "unknown");
        }

        SchemaMigrations.Apply(DeployChanges.To.SqliteDatabase(_connectionString), Provider, _logger);
    }

    // Microsoft.Data.Sqlite does its work synchronously whichever method is called, so these are synchronous too.
    public Task InsertRecordsAsync(WriteScope scope, IReadOnlyList<SourceRecordRow> rows, CancellationToken cancellationToken)
    {
        SqliteRecordWriter.Insert(scope, rows, cancellationToken);
        return Task.CompletedTask;
    }

    public Task<Dictionary<string, StoredKey>> FindKeysAsync(WriteScope scope, string agency, IReadOnlyList<string> keys, CancellationToken cancellationToken)
        => SqliteRecordWriter.TryFindKeys(scope, agency, keys, cancellationToken) is { } known
            ? Task.FromResult(known)
            : StoredKeys.FindAsync(scope, agency, keys, cancellationToken);

    public void Dispose() => _writeGate.Dispose();

    private sealed class GateRelease(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
