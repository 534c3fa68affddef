using System.Data;
using System.Data.Common;

namespace Chb.Hub.Data;

/// <summary>A connection and its write transaction; disposing without <see cref="CommitAsync"/> rolls back.</summary>
internal sealed class WriteScope(DbConnection connection, DbTransaction transaction, IDisposable? gate, ISqlDialect sql) : IAsyncDisposable
{
    /// <summary>Gets the engine's SQL, for statements that differ between engines.</summary>
    public ISqlDialect Sql { get; } = sql;

    public DbConnection Connection { get; } = connection;

    public DbTransaction Transaction { get; } = transaction;

    /// <summary>Begins a write transaction on an open connection; on failure the connection is disposed and the gate released.</summary>
    public static async Task<WriteScope> BeginAsync(
        DbConnection connection, IsolationLevel isolation, IDisposable? gate, ISqlDialect sql, CancellationToken cancellationToken)
    {
        try
        {
            var transaction = await connection.BeginTransactionAsync(isolation, cancellationToken);
            return new WriteScope(connection, transaction, gate, sql);
        }
        catch
        {
            await connection.DisposeAsync();
            gate?.Dispose();
            throw;
        }
    }

    /// <summary>Commits durably; an ack may be sent only after this returns.</summary>
    public Task CommitAsync(CancellationToken cancellationToken) => Transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Transaction.DisposeAsync();
            await Connection.DisposeAsync();
        }
        finally
        {
            gate?.Dispose();
        }
    }
}
