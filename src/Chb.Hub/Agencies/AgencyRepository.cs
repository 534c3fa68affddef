using Chb.Adapters;
using Chb.Hub.Data;
using Dapper;

namespace Chb.Hub.Agencies;

/// <summary>An agency the hub serves.</summary>
internal sealed record Agency(string Code, string Name, AgencyKind Kind)
{
    /// <summary>Gets the point of contact for disruption work; the agency's name when none is configured.</summary>
    public string Contact { get; init; } = Name;
}

/// <summary>Keeps the agencies table in step with configuration.</summary>
internal sealed class AgencyRepository(StoreExecutor store)
{
    public Task SyncAsync(IReadOnlyList<Agency> agencies, CancellationToken cancellationToken)
        => store.WriteAsync(
            static (scope, s, ct) => scope.Connection.ExecuteAsync(new CommandDefinition(s.Sql, s.Rows, scope.Transaction, cancellationToken: ct)),
            (Sql: store.Database.Sql.UpsertAgency, Rows: agencies.Select(a => new { a.Code, a.Name, Kind = a.Kind.ToString() }).ToArray()),
            cancellationToken);
}
