using Dapper;
using Microsoft.Data.Sqlite;

namespace Chb.Hub.FunctionalTests.Support;

/// <summary>Reads a hub's SQLite file directly, as an auditor or attacker with the file would.</summary>
public static class StoreFile
{
    public static async Task<List<T>> QueryAsync<T>(string path, string sql, object? args = null)
    {
        await using var connection = Open(path);
        return (await connection.QueryAsync<T>(sql, args)).AsList();
    }

    public static async Task<T> ScalarAsync<T>(string path, string sql, object? args = null)
    {
        await using var connection = Open(path);
        return (await connection.ExecuteScalarAsync<T>(sql, args))!;
    }

    private static SqliteConnection Open(string path)
        => new(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
}
