using System.Data.Common;
using Chb.Hub.Options;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Chb.Hub.StorageTests.Support;

/// <summary>
/// A fresh, empty database of one provider for one test, shared by every hub the test starts, and removed at the end.
/// Assertions read it directly, as an auditor with access to the database would.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly IServerDatabases? _server;
    private readonly string _name;
    private readonly string _connectionString;
    private readonly List<StorageHub> _hubs = [];

    /// <param name="name">The server's database name, or the SQLite file's path.</param>
    private TestDatabase(string provider, IServerDatabases? server, string name, string connectionString, Dictionary<string, string?> settings)
    {
        Provider = provider;
        _server = server;
        _name = name;
        _connectionString = connectionString;
        Settings = settings;
    }

    public string Provider { get; }

    /// <summary>Gets the <c>Hub:Storage</c> settings that point a hub at this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        var admin = await ProviderAvailability.RequireAsync(provider);
        var name = $"chb_t_{Guid.NewGuid():N}";
        if (admin is null)
        {
            var path = Path.Combine(Path.GetTempPath(), "chb-storage-tests", $"{name}.db");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var sqlite = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString;
            return new TestDatabase(provider, null, path, sqlite, new()
            {
                ["Hub:Storage:Provider"] = StorageProviders.Sqlite,
                ["Hub:Storage:SqlitePath"] = path,
            });
        }

        var server = ServerDatabases.For(provider, admin);
        var connectionString = await server.CreateAsync(name);
        return new TestDatabase(provider, server, name, connectionString, new()
        {
            ["Hub:Storage:Provider"] = provider,
            ["Hub:Storage:ConnectionString"] = connectionString,
        });
    }

    /// <summary>Starts a hub on this database; every hub is an instance with its own container, as in a scaled-out deployment.</summary>
    public StorageHub StartHub(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var merged = new Dictionary<string, string?>(Settings);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }

        var hub = new StorageHub(merged);
        lock (_hubs)
        {
            _hubs.Add(hub);
        }

        _ = hub.Server;
        return hub;
    }

    public DbConnection Connect()
        => _server?.Connect(_connectionString) ?? new SqliteConnection(_connectionString);

    public async Task<List<T>> QueryAsync<T>(string sql, object? args = null)
    {
        await using var connection = Connect();
        return (await connection.QueryAsync<T>(sql, args)).AsList();
    }

    public async Task<T> ScalarAsync<T>(string sql, object? args = null)
    {
        await using var connection = Connect();
        return (await connection.ExecuteScalarAsync<T>(sql, args))!;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hub in _hubs)
        {
            await hub.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DropAsync(_name);
            return;
        }

        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_name + suffix);
        }
    }
}
