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

    /// <summary>Creates or upgrades the schema and checks the store's integrity.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);
}

/// <summary>SQL whose text differs between engines.</summary>
internal interface ISqlDialect
{
    /// <summary>Reserves <c>@Count</c> change sequence values and returns the last one reserved.</summary>
    string ReserveSequences { get; }
}
