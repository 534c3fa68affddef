using System.Data.Common;
using Chb.Hub.Options;
using Dapper;
using Microsoft.Data.SqlClient;
using Npgsql;

namespace Chb.Hub.StorageTests.Support;

/// <summary>Creates and drops one scratch database per test on a server the test was given.</summary>
public interface IServerDatabases
{
    /// <summary>Returns null when the server can be used, else what is wrong.</summary>
    Task<string?> ProbeAsync();

    /// <summary>Creates an empty database and returns its connection string.</summary>
    Task<string> CreateAsync(string name);

    Task DropAsync(string name);

    DbConnection Connect(string connectionString);
}

public static class ServerDatabases
{
    public static IServerDatabases For(string provider, string adminConnectionString) => provider switch
    {
        StorageProviders.PostgreSql => new PostgresDatabases(adminConnectionString),
        StorageProviders.SqlServer => new SqlServerDatabases(adminConnectionString),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Not a server provider."),
    };

    // Database names are made by the tests from a GUID (never from input), so quoting them into DDL is safe.
    private sealed class PostgresDatabases(string admin) : IServerDatabases
    {
        public async Task<string?> ProbeAsync()
        {
            try
            {
                await using var connection = Connect(admin);
                await connection.OpenAsync();
                var canCreate = await connection.ExecuteScalarAsync<bool>("SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user");
                return canCreate ? null : "its user may not create databases (ALTER ROLE ... CREATEDB).";
            }
            catch (Exception ex) when (ex is DbException or InvalidOperationException or ArgumentException)
            {
                return ex.Message;
            }
        }

        public async Task<string> CreateAsync(string name)
        {
            await using var connection = Connect(admin);
            await connection.ExecuteAsync($"CREATE DATABASE \"{name}\"");
            return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        }

        public async Task DropAsync(string name)
        {
            await using var connection = Connect(admin);
            await connection.ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }

        public DbConnection Connect(string connectionString)
            => new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
    }

    private sealed class SqlServerDatabases(string admin) : IServerDatabases
    {
        public async Task<string?> ProbeAsync()
        {
            try
            {
                await using var connection = Connect(admin);
                await connection.OpenAsync();
                await connection.ExecuteScalarAsync<int>("SELECT 1");
                return null;
            }
            catch (Exception ex) when (ex is DbException or InvalidOperationException or ArgumentException)
            {
                return ex.Message;
            }
        }

        public async Task<string> CreateAsync(string name)
        {
            await using var connection = Connect(admin);
            await connection.ExecuteAsync($"CREATE DATABASE [{name}]");
            return new SqlConnectionStringBuilder(admin) { InitialCatalog = name }.ConnectionString;
        }

        public async Task DropAsync(string name)
        {
            SqlConnection.ClearAllPools();
            await using var connection = Connect(admin);
            await connection.ExecuteAsync(
                $"IF DB_ID(N'{name}') IS NOT NULL BEGIN ALTER DATABASE [{name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{name}]; END");
        }

        public DbConnection Connect(string connectionString)
            => new SqlConnection(new SqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
    }
}
