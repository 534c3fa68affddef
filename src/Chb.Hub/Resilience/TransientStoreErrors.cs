using System.Collections.Frozen;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Chb.Hub.Resilience;

/// <summary>
/// Which store failures are worth another attempt. The store pipeline re-runs a whole unit of work (a write re-runs its
/// whole transaction, which the failure rolled back), and ingest is idempotent, so even a commit whose answer was lost
/// is safe to repeat: the second attempt finds the keys and answers with the original sequences.
/// </summary>
internal static class TransientStoreErrors
{
    // Npgsql's IsTransient covers broken connections and the connection/resource SQLSTATEs, but not these, after which
    // the server has rolled the transaction back and a fresh attempt normally succeeds: 40P01 deadlock_detected,
    // 57P01 admin_shutdown (the server ended the session: restart, failover, pg_terminate_backend).
    private static readonly FrozenSet<string> PostgresStates = FrozenSet.Create(StringComparer.Ordinal, "40P01", "57P01");

    // SqlException.IsTransient misses transport failures (dotnet/SqlClient#4665), so these numbers count too:
    // 1205 deadlock victim; 64, 233, 10053, 10054, 10060 connection dropped or refused; 4060 database not available;
    // 40197, 40501, 40613, 49918, 49919, 49920 Azure SQL busy or failing over.
    private static readonly FrozenSet<int> SqlServerNumbers = FrozenSet.Create(
        1205, 64, 233, 10053, 10054, 10060, 4060, 40197, 40501, 40613, 49918, 49919, 49920);

    public static bool IsTransient(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.IsTransient || PostgresStates.Contains(postgres.SqlState),
        NpgsqlException npgsql => npgsql.IsTransient,
        SqlException sql => sql.IsTransient || sql.Errors.Cast<SqlError>().Any(e => SqlServerNumbers.Contains(e.Number)),

        // SQLITE_BUSY: another process (a second hub on the same file) held the write lock past the busy timeout.
        SqliteException sqlite => sqlite.SqliteErrorCode == SQLitePCL.raw.SQLITE_BUSY,
        _ => false,
    };
}
